namespace BorderSim.Core.Engine;

/// <summary>What a pending event of a group is; what it does depends also on the group's state.</summary>
public enum GroupEvent : byte
{
    /// <summary>A traveller reaches Arica.</summary>
    Arrival,

    /// <summary>One of the competing risks of a queued or stranded group happens.</summary>
    Decision,

    /// <summary>A stranded group's patience runs out: its rates change, nothing else happens.</summary>
    Impatience,

    /// <summary>A group on the irregular route is detected.</summary>
    Detection,

    /// <summary>A group reaches the end of the irregular route undetected.</summary>
    RouteEnd,

    /// <summary>A sheltered group presents again at Chacalluta.</summary>
    Represent,
}

/// <summary>
/// The pending events of one day, soonest first: a binary min-heap ordered by minute and then by who acts (a group's
/// slot; the engine's own processes after every group), so events at the same minute always come in the same order.
/// Each entry carries the stamp of the stay it was drawn for: an event of a group that has since moved on is skipped
/// when it comes up (<see cref="Model.Group.Stamp"/>). No allocation once the heap has grown to the busiest day.
/// <para>
/// The queue is the engine's clock: the minute of the last event taken out is now, and time only moves forward. An
/// event drawn for a minute already past is a broken rule, and the queue refuses it at once: handled late it would
/// change the results silently, and a rule that kept drawing it would keep the clock from ever moving on.
/// </para>
/// </summary>
public sealed class EventQueue
{
    private Entry[] _heap = new Entry[1024];
    private int _now = int.MinValue;

    public int Count { get; private set; }

    /// <summary>The minute of the soonest event; <see cref="int.MaxValue"/> when there is none.</summary>
    public int NextMinute => Count > 0 ? _heap[0].Minute : int.MaxValue;

    public void Push(int minute, int actor, int stamp, GroupEvent kind = default)
    {
        if (minute < _now)
        {
            throw new InvalidOperationException($"an event for minute {minute} was drawn at minute {_now}, after it: events happen now or later");
        }

        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var entry = new Entry(((long)minute << 32) | (uint)actor, stamp, kind);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_heap[parent].Key <= entry.Key)
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = entry;
    }

    public Entry Pop()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("no pending event");
        }

        var top = _heap[0];
        _now = top.Minute;
        var last = _heap[--Count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _heap[child + 1].Key < _heap[child].Key)
            {
                child++;
            }

            if (last.Key <= _heap[child].Key)
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        if (Count > 0)
        {
            _heap[i] = last;
        }

        return top;
    }

    /// <summary>
    /// One pending event. The key orders by minute, then by actor read as unsigned, so a process's negative actor
    /// number sorts after every group slot.
    /// </summary>
    public readonly record struct Entry(long Key, int Stamp, GroupEvent Kind)
    {
        public int Minute => (int)(Key >> 32);

        /// <summary>A group's slot (0 or more), or one of the engine's processes (negative).</summary>
        public int Actor => (int)(Key & 0xFFFF_FFFF);
    }
}
