using System.Numerics;
using System.Runtime.CompilerServices;

namespace BorderSim.Core.Model;

/// <summary>
/// The live groups, by value in one array. A group keeps its slot until it reaches a final outcome; freed slots are
/// reused last-freed first, so the slots in use never exceed the most groups alive at once, and the arrays start
/// small and grow by half when they are full: memory follows the peak of live groups, not the departure rate or the
/// length of the window. The free slots are chained through the groups they no longer hold (a free slot's
/// <see cref="Group.UntilMinute"/> is the next free slot), so the free list takes no memory of its own.
/// <para>
/// Beside the groups the store keeps one bit per slot, the <em>scheduled</em> set: the groups the engine has to play
/// forward this tick. Groups that wait for something else to move them (queued at Chacalluta, travelling until their
/// arrival tick) and free slots are not in it, so a tick costs nothing for them; <see cref="ScheduledSlots"/> walks the
/// set in increasing slot order, 64 slots per word, which is the order in which the engine has always visited groups.
/// </para>
/// </summary>
public sealed class GroupStore
{
    private const int NoSlot = -1;

    private Group[] _groups;
    private ulong[] _scheduled;
    private int _firstFree = NoSlot;
    private int _freeCount;

    public GroupStore(int initialCapacity = 1024)
    {
        _groups = new Group[Math.Max(16, initialCapacity)];
        _scheduled = new ulong[WordsFor(_groups.Length)];
    }

    /// <summary>Bytes the store holds per slot: the group and (rounded up to a byte) its scheduled bit.</summary>
    public static int BytesPerSlot => Unsafe.SizeOf<Group>() + 1;

    /// <summary>Slots in use or freed: iterate [0, HighWater).</summary>
    public int HighWater { get; private set; }

    public int Live => HighWater - _freeCount;

    public int Capacity => _groups.Length;

    /// <summary>The groups; only slots below <see cref="HighWater"/> whose state is not Free are live.</summary>
    public Span<Group> Span => _groups.AsSpan(0, HighWater);

    public ref Group this[int slot] => ref _groups[slot];

    /// <summary>The scheduled slots, in increasing order; a slot's bit may change while the walk is on it.</summary>
    public ScheduledSlotEnumerator ScheduledSlots => new(_scheduled.AsSpan(0, WordsFor(HighWater)));

    /// <summary>Adds a group (not scheduled) and returns its slot.</summary>
    public int Add(in Group group)
    {
        int slot;
        if (_firstFree != NoSlot)
        {
            slot = _firstFree;
            _firstFree = _groups[slot].UntilMinute;
            _freeCount--;
        }
        else
        {
            if (HighWater == _groups.Length)
            {
                Grow();
            }

            slot = HighWater++;
        }

        _groups[slot] = group;
        return slot;
    }

    public void Free(int slot)
    {
        ref var g = ref _groups[slot];
        g.State = GroupState.Free;
        g.UntilMinute = _firstFree;
        _firstFree = slot;
        _freeCount++;
        Unschedule(slot);
    }

    public void Schedule(int slot) => _scheduled[slot >> 6] |= 1UL << slot;

    public void Unschedule(int slot) => _scheduled[slot >> 6] &= ~(1UL << slot);

    public bool IsScheduled(int slot) => (_scheduled[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>How many slots are scheduled (counted, for statistics).</summary>
    public int ScheduledCount()
    {
        var count = 0;
        foreach (var word in _scheduled.AsSpan(0, WordsFor(HighWater)))
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>Grows by half: at most a third of the slots stand unused after a growth.</summary>
    private void Grow()
    {
        var capacity = _groups.Length + (_groups.Length / 2);
        Array.Resize(ref _groups, capacity);
        Array.Resize(ref _scheduled, WordsFor(capacity));
    }

    private static int WordsFor(int slots) => (slots + 63) >> 6;
}

/// <summary>Walks the set bits of a bitset of slots in increasing order.</summary>
public ref struct ScheduledSlotEnumerator
{
    private readonly ReadOnlySpan<ulong> _words;
    private int _word;
    private ulong _bits;

    public ScheduledSlotEnumerator(ReadOnlySpan<ulong> words)
    {
        _words = words;
        _word = -1;
        _bits = 0;
        Current = -1;
    }

    public int Current { get; private set; }

    public readonly ScheduledSlotEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_bits == 0)
        {
            if (++_word >= _words.Length)
            {
                return false;
            }

            _bits = _words[_word];
        }

        Current = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
        _bits &= _bits - 1;
        return true;
    }
}
