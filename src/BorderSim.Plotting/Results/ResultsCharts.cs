namespace BorderSim.Plotting.Results;

/// <summary>Options for drawing a results folder.</summary>
public sealed record ResultsRenderOptions
{
    public static ResultsRenderOptions Default { get; } = new();

    public ChartStyle Style { get; init; } = ChartStyle.Default;

    /// <summary>Replaces the title of the headline (stranded) chart.</summary>
    public string? Title { get; init; }
}

/// <summary>
/// Maps a results folder onto chart descriptions: the headline stranded chart, persons by state, daily flows and
/// outcomes. A single run's plain columns are drawn as they are; an ensemble's as its median (lines, with the
/// 5–95% range for stranded) or mean (stacked layers, whose means add up).
/// </summary>
public static class ResultsCharts
{
    public const string StrandedTitle = "Persons stranded between Chacalluta and Santa Rosa";

    /// <summary>The states of the stacked chart, bottom to top: column, legend name, colour.</summary>
    public static readonly IReadOnlyList<(string Column, string Name, string Color)> States =
    [
        ("travelling", "Travelling to Arica", OkabeIto.SkyBlue),
        ("queued", "Queued at Chacalluta", OkabeIto.Orange),
        ("stranded", "Stranded between the complexes", OkabeIto.Vermillion),
        ("irregular_en_route", "On the irregular route", OkabeIto.Purple),
        ("sheltered", "In shelters in Chile", OkabeIto.Green),
    ];

    /// <summary>The lines of the flows chart: column, legend name, colour, dashed.</summary>
    public static readonly IReadOnlyList<(string Column, string Name, string Color, bool Dashed)> Flows =
    [
        ("departures", "Departures", OkabeIto.Black, false),
        ("crossed_regular", "Crossed at Santa Rosa", OkabeIto.Blue, false),
        ("irregular_attempts", "Irregular attempts", OkabeIto.Orange, true),
        ("crossed_irregular", "Crossed irregularly", OkabeIto.Vermillion, false),
        ("intercepted", "Intercepted", OkabeIto.Purple, false),
        ("corridor_exits", "Left by humanitarian corridor", OkabeIto.Green, false),
    ];

    /// <summary>Persons stranded per day, with policy periods, events and the scenario's observed counts.</summary>
    public static TimeSeriesChart Stranded(ResultsData data, ResultsRenderOptions? options = null)
    {
        options ??= ResultsRenderOptions.Default;
        var metric = Require(data, "stranded", Statistic.Median);
        var window = data.Window;
        var line = Line(data, metric, data.Daily.IsEnsemble ? $"Stranded, median of {Count(data.Replicates, "run")}" : "Stranded at the end of each day", OkabeIto.Vermillion);
        if (metric.HasBand)
        {
            line = line with
            {
                Band = new SeriesBand(data.Daily.Dates.Select((d, i) => new BandPoint(d, metric.Low![i], metric.High![i])).ToArray()) { Label = "5–95% of runs" },
            };
        }
        var observed = data.Summary.Observations.Where(o => o.Metric == "stranded").ToArray();
        return new TimeSeriesChart(options.Title ?? StrandedTitle)
        {
            Subtitle = Subtitle(data, data.Daily.IsEnsemble ? "Persons stranded at the end of each day, median and 5–95% range of the runs" : "Persons stranded at the end of each day"),
            Source = SourceLine(data, observed.Select(o => o.Source)),
            YAxisLabel = "Persons stranded",
            Window = window,
            Series = [line],
            Periods = Periods(data),
            Events = Events(data),
            ObservationsLabel = observed.Any(o => o.Low is not null || o.High is not null) ? "Reported counts (with ranges)" : "Reported counts",
            Observations = observed.Select(o => new Observation(o.Date, o.Observed) { Low = o.Low, High = o.High }).ToArray(),
        };
    }

