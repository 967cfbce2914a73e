namespace BorderSim.Core.Model;

/// <summary>Where a travel group is. The first six are live states; the rest are final outcomes.</summary>
public enum GroupState : byte
{
    /// <summary>An unused slot in the group store.</summary>
    Free = 0,

    /// <summary>On the way north to Arica.</summary>
    Travelling,

    /// <summary>Waiting, first in first out, at the Chacalluta exit control.</summary>
    Queued,

    /// <summary>
    /// Waiting in Arica or between the complexes with no way across: refused at Santa Rosa, or intercepted on an
    /// irregular route and sent back to the border.
    /// </summary>
    Stranded,

    /// <summary>Crossing outside the complexes.</summary>
    IrregularRoute,

    /// <summary>In a shelter run by Chile's authorities.</summary>
    Sheltered,

    CrossedRegular,
    CrossedIrregular,
    LeftByCorridor,
    Repatriated,

    /// <summary>Gave up (or was sent back after an interception) and went back inland.</summary>
    ReturnedInland,
}

public static class GroupStates
{
    public const int Count = 11;

    /// <summary>The final outcomes, in the order reports list them.</summary>
    public static readonly GroupState[] Outcomes =
    [
        GroupState.CrossedRegular,
        GroupState.CrossedIrregular,
        GroupState.LeftByCorridor,
        GroupState.Repatriated,
        GroupState.ReturnedInland,
    ];

    public static bool IsOutcome(this GroupState state) => state >= GroupState.CrossedRegular;
}
