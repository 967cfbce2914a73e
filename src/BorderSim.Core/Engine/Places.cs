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

/// <summary>Who may take a place of each kind, and where it takes them.</summary>
public static class Places
{
    /// <summary>A repatriation flight leaves at noon on each of its days, with every seat it fills.</summary>
    public const int FlightMinuteOfDay = 12 * Time.Minutes.PerHour;

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

    /// <summary>Places of this kind given today.</summary>
    public static double PerDay(PlaceKind kind, in DayConditions day) => kind switch
    {
        PlaceKind.Repatriation => day.RepatriationSeatsPerDay,
        PlaceKind.Corridor => day.CorridorPlacesPerDay,
        _ => day.ShelterPlacesPerDay,
    };
}
