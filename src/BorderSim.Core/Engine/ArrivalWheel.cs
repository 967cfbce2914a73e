using BorderSim.Core.Model;

namespace BorderSim.Core.Engine;

/// <summary>
/// Travelling groups by the tick they reach Arica, so the tick loop does not visit them while they travel. A timing
/// wheel: 256 buckets, a group in bucket (tick mod 256), linked through one int per slot; a bucket is walked once per
/// tick and hands its groups due that tick to the store's scheduled set. A journey longer than 256 ticks waits one
/// more lap per 256 ticks. Memory: two ints per slot and the fixed buckets, whatever the length of the window.
/// </summary>
public sealed class ArrivalWheel
{
    private const int Buckets = 256;
    private const int None = -1;

    private readonly int[] _head = new int[Buckets];
    private int[] _next = new int[1024];
    private int[] _dueTick = new int[1024];

    public ArrivalWheel()
    {
        Array.Fill(_head, None);
    }

    /// <summary>Bytes per slot of the group store that the wheel may hold.</summary>
    public static int BytesPerSlot => 2 * sizeof(int);

    /// <summary>The group in <paramref name="slot"/> reaches Arica during <paramref name="tick"/>.</summary>
    public void Add(int slot, int tick)
    {
        if (slot >= _next.Length)
        {
            var capacity = Math.Max(slot + 1, _next.Length * 2);
            Array.Resize(ref _next, capacity);
            Array.Resize(ref _dueTick, capacity);
        }

        var bucket = tick & (Buckets - 1);
        _dueTick[slot] = tick;
        _next[slot] = _head[bucket];
        _head[bucket] = slot;
    }

    /// <summary>Schedules in <paramref name="groups"/> every group due during <paramref name="tick"/> and drops it from the wheel.</summary>
    public void Release(int tick, GroupStore groups)
    {
        var bucket = tick & (Buckets - 1);
        var previous = None;
        var slot = _head[bucket];
        while (slot != None)
        {
            var next = _next[slot];
            if (_dueTick[slot] == tick)
            {
                groups.Schedule(slot);
                if (previous == None)
                {
                    _head[bucket] = next;
                }
                else
                {
                    _next[previous] = next;
                }
            }
            else
            {
                previous = slot;
            }

            slot = next;
        }
    }
}
