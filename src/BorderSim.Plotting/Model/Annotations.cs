namespace BorderSim.Plotting;

/// <summary>A labelled period shaded across the full plot height, from <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
public sealed record PeriodBand(string Label, DateOnly Start, DateOnly End)
{
    /// <summary>CSS colour of the shading; the style's period fill when null.</summary>
    public string? Color { get; init; }
}

/// <summary>A labelled vertical line on one day, e.g. "Run-off 14 Dec".</summary>
public sealed record EventMarker(string Label, DateOnly Date);

/// <summary>An observed value (e.g. a reported count), with an optional error bar and label.</summary>
public sealed record Observation(DateOnly Date, double Value)
{
    public double? Low { get; init; }
    public double? High { get; init; }
    public string? Label { get; init; }
}
