namespace BorderSim.Plotting.Results;

/// <summary>Options for drawing a results folder.</summary>
public sealed record ResultsRenderOptions
{
    public static ResultsRenderOptions Default { get; } = new();

    public ChartStyle Style { get; init; } = ChartStyle.Default;

    /// <summary>Replaces the title of the headline (stranded) chart.</summary>
    public string? Title { get; init; }

    /// <summary>The image formats written for each chart (report.html always inlines SVG).</summary>
    public ChartFormats Formats { get; init; } = ChartFormats.Both;

    /// <summary>Pixels of the PNGs per unit of the style's size (2 for slides and print).</summary>
    public double Scale { get; init; } = 1;
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
    public static readonly IReadOnlyList<(string Column, string Name, string Color, LineDash Dash)> Flows =
    [
        ("departures", "Departures", OkabeIto.Black, LineDash.Solid),
        ("crossed_regular", "Crossed at Santa Rosa", OkabeIto.Blue, LineDash.Solid),
        ("irregular_attempts", "Irregular attempts", OkabeIto.Orange, LineDash.Dashed),
        ("crossed_irregular", "Crossed irregularly", OkabeIto.Vermillion, LineDash.Solid),
        ("intercepted", "Intercepted", OkabeIto.Purple, LineDash.Solid),
        ("left_by_corridor", "Left by humanitarian corridor", OkabeIto.Green, LineDash.Solid),
    ];

    /// <summary>
    /// The bars of the outcomes chart, in order: summary.json's outcome key, the column of daily.csv with its running
    /// total (read on the last day, for summaries that leave the outcome out), legend name and colour.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, string DailyTotal, string Label, string Color)> OutcomeBars =
    [
        ("crossed_regular", "total_crossed_regular", "Crossed at Santa Rosa", OkabeIto.Blue),
        ("crossed_irregular", "total_crossed_irregular", "Crossed irregularly", OkabeIto.Vermillion),
        ("left_by_corridor", "total_left_by_corridor", "Left by humanitarian corridor", OkabeIto.Green),
        ("repatriated", "total_repatriated", "Repatriated", OkabeIto.Purple),
        ("returned_inland", "total_returned_inland", "Returned inland", OkabeIto.Orange),
    ];

    /// <summary>An outcome from summary.json, else the median of its running total on the last day of daily.csv.</summary>
    public static double? Outcome(ResultsData data, string key, string dailyTotal) =>
        data.Summary.Outcomes.Get(key) ?? LastDay(data, dailyTotal);

