namespace BorderSim.Plotting;

/// <summary>Horizontal bars with category labels and "value (share%)" labels.</summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars) : Chart(Title)
{
    /// <summary>Append each bar's share of the total, e.g. "12,345 (41.2%)".</summary>
    public bool ShowShares { get; init; } = true;

    public string? ValueAxisLabel { get; init; }

    /// <summary>Colour of bars that do not name their own; the first palette colour when null.</summary>
    public string? Color { get; init; }
}

/// <summary>One category and its non-negative value, with an optional range drawn as a whisker (an ensemble's 90% interval).</summary>
public sealed record Bar(string Label, double Value)
{
    public string? Color { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public bool HasRange => Low is not null && High is not null;
}
