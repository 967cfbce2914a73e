namespace BorderSim.Core.Scenarios;

/// <summary>
/// The bounds a scenario must keep, checked before or while it is read so that what validate accepts, run runs in
/// seconds and draws: each is generous for a real scenario (the shipped ones use a tenth of it or less).
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Largest scenario file read (the shipped ones are under 8 KB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Largest observations CSV read (the shipped one is under 1 KB).</summary>
    public const int MaxObservationsBytes = 4 << 20;

    /// <summary>Most nodes (keys, values, mappings, lists) in a scenario file, counted before the tree is built (the shipped ones have under 600).</summary>
    public const int MaxNodes = 10_000;

    /// <summary>Deepest nesting of mappings and lists (the format itself needs 5).</summary>
    public const int MaxDepth = 32;

    /// <summary>Longest window: five years of days (the shipped scenarios simulate under five months).</summary>
    public const int MaxWindowDays = 1827;

    public const int MaxPolicies = 64;

    public const int MaxEvents = 64;

    /// <summary>Longest list of nationalities or group sizes.</summary>
    public const int MaxListItems = 64;

    /// <summary>Longest policy or event label, so a chart can print it.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>Longest scenario name; names the results folder.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Earliest and latest date a scenario may hold (the model is of 2025–2026; date arithmetic stays far from the calendar's ends).</summary>
    public static readonly DateOnly FirstDate = new(1900, 1, 1);

    public static readonly DateOnly LastDate = new(2199, 12, 31);
}