    private static double? LastDay(ResultsData data, string column) =>
        data.Daily.Metric(column, Statistic.Median) is { } m && !double.IsNaN(m.Values[^1]) ? m.Values[^1] : null;

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
            ObservationsLabel = observed.Any(o => (o.Low is null) != (o.High is null)) ? "Reported counts (whiskers: reported ranges; an arrowhead where only 'at least' or 'at most' is reported)"
                : observed.Any(o => o.Low is not null) ? "Reported counts (whiskers: their reported ranges)" : "Reported counts",
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
            // A state nobody was ever in (e.g. shelters in a scenario without them) gets no layer and no legend entry.
            if (data.Daily.Metric(column, Statistic.Mean) is { } metric && metric.Values.Any(v => v > 0))
            {
                layers.Add(new AreaLayer(name, metric.Values.Select(v => double.IsNaN(v) ? 0 : Math.Max(0, v)).ToArray()) { Color = color });
            }
        }
        if (layers.Count == 0 && !States.Any(s => data.Daily.Metric(s.Column, Statistic.Mean) is not null))
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
        foreach (var (column, name, color, dash) in Flows)
        {
            if (data.Daily.Metric(column, Statistic.Median) is { } metric)
            {
                var values = smooth ? CentredMean(metric.Values, SmoothingDays) : metric.Values;
                series.Add(new LineSeries(name, data.Daily.Dates.Select((d, i) => new DatePoint(d, values[i])).ToArray()) { Color = color, Dash = dash });
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
            Periods = Periods(data),
            Events = Events(data),
        };
    }

    /// <summary>How everyone who departed ended up, with those still on the way when the window closed.</summary>
    public static BarChart Outcomes(ResultsData data, ResultsRenderOptions? options = null)
    {
        _ = options;
        var s = data.Summary;
        var ensemble = data.Daily.IsEnsemble || data.Replicates > 1;
        double Persons(double value) => ensemble ? Math.Round(value, MidpointRounding.AwayFromZero) : value; // as FigureText writes it
        // An outcome that neither summary.json nor daily.csv gives gets no bar rather than a false zero.
        var bars = OutcomeBars
            .Select(b => (b.Label, Value: Outcome(data, b.Key, b.DailyTotal), b.Color, Figure: s.Figures.GetValueOrDefault(b.Key)))
            .Where(b => b.Value is not null)
            .Select(b => new Bar(b.Label, Persons(b.Value!.Value))
            {
                Color = b.Color,
                Low = b.Figure is { HasInterval: true } f && f.P95 > f.P5 ? Persons(f.P5!.Value) : null, // no whisker where every run agrees
                High = b.Figure is { HasInterval: true } g && g.P95 > g.P5 ? Persons(g.P95!.Value) : null,
            })
            .ToList();
        if (bars.Count == 0)
        {
            throw new ResultsFormatException("summary.json gives no outcomes (crossed_regular, crossed_irregular, …).");
        }
        var departedTotal = s.Departed ?? LastDay(data, "total_departures");
        var ended = bars.Sum(b => b.Value);
        if (departedTotal is double departed && Persons(departed) - ended >= 0.5)
        {
            bars.Add(new Bar("Still on the way at the end", Persons(departed) - ended) { Color = OkabeIto.SkyBlue });
        }
        var period = $"{CalendarTicks.DayLabel(data.Window.First)} to {CalendarTicks.DayLabel(data.Window.Last)}";
        return ensemble
            ? new BarChart($"How persons who departed ended up: median of {Count(data.Replicates, "run")}", bars)
            {
                Subtitle = Subtitle(data, $"Median of each final outcome over the runs, with the 5–95% range of the runs as a whisker and in brackets, {period}; shares of the sum of the medians"),
                Source = SourceLine(data, []),
                ValueAxisLabel = "Persons (median of the runs)",
            }
            : new BarChart($"How the {NumberFormat.Fixed(departedTotal ?? ended, 0)} persons who departed ended up", bars)
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
        foreach (var (p, index) in data.Manifest.Scenario.Policies.Select((p, i) => (p, i)))
        {
            var last = p.LastDay(data.Manifest.Scenario.WindowEnd ?? window.Last);
            if (last < window.First || p.Start > window.Last || last < p.Start)
            {
                continue;
            }
            var start = p.Start < window.First ? window.First : p.Start;
            var end = last > window.Last ? window.Last : last;
            var days = end.DayNumber - start.DayNumber + 1;
            periods.Add(new PeriodBand(Overridden(data.Manifest, "policies", index) ? p.Label + " (--set)" : p.Label, start, end)
            {
                Placement = days * 2 > windowDays ? PeriodPlacement.Timeline : PeriodPlacement.Shaded,
            });
        }
        return periods;
    }

    /// <summary>The events of the resolved scenario (so an override moves them) within the window.</summary>
    public static IReadOnlyList<EventMarker> Events(ResultsData data) =>
        data.Manifest.Scenario.Events.Select((e, i) => new EventMarker(Overridden(data.Manifest, "events", i) ? e.Label + " (--set)" : e.Label, e.Date))
            .Where(e => data.Window.Contains(e.Date)).ToArray();

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
        if (data.Manifest.Overrides.Count > 0)
        {
            parts.Add("with --set " + string.Join(", --set ", data.Manifest.Overrides));
        }
        return string.Join(" · ", parts);
    }

    /// <summary>Whether a --set override of the run changed list entry <paramref name="index"/> of <paramref name="list"/> (e.g. "policies[5].start=…").</summary>
    public static bool Overridden(ResultsManifest manifest, string list, int index) =>
        manifest.Overrides.Any(o => o.StartsWith($"{list}[{index}]", StringComparison.Ordinal));

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
