using BorderSim.Core.Model;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Engine;

/// <summary>Places that take groups out of waiting: a corridor, a repatriation flight, a shelter.</summary>
public enum PlaceKind : byte
{
    Repatriation,
    Corridor,
    Shelter,
}

/// <summary>
/// Gives a tick's places to eligible waiting groups, longest-waiting first (vulnerable groups before others for
/// shelters), at the minute the group's clock has reached (the end of the tick). A group takes places for all its persons or none; a group too large for what is left is passed over.
/// Reuses one buffer: no allocation once it has grown to the largest number of live groups.
/// </summary>
public sealed class PlaceAllocator
{
    private long[] _candidates = new long[1024];

    public static bool IsEligible(PlaceKind kind, in Group group, in DayConditions day) => kind switch
    {
        PlaceKind.Repatriation =>
            group.State is GroupState.Stranded or GroupState.Sheltered
            && (day.RepatriationNationalities & (1UL << group.Nationality)) != 0,
        PlaceKind.Corridor =>
            group.State is GroupState.Stranded or GroupState.Sheltered
            && (day.CorridorNationalities & (1UL << group.Nationality)) != 0
            && (group.Documented || !day.CorridorDocumentsRequired),
        _ => group.State == GroupState.Stranded,
    };

    public static GroupState Destination(PlaceKind kind) => kind switch
    {
        PlaceKind.Repatriation => GroupState.Repatriated,
        PlaceKind.Corridor => GroupState.LeftByCorridor,
        _ => GroupState.Sheltered,
    };

    /// <summary>Allocates up to <paramref name="budget"/>'s available places; returns the persons placed.</summary>
    public int Allocate(PlaceKind kind, GroupStore store, ref DailyBudget budget, in DayConditions day, RunRecorder recorder)
    {
        var available = budget.Available;
        if (available <= 0)
        {
            return 0;
        }

        var groups = store.Span;
        if (_candidates.Length < groups.Length)
        {
            _candidates = new long[Math.Max(groups.Length, _candidates.Length * 2)];
        }

        // Every stranded or sheltered group is in the store's scheduled set: no need to look at the others.
        var count = 0;
        foreach (var slot in store.ScheduledSlots)
        {
            ref var g = ref groups[slot];
            if (IsEligible(kind, g, day))
            {
                long priority = kind == PlaceKind.Shelter && !g.Vulnerable ? 1 : 0;
                _candidates[count++] = (priority << 62) | ((long)g.WaitingSinceMinute << 32) | (uint)slot;
            }
        }

        var candidates = _candidates.AsSpan(0, count);
        candidates.Sort();
        var placed = 0;
        var destination = Destination(kind);
        foreach (var key in candidates)
        {
            var slot = (int)(key & 0xFFFF_FFFF);
            ref var g = ref groups[slot];
            if (g.Size > available)
            {
                if (available == 0)
                {
                    break;
                }

                continue;
            }

            available -= g.Size;
            placed += g.Size;
            budget.Use(g.Size);
            if (destination == GroupState.Sheltered)
            {
                recorder.Today.ShelterAdmissions += g.Size;
            }

            recorder.Move(ref g, destination, g.ClockMinute);
            if (destination.IsOutcome())
            {
                store.Free(slot);
            }
        }

        return placed;
    }
}