    /// <summary>Where people are: persons in each live state, stacked, per day.</summary>
    public static StackedAreaChart PersonsByState(ResultsData data, ResultsRenderOptions? options = null)
    {
        _ = options;
        var layers = new List<AreaLayer>();
        foreach (var (column, name, color) in States)
        {
            if (data.Daily.Metric(column, Statistic.Mean) is { } metric)
            {
                layers.Add(new AreaLayer(name, metric.Values.Select(v => double.IsNaN(v) ? 0 : Math.Max(0, v)).ToArray()) { Color = color });
            }
        }
        if (layers.Count == 0)
        {
            throw new ResultsFormatException($"daily.csv has none of the state columns ({string.Join(", ", States.Select(s => s.Column))}).");
        }
        return new StackedAreaChart("Where people are, day by day", data.Daily.Dates, layers)
        {
            Subtitle = Subtitle(data, data.Daily.IsEnsemble ? "Persons in each state at the end of each day, mean of the runs" : "Persons in each state at the end of each day"),
            Source = SourceLine(data, []),
            YAxisLabel = "Persons",
            Periods = Periods(data),
            Events = Events(data),
        };
    }

    /// <summary>Days in the moving average of the flows chart (daily flows swing with weekends and small numbers).</summary>
    public const int SmoothingDays = 7;

