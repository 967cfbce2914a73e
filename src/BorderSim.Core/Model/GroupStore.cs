namespace BorderSim.Core.Model;

/// <summary>
/// The live groups, by value in one array. A group keeps its slot until it reaches a final outcome; freed slots are
/// reused last-freed first, so memory follows the number of groups alive at once, not the length of the window.
/// </summary>
public sealed class GroupStore
{
    private Group[] _groups;
    private int[] _free;
    private int _freeCount;

    public GroupStore(int initialCapacity = 1024)
    {
        _groups = new Group[Math.Max(16, initialCapacity)];
        _free = new int[_groups.Length];
    }

    /// <summary>Slots in use or freed: iterate [0, HighWater).</summary>
    public int HighWater { get; private set; }

    public int Live => HighWater - _freeCount;

    public int Capacity => _groups.Length;

    /// <summary>The groups; only slots below <see cref="HighWater"/> whose state is not Free are live.</summary>
    public Span<Group> Span => _groups.AsSpan(0, HighWater);

    public ref Group this[int slot] => ref _groups[slot];

    public int Add(in Group group)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _free[--_freeCount];
        }
        else
        {
            if (HighWater == _groups.Length)
            {
                Array.Resize(ref _groups, _groups.Length * 2);
                Array.Resize(ref _free, _groups.Length);
            }

            slot = HighWater++;
        }

        _groups[slot] = group;
        return slot;
    }

    public void Free(int slot)
    {
        _groups[slot].State = GroupState.Free;
        _free[_freeCount++] = slot;
    }
}
