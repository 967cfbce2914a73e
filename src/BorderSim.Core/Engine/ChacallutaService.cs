using BorderSim.Core.Model;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>
/// Chile's exit control at Chacalluta: a first-in, first-out queue served in continuous time. The capacity left for
/// the model's migrants (<see cref="ChacallutaCapacity"/>) flows in hour by hour, and the group at the head is
/// processed at the first minute enough of it has come in for all its persons; a group larger than what the rest of
/// the day brings waits at the head, blocking those behind, until a later day. Queued groups' own hazards run on
/// meanwhile: a group that leaves the queue is skipped, and those behind it move up.
/// </summary>
public sealed class ChacallutaService(Border border)
{
    private readonly ChacallutaCapacity _capacity = new(border);
    private readonly DailyBudget _budget = new();
    private readonly FifoQueue _queue = new();
    private readonly double[] _personsPerHour = new double[24];

    /// <summary>The group at the head of the queue, next to be processed, or -1.</summary>
    public int TargetSlot { get; private set; } = -1;

    /// <summary>The minute the head is processed if it is still queued then (<see cref="int.MaxValue"/>: not today).</summary>
    public int TargetMinute { get; private set; } = int.MaxValue;

    /// <summary>Stamp of the service's pending event: one is current at a time.</summary>
    public int EventStamp { get; private set; }

    /// <summary>Persons processed so far today.</summary>
    public int UsedToday => _budget.UsedToday;

    public void StartDay(int dayStartMinute, DateOnly date, double capacityMultiplier)
    {
        for (var h = 0; h < 24; h++)
        {
            _personsPerHour[h] = _capacity.ForMigrantsPersonsPerHour(date, h, capacityMultiplier);
        }

        _budget.StartDay(dayStartMinute, _personsPerHour);
        TargetSlot = -1;
        TargetMinute = int.MaxValue;
    }

    public void Enqueue(int slot, int stamp) => _queue.Enqueue(slot, stamp);

    /// <summary>
    /// Finds the head at <paramref name="now"/> and the minute it would be processed; returns whether that minute falls
    /// today. Any event asked for before is void from now on: <see cref="EventStamp"/> changes at every review.
    /// </summary>
    public bool Review(int now, GroupStore groups)
    {
        EventStamp++;
        TargetMinute = int.MaxValue;
        if (!_queue.TryPeekLive(groups, out var slot))
        {
            TargetSlot = -1;
            return false;
        }

        TargetSlot = slot;
        TargetMinute = _budget.MinuteAvailable(now, groups[slot].Size);
        return TargetMinute != int.MaxValue;
    }

    /// <summary>The head is processed: it leaves the queue and uses its persons' worth of capacity.</summary>
    public void Serve(int size)
    {
        _queue.Dequeue();
        _budget.Use(size);
        TargetSlot = -1;
        TargetMinute = int.MaxValue;
    }
}
