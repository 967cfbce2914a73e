namespace BorderSim.Plotting;

/// <summary>
/// Values against a numeric (or category) x, e.g. a key figure against a varied parameter: series drawn as lines
/// through their points or as points alone, each point with an optional low–high interval (a band under a line, error
/// bars on points). The value axis starts at zero unless a value is negative, as in the other charts.
/// </summary>
public sealed record XYChart(string Title) : Chart(Title)
{
    public IReadOnlyList<XYSeries> Series { get; init; } = [];

    public string? XAxisLabel { get; init; }

    public string? YAxisLabel { get; init; }

    /// <summary>Names for a non-numeric x: a point's X is then the 0-based index of its category.</summary>
    public IReadOnlyList<string>? XCategories { get; init; }
}

/// <summary>How a series of an <see cref="XYChart"/> is drawn.</summary>
public enum XYMarks
{
    /// <summary>A line through the points in order of x, each point marked; intervals form a shaded band.</summary>
    LineAndBand,

    /// <summary>
    /// A line through the points, intervals as error bars: for several series at the same x values, whose bands would
    /// hide each other. Such series are shifted a few pixels apart so their bars stay visible.
    /// </summary>
    LineAndErrorBars,

    /// <summary>Points alone, intervals as error bars: for points that do not lie on one curve (e.g. a Latin hypercube's).</summary>
    Points,
}

/// <summary>A named set of points with optional intervals.</summary>
public sealed record XYSeries(string Name, IReadOnlyList<XYPoint> Points)
{
    /// <summary>CSS colour; the style's palette is used when null.</summary>
    public string? Color { get; init; }

    public XYMarks Marks { get; init; } = XYMarks.LineAndBand;

    /// <summary>Legend text of a band, e.g. "5–95% of runs"; without it the band shares the series' legend entry.</summary>
    public string? IntervalLabel { get; init; }
}

/// <summary>A value at a numeric x, with an optional interval from <see cref="Low"/> to <see cref="High"/>.</summary>
public readonly record struct XYPoint(double X, double Y)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    public bool HasInterval => Low is not null && High is not null;
}
