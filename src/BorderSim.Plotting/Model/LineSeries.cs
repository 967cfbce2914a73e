namespace BorderSim.Plotting;

/// <summary>A named line over dates, optionally with a shaded band drawn beneath it.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<DatePoint> Points)
{
    /// <summary>Shaded low–high band drawn beneath the line in the line's colour.</summary>
    public SeriesBand? Band { get; init; }

    /// <summary>CSS colour; the style's palette is used when null.</summary>
    public string? Color { get; init; }

    public LineDash Dash { get; init; }

    /// <summary>Line width in pixels; the style's when null.</summary>
    public double? Width { get; init; }

    /// <summary>A daily series starting at <paramref name="start"/>, one value per day.</summary>
    public static LineSeries Daily(string name, DateOnly start, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var points = new DatePoint[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            points[i] = new DatePoint(start.AddDays(i), values[i]);
        }
        return new LineSeries(name, points);
    }
}

/// <summary>How a line is drawn.</summary>
public enum LineDash
{
    Solid,
    Dashed,
    Dotted,
    DashDot,
}

/// <summary>A shaded range around a series. With a <see cref="Label"/> it gets its own legend entry.</summary>
public sealed record SeriesBand(IReadOnlyList<BandPoint> Points)
{
    public string? Label { get; init; }
}
