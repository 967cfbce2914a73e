using BorderSim.Core.Model;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// Travelling groups by the day they reach Arica, so that the event queue holds only the day at hand. A timing wheel:
/// 256 buckets, a group in bucket (arrival day mod 256), linked through one int per slot; a bucket is walked once a
/// day and hands the groups due that day to the event queue. A journey longer than 256 days waits one more lap per 256
/// days. Memory: one int per slot and the fixed buckets, whatever the length of the window.
/// </summary>
public sealed class ArrivalWheel
{
    private const int Buckets = 256;
    private const int None = -1;

    private readonly int[] _head = CreateBuckets();
    private int[] _next = new int[1024];

    /// <summary>Bytes per slot of the group store that the wheel may hold.</summary>
    public static int BytesPerSlot => sizeof(int);

    /// <summary>The day (since the window's start) during which a travelling group reaches Arica.</summary>
    public static int ArrivalDay(in Group traveller) => traveller.UntilMinute / Minutes.PerDay;

    /// <summary>Puts the travelling group in <paramref name="slot"/> on the wheel.</summary>
    public void Add(int slot, in Group traveller)
    {
        if (slot >= _next.Length)
        {
            Array.Resize(ref _next, Math.Max(slot + 1, _next.Length + (_next.Length / 2))); // grows by half, like the store
        }

        var bucket = ArrivalDay(traveller) & (Buckets - 1);
        _next[slot] = _head[bucket];
        _head[bucket] = slot;
    }

    /// <summary>Queues the arrival of every group due on <paramref name="day"/> and takes it off the wheel.</summary>
    public void Release(int day, GroupStore groups, EventQueue events)
    {
        var bucket = day & (Buckets - 1);
        var previous = None;
        var slot = _head[bucket];
        while (slot != None)
        {
            var next = _next[slot];
            ref var g = ref groups[slot];
            if (ArrivalDay(g) == day)
            {
                events.Push(g.UntilMinute, slot, g.Stamp, GroupEvent.Arrival);
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
