namespace BorderSim.Plotting.Tests.Support;

/// <summary>XY charts and heatmaps on awkward data: one point, all zeros, negative and huge values, categories, a crowded grid.</summary>
internal static class SweepEdgeCharts
{
    public static XYChart OnePoint() => new("A single varied value")
    {
        Subtitle = "One point with its interval",
        XAxisLabel = "policies[2].duration_days",
        YAxisLabel = "peak_stranded (persons)",
        Series = [new XYSeries("Median of 5 runs", [new XYPoint(60, 1234) { Low = 1000, High = 1500 }]) { IntervalLabel = "5–95% of runs" }],
    };

    public static XYChart AllZero() => new("Nothing happened")
    {
        Subtitle = "Every value and interval is zero",
        Source = "Source: test data",
        XAxisLabel = "behaviour.give_up_rate_per_day",
        YAxisLabel = "crossed_irregular (persons)",
        Series = [new XYSeries("Median", new[] { 0.1, 0.2, 0.3 }.Select(x => new XYPoint(x, 0) { Low = 0, High = 0 }).ToArray()) { IntervalLabel = "5–95% of runs" }],
    };

    public static XYChart NegativeAndHuge() => new("Negative parameter values, negative and huge results")
    {
        Subtitle = "x from −40 to 50; values from −1.5 million to 3 billion",
        XAxisLabel = "scenario.offset_days",
        YAxisLabel = "net_change (persons)",
        Series =
        [
            new XYSeries("Median", new[] { -40.0, -10, 20, 50 }.Select((x, i) => new XYPoint(x, (i * 1e9) - 1_500_000) { Low = (i * 0.8e9) - 1_500_000, High = (i * 1e9) + 50_000_000 }).ToArray()),
        ],
    };

    public static XYChart Categories() => new("A non-numeric parameter")
    {
        Subtitle = "The entry rule at Santa Rosa, in the order given",
        XAxisLabel = "border.default_entry_rule",
        YAxisLabel = "peak_stranded (persons)",
        XCategories = ["open", "documented_only", "closed"],
        Series = [new XYSeries("Median of 10 runs", [new XYPoint(0, 120) { Low = 100, High = 140 }, new XYPoint(1, 860) { Low = 790, High = 990 }, new XYPoint(2, 2400) { Low = 2210, High = 2650 }])],
    };

    public static HeatmapChart SingleCell() => new("One value of each parameter", [new HeatCell(0.25, 60, 1234.5)])
    {
        Subtitle = "A heatmap of a single point",
        XAxisLabel = "behaviour.give_up_rate_per_day",
        YAxisLabel = "policies[2].duration_days",
        ValueLabel = "Mean peak_stranded",
    };

    public static HeatmapChart AllEqual() => new("Every value is the same",
        new[] { 1.0, 2, 3 }.SelectMany(x => new[] { 10.0, 20 }.Select(y => new HeatCell(x, y, 0))).ToArray())
    {
        Subtitle = "All values are zero",
        XAxisLabel = "a",
        YAxisLabel = "b",
        ValueLabel = "Mean crossed_irregular",
    };

    /// <summary>24 × 14 tiles with negative and large values: too small to write in, axis labels thinned.</summary>
    public static HeatmapChart Crowded() => new("A crowded grid",
        Enumerable.Range(0, 24).SelectMany(i => Enumerable.Range(0, 14).Select(j => new HeatCell(1000 + (i * 250), j * 0.05, Math.Round(((i - 8) * 150_000.0) + (j * 40_000)))))
            .ToArray())
    {
        Subtitle = "24 values of x by 14 of y; values from −1.2 million to 2.9 million",
        XAxisLabel = "population.pool_persons",
        YAxisLabel = "behaviour.direct_irregular_share",
        ValueLabel = "Mean net change",
    };
}
