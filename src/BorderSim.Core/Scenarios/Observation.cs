namespace BorderSim.Core.Scenarios;

/// <summary>A count seen in the world (a news report), to set a run against: a metric's value on a date, perhaps at a time.</summary>
public sealed record Observation
{
    public required DateOnly Date { get; init; }

    /// <summary>Time of day, if the source gives one; otherwise the value is compared with the end of the day.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>A column of daily.csv or ticks.csv, e.g. stranded.</summary>
    public required string Metric { get; init; }

    public required double Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>The source file in shared/sources.</summary>
    public required string Source { get; init; }

    public required string Quote { get; init; }
}
