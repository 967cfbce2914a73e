namespace BorderSim.Plotting;

/// <summary>Where a <see cref="PeriodBand"/> is drawn.</summary>
public enum PeriodPlacement
{
    /// <summary>Shaded across the full plot height, labelled in a lane above the plot.</summary>
    Shaded,

    /// <summary>A labelled bar in a timeline strip beneath the date axis: for long or overlapping periods that would bury the plot in shading.</summary>
    Timeline,
}

/// <summary>A labelled period from <see cref="Start"/> to <see cref="End"/> inclusive, shaded over the plot or drawn in the timeline strip.</summary>
public sealed record PeriodBand(string Label, DateOnly Start, DateOnly End)
{
    /// <summary>CSS colour of the shading or bar; the style's period fill when null.</summary>
    public string? Color { get; init; }

    public PeriodPlacement Placement { get; init; } = PeriodPlacement.Shaded;
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
