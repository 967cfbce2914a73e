namespace BorderSim.Plotting.Tests.Support;

/// <summary>Fixed, formula-generated XY charts and heatmaps shaped like a BorderSim sweep.</summary>
internal static class SweepSampleCharts
{
    public const string GiveUp = "behaviour.give_up_rate_per_day";
    public const string Duration = "policies[2].duration_days";

    private static readonly double[] GiveUpRates = [0.1, 0.3, 0.5, 0.7, 0.9];
    private static readonly double[] Durations = [30, 60, 90];

    /// <summary>Peak stranded falling with the give-up rate and rising with the emergency's duration.</summary>
    public static double Peak(double rate, double days) => Math.Round((110 + (300 * Math.Exp(-rate * 2.2))) * (0.85 + (days / 600)));

    private static XYPoint Point(double x, double y) => new(x, y) { Low = Math.Round(y * 0.9), High = Math.Round((y * 1.12) + 4) };

    public static XYChart OneLineWithBand() => new("Peak persons stranded by behaviour.give_up_rate_per_day")
    {
        Subtitle = "Median and 5–95% range of the 20 runs at each value. Scenario baseline · seed 20251128 · tick 24h",
        Source = "Source: BorderSim 0.1.0 simulation (commit fcaceff).",
        XAxisLabel = GiveUp,
        YAxisLabel = "peak_stranded (persons)",
        Series = [new XYSeries("Median of 20 runs", GiveUpRates.Select(r => Point(r, Peak(r, 60))).ToArray()) { IntervalLabel = "5–95% of runs" }],
    };

    public static XYChart LinePerSecondParameter() => new("Peak persons stranded by behaviour.give_up_rate_per_day")
    {
        Subtitle = $"Median and 5–95% range of the 20 runs at each point, one line per value of {Duration}. Scenario baseline · seed 20251128",
        Source = "Source: BorderSim 0.1.0 simulation.",
        XAxisLabel = GiveUp,
        YAxisLabel = "peak_stranded (persons)",
        Series = Durations.Select(d => new XYSeries($"{Duration} = {d}", GiveUpRates.Select(r => Point(r, Peak(r, d))).ToArray()) { Marks = XYMarks.LineAndErrorBars }).ToArray(),
    };

    /// <summary>A Latin hypercube's 60 points: the give-up rate and another parameter both vary, so the points scatter.</summary>
    public static XYChart ScatteredWithErrorBars()
    {
        var points = Enumerable.Range(0, 60).Select(i =>
        {
            var rate = 0.05 + (0.95 * ((i * 37 % 60) + 0.5) / 60);
            var days = 30 + (90 * ((i * 13 % 60) + 0.5) / 60);
            return Point(Math.Round(rate, 4), Peak(rate, days));
        }).ToArray();
        return new XYChart("Peak persons stranded by behaviour.give_up_rate_per_day")
        {
            Subtitle = $"Each point is one of the 60 points of a Latin hypercube in which {Duration} varies too: median and 5–95% range of its 10 runs",
            Source = "Source: BorderSim 0.1.0 simulation.",
            XAxisLabel = GiveUp,
            YAxisLabel = "peak_stranded (persons)",
            Series = [new XYSeries("Median of 10 runs at a point, with their 5–95% range", points) { Marks = XYMarks.Points }],
        };
    }

    public static HeatmapChart GridHeatmap() => new("Peak persons stranded by behaviour.give_up_rate_per_day and policies[2].duration_days",
        GiveUpRates.SelectMany(r => Durations.Select(d => new HeatCell(r, d, Peak(r, d) + 0.375))).ToArray())
    {
        Subtitle = "Mean of the 20 runs at each point. Scenario baseline · seed 20251128 · tick 24h",
        Source = "Source: BorderSim 0.1.0 simulation.",
        XAxisLabel = GiveUp,
        YAxisLabel = Duration,
        ValueLabel = "Mean peak_stranded (persons)",
    };

    public static HeatmapChart ScatterHeatmap() => new("Peak persons stranded by behaviour.give_up_rate_per_day and population.pool_persons",
        Enumerable.Range(0, 80).Select(i =>
        {
            var rate = 0.05 + (0.95 * ((i * 37 % 80) + 0.5) / 80);
            var pool = Math.Round(100_000 + (236_000 * ((i * 29 % 80) + 0.5) / 80));
            return new HeatCell(Math.Round(rate, 4), pool, Math.Round(Peak(rate, 60) * pool / 336_000, 2));
        }).ToArray())
    {
        Subtitle = "Each point is one of the 80 points of a Latin hypercube, coloured by the mean of its 10 runs",
        Source = "Source: BorderSim 0.1.0 simulation.",
        XAxisLabel = GiveUp,
        YAxisLabel = "population.pool_persons",
        ValueLabel = "Mean peak_stranded (persons)",
    };
}