    /// <summary>Mean over a centred window of <paramref name="days"/> (odd) days, narrower at the ends; missing values are skipped.</summary>
    public static double[] CentredMean(IReadOnlyList<double> values, int days)
    {
        var half = days / 2;
        var result = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            double sum = 0;
            var n = 0;
            for (var j = Math.Max(0, i - half); j <= Math.Min(values.Count - 1, i + half); j++)
            {
                if (!double.IsNaN(values[j]))
                {
                    sum += values[j];
                    n++;
                }
            }
            result[i] = n == 0 ? double.NaN : sum / n;
        }
        return result;
    }

    /// <summary>Daily flows: departures, crossings, irregular attempts, interceptions and corridor exits.</summary>
    public static TimeSeriesChart DailyFlows(ResultsData data, ResultsRenderOptions? options = null)
    {
        _ = options;
        var series = new List<LineSeries>();
        var smooth = data.Daily.Dates.Count >= 3 * SmoothingDays;
        foreach (var (column, name, color, dashed) in Flows)
        {
            if (data.Daily.Metric(column, Statistic.Median) is { } metric)
            {
                var values = smooth ? CentredMean(metric.Values, SmoothingDays) : metric.Values;
                series.Add(new LineSeries(name, data.Daily.Dates.Select((d, i) => new DatePoint(d, values[i])).ToArray()) { Color = color, Dashed = dashed });
            }
        }
        if (series.Count == 0)
        {
            throw new ResultsFormatException($"daily.csv has none of the flow columns ({string.Join(", ", Flows.Select(f => f.Column))}).");
        }
        return new TimeSeriesChart("Daily flows at the border")
        {
            Subtitle = Subtitle(data, (data.Daily.IsEnsemble ? "Persons per day, median of the runs" : "Persons per day")
                + (smooth ? $", {SmoothingDays}-day centred average" : "")),
            Source = SourceLine(data, []),
            YAxisLabel = "Persons per day",
            Window = data.Window,
            Series = series,
            Events = Events(data),
        };
    }

    /// <summary>How everyone who departed ended up, with those still on the way when the window closed.</summary>
    public static BarChart Outcomes(ResultsData data, ResultsRenderOptions? options = null)
    {
        _ = options;
        var s = data.Summary;
        var o = s.Outcomes;
        var ensemble = data.Daily.IsEnsemble || data.Replicates > 1;
        double Persons(double value) => ensemble ? Math.Round(value) : value;
        // An outcome the summary does not give (an ensemble's summary leaves some out) gets no bar rather than a false zero.
        var bars = new (string Label, double? Value, string Color)[]
            {
                ("Crossed at Santa Rosa", o.CrossedRegular, OkabeIto.Blue),
                ("Crossed irregularly", o.CrossedIrregular, OkabeIto.Vermillion),
                ("Left by humanitarian corridor", o.LeftByCorridor, OkabeIto.Green),
                ("Repatriated", o.Repatriated, OkabeIto.Purple),
                ("Returned inland", o.ReturnedInland, OkabeIto.Orange),
            }
            .Where(b => b.Value is not null)
            .Select(b => new Bar(b.Label, Persons(b.Value!.Value)) { Color = b.Color })
            .ToList();
        if (bars.Count == 0)
        {
            throw new ResultsFormatException("summary.json gives no outcomes (crossed_regular, crossed_irregular, …).");
        }
        if (s.Departed is double departed && departed - o.Total >= 0.5)
        {
            bars.Add(new Bar("Still on the way at the end", Persons(departed - o.Total)) { Color = OkabeIto.SkyBlue });
        }
        var period = $"{DateTicks.DayLabel(data.Window.First)} to {DateTicks.DayLabel(data.Window.Last)}";
        return ensemble
            ? new BarChart($"How persons who departed ended up: median of {Count(data.Replicates, "run")}", bars)
            {
                Subtitle = Subtitle(data, $"Median of each final outcome over the runs, {period}; shares of the sum of the medians"),
                Source = SourceLine(data, []),
                ValueAxisLabel = "Persons (median of the runs)",
            }
            : new BarChart($"How the {NumberFormat.Fixed(s.Departed ?? o.Total, 0)} persons who departed ended up", bars)
            {
                Subtitle = Subtitle(data, $"Final outcome of everyone who left the pool, {period}"),
                Source = SourceLine(data, []),
                ValueAxisLabel = "Persons",
            };
    }

    /// <summary>
    /// The policies of the scenario, clipped to the window. Those in force for more than half the window are context
    /// rather than turning points: they go to the timeline strip beneath the axis, so that only the shorter periods
    /// shade the plot and overlapping shading does not bury the line.
    /// </summary>
    public static IReadOnlyList<PeriodBand> Periods(ResultsData data)
    {
        var window = data.Window;
        var windowDays = window.Last.DayNumber - window.First.DayNumber + 1;
        var periods = new List<PeriodBand>();
        foreach (var p in data.Manifest.Scenario.Policies)
        {
            var last = p.LastDay(data.Manifest.Scenario.WindowEnd ?? window.Last);
            if (last < window.First || p.Start > window.Last || last < p.Start)
            {
                continue;
            }
            var start = p.Start < window.First ? window.First : p.Start;
            var end = last > window.Last ? window.Last : last;
            var days = end.DayNumber - start.DayNumber + 1;
            periods.Add(new PeriodBand(p.Label, start, end)
            {
                Placement = days * 2 > windowDays ? PeriodPlacement.Timeline : PeriodPlacement.Shaded,
            });
        }
        return periods;
    }

    public static IReadOnlyList<EventMarker> Events(ResultsData data) =>
        data.Manifest.Scenario.Events.Where(e => data.Window.Contains(e.Date)).Select(e => new EventMarker(e.Label, e.Date)).ToArray();

    /// <summary>"Scenario baseline · seed 20251128 · 1 replicate · tick 6h": what produced the figures.</summary>
    public static string RunDescription(ResultsData data)
    {
        var parts = new List<string> { $"Scenario {data.ScenarioName}" };
        if (data.Seed is { } seed)
        {
            parts.Add($"seed {seed}");
        }
        parts.Add(Count(data.Replicates, "replicate"));
        if (data.Tick is { } tick)
        {
            parts.Add($"tick {tick}");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>"Source: BorderSim 0.1.0 simulation (commit 2850225); observations: …".</summary>
    public static string SourceLine(ResultsData data, IEnumerable<string> observationSources) => SourceLine(data.Manifest, observationSources);

    /// <summary>"Source: BorderSim 0.1.0 simulation (commit 2850225)." from a manifest, with any observations' sources.</summary>
    public static string SourceLine(ResultsManifest m, IEnumerable<string> observationSources)
    {
        var version = m.BordersimVersion is { } v ? $"BorderSim {v}" : "BorderSim";
        var commit = m.GitCommit is { Length: >= 7 } c ? $" (commit {c[..7]})" : "";
        var line = $"Source: {version} simulation{commit}";
        var sources = observationSources.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (sources.Length > 0)
        {
            line += $"; observations: {string.Join(", ", sources)}";
        }
        return line + ".";
    }

    internal static string Count(int n, string noun) => $"{NumberFormat.Fixed(n, 0)} {noun}{(n == 1 ? "" : "s")}";

    private static string Subtitle(ResultsData data, string what) => $"{what}. {RunDescription(data)}";

    private static MetricSeries Require(ResultsData data, string metric, Statistic statistic) =>
        data.Daily.Metric(metric, statistic)
        ?? throw new ResultsFormatException($"daily.csv has no '{metric}' column (nor {string.Join(", ", DailyTable.EnsembleSuffixes.Select(s => metric + s))}).");

    private static LineSeries Line(ResultsData data, MetricSeries metric, string name, string color) =>
        new(name, data.Daily.Dates.Select((d, i) => new DatePoint(d, metric.Values[i])).ToArray()) { Color = color };
}
