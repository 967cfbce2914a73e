using BorderSim.Core.Model;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Engine;

/// <summary>
/// A corridor's or shelters' daily places, handed out in continuous time: the places flow in evenly over the day
/// (<see cref="DailyBudget"/>), and the longest-waiting eligible group (for shelters, the longest-waiting vulnerable
/// group before any other) takes places for all its persons at the first minute enough have come in. A group larger
/// than what the rest of the day can give is passed over for that day. Meanwhile the group's own hazards run on: if it
/// leaves first, the next in line is served instead.
/// <para>
/// The service keeps one target at a time; the engine asks it again whenever the target leaves, a group starts
/// waiting, or a day starts. Within a day every entry of the waiting list before a cursor is stale, not eligible, or
/// too large for the rest of the day, and stays so, so the cursors only move forward.
/// </para>
/// </summary>
public sealed class PlaceService(PlaceKind kind)
{
    private readonly DailyBudget _budget = new();
    private int _cursor;
    private int _vulnerableCursor;
    private bool _targetVulnerable;

    public PlaceKind Kind { get; } = kind;

    /// <summary>The group the next places go to, or -1.</summary>
    public int TargetSlot { get; private set; } = -1;

    /// <summary>The minute the target is served if it is still waiting then (<see cref="int.MaxValue"/>: not today).</summary>
    public int TargetMinute { get; private set; } = int.MaxValue;

    /// <summary>Stamp of the service's pending event: one is current at a time.</summary>
    public int EventStamp { get; private set; }

    public int UsedToday => _budget.UsedToday;

    public void StartDay(int dayStartMinute, in DayConditions day)
    {
        _budget.StartDay(dayStartMinute, Places.PerDay(Kind, day));
        _cursor = 0;
        _vulnerableCursor = 0;
        TargetSlot = -1;
        TargetMinute = int.MaxValue;
    }

    /// <summary>
    /// Chooses the target at <paramref name="now"/> and the minute it would be served; returns whether that minute falls
    /// today. Any event asked for before is void from now on: <see cref="EventStamp"/> changes at every review.
    /// </summary>
    public bool Review(int now, WaitingList line, GroupStore groups, in DayConditions day)
    {
        EventStamp++;
        TargetSlot = -1;
        TargetMinute = int.MaxValue;
        if (_budget.WholeDay <= 0)
        {
            return false;
        }

        var slot = Kind == PlaceKind.Shelter ? Next(ref _vulnerableCursor, line, groups, day, vulnerableOnly: true) : -1;
        if (slot < 0)
        {
            slot = Next(ref _cursor, line, groups, day, vulnerableOnly: false);
        }

        if (slot < 0)
        {
            return false;
        }

        TargetSlot = slot;
        _targetVulnerable = groups[slot].Vulnerable;
        TargetMinute = _budget.MinuteAvailable(now, groups[slot].Size);
        return TargetMinute != int.MaxValue;
    }

    /// <summary>The target takes its places.</summary>
    public void Serve(int size)
    {
        _budget.Use(size);
        TargetSlot = -1;
        TargetMinute = int.MaxValue;
    }

    /// <summary>Whether a group that starts waiting could change the target.</summary>
    public bool MayPrefer(in Group newcomer) =>
        TargetSlot < 0 || (Kind == PlaceKind.Shelter && newcomer.Vulnerable && !_targetVulnerable);

    private int Next(ref int cursor, WaitingList line, GroupStore groups, in DayConditions day, bool vulnerableOnly)
    {
        var left = _budget.LeftToday;
        for (; cursor < line.Count; cursor++)
        {
            var slot = line.LiveSlot(cursor, groups);
            if (slot < 0)
            {
                continue;
            }

            ref var g = ref groups[slot];
            if ((vulnerableOnly && !g.Vulnerable) || !Places.IsEligible(Kind, g, day) || g.Size > left)
            {
                continue;
            }

            return slot;
        }

        return -1;
    }
}
