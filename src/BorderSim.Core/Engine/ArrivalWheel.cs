using BorderSim.Core.Model;

namespace BorderSim.Core.Engine;

/// <summary>
/// Travelling groups by the tick they reach Arica, so the tick loop does not visit them while they travel. A timing
/// wheel: 256 buckets, a group in bucket (arrival tick mod 256), linked through one int per slot; a bucket is walked
/// once per tick and hands the groups due that tick to the store's scheduled set. A journey longer than 256 ticks
/// waits one more lap per 256 ticks. Memory: one int per slot and the fixed buckets, whatever the length of the window.
/// </summary>
public sealed class ArrivalWheel(int minutesPerTick)
{
    private const int Buckets = 256;
    private const int None = -1;

    private readonly int[] _head = CreateBuckets();
    private int[] _next = new int[1024];

    /// <summary>Bytes per slot of the group store that the wheel may hold.</summary>
    public static int BytesPerSlot => sizeof(int);

    /// <summary>
    /// The tick during which a travelling group reaches Arica: the first whose end is at or after its arrival minute,
    /// and not before the tick it left in (a traveller's clock stays at its departure minute until it arrives).
    /// </summary>
    public int ArrivalTick(in Group traveller) => Math.Max(traveller.ClockMinute, traveller.UntilMinute - 1) / minutesPerTick;

    /// <summary>Puts the travelling group in <paramref name="slot"/> on the wheel.</summary>
    public void Add(int slot, in Group traveller)
    {
        if (slot >= _next.Length)
        {
            Array.Resize(ref _next, Math.Max(slot + 1, _next.Length + (_next.Length / 2))); // grows by half, like the store
        }

        var bucket = ArrivalTick(traveller) & (Buckets - 1);
        _next[slot] = _head[bucket];
        _head[bucket] = slot;
    }

    /// <summary>Schedules in <paramref name="groups"/> every group due during <paramref name="tick"/> and takes it off the wheel.</summary>
    public void Release(int tick, GroupStore groups)
    {
        var bucket = tick & (Buckets - 1);
        var previous = None;
        var slot = _head[bucket];
        while (slot != None)
        {
            var next = _next[slot];
            if (ArrivalTick(groups[slot]) == tick)
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

    private static int[] CreateBuckets()
    {
        var head = new int[Buckets];
        Array.Fill(head, None);
        return head;
    }
}
