using System.Globalization;
using System.Text;

namespace BorderSim.Plotting.Results;

/// <summary>One results folder in a comparison, under its label.</summary>
public sealed record ComparedRun(string Label, ResultsData Data);

/// <summary>Stranded over time for several results folders on one chart, and a table of their key figures.</summary>
public static class ResultsComparison
{
    public const string ComparisonSvg = "comparison.svg";
    public const string ComparisonPng = "comparison.png";
    public const string ComparisonCsv = "comparison.csv";
    public const string ComparisonMd = "comparison.md";

    public static readonly IReadOnlyList<string> FileNames = [ComparisonSvg, ComparisonPng, ComparisonCsv, ComparisonMd];

    /// <summary>Line patterns of the series in order, so that series that coincide stay told apart.</summary>
    private static readonly LineDash[] Dashes = [LineDash.Solid, LineDash.Dashed, LineDash.Dotted, LineDash.DashDot];

    /// <summary>
    /// Persons stranded per day of each run. Every series stays visible where runs coincide: each has its own colour and
    /// line pattern, and the lines get narrower in drawing order, so a later line runs inside an earlier one it
    /// covers. Ensembles' 5–95% ranges are drawn as thin lines at their edges, not as shading that would blend into
    /// colours the legend does not have. What all runs share (seed, replicates, tick, overrides) is said once in the
    /// subtitle; what differs is said in each series' legend entry.
    /// </summary>
    public static TimeSeriesChart Chart(IReadOnlyList<ComparedRun> runs, string? title = null, ChartStyle? style = null)
    {
        Check(runs);
        style ??= ChartStyle.Default;
        var facts = runs.Select(r => Facts(r.Data)).ToArray();
        var shared = facts[0].Where(f => facts.All(other => other.Contains(f))).ToArray();
        var series = new List<LineSeries>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var daily = run.Data.Daily;
            var metric = daily.Metric("stranded", Statistic.Median)
                ?? throw new ResultsFormatException($"{run.Label}: daily.csv has no 'stranded' column (nor stranded_p50 or stranded_mean).");
            var own = facts[i].Where(f => !shared.Contains(f) && f != $"scenario {run.Label}").ToArray();
            var line = new LineSeries(own.Length == 0 ? run.Label : $"{run.Label} ({string.Join(", ", own)})", daily.Dates.Select((d, k) => new DatePoint(d, metric.Values[k])).ToArray())
            {
                Dash = Dashes[i % Dashes.Length],
                Width = style.LineWidth + ((runs.Count - 1 - i) * 0.75),
            };
            if (metric.HasBand)
            {
                line = line with { Band = new SeriesBand(daily.Dates.Select((d, k) => new BandPoint(d, metric.Low![k], metric.High![k])).ToArray()) };
            }
            series.Add(line);
        }
        var first = runs.Min(r => r.Data.Window.First);
        var last = runs.Max(r => r.Data.Window.Last);
        var events = runs.Select(r => ResultsCharts.Events(r.Data).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var anyBand = series.Any(s => s.Band is not null);
        return new TimeSeriesChart(title ?? "Persons stranded between Chacalluta and Santa Rosa, by scenario")
        {
            Subtitle = "Persons stranded at the end of each day" + (anyBand ? "; ensembles as the median of their runs" : "") + "."
                + (shared.Length == 0 ? "" : $" All runs: {string.Join(" · ", shared)}."),
            Source = Source(runs),
            YAxisLabel = "Persons stranded",
            Window = new DateWindow(first, last),
            Series = series,
            BandOutlineLabel = anyBand ? "Thin lines: 5–95% range of the runs, in the series' colour" : null,
            Events = events.OrderBy(e => e.Date).ThenBy(e => e.Label, StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>What made a run, as short phrases: "scenario baseline", "seed 20251128", "1 replicate", "tick 1h", "--set …".</summary>
    private static string[] Facts(ResultsData data) =>
        new[] { $"scenario {data.ScenarioName}", data.Seed is { } seed ? $"seed {seed}" : null, ResultsCharts.Count(data.Replicates, "replicate"), data.Tick is { } t ? $"tick {t}" : null }
            .Concat(data.Manifest.Overrides.Select(o => $"--set {o}"))
            .OfType<string>()
            .ToArray();

    /// <summary>comparison.csv: see <see cref="ComparisonTable"/>.</summary>
    public static string Csv(IReadOnlyList<ComparedRun> runs)
    {
        Check(runs);
        return ComparisonTable.Csv(runs);
    }

    /// <summary>comparison.md: see <see cref="ComparisonTable"/>.</summary>
    public static string Markdown(IReadOnlyList<ComparedRun> runs)
    {
        Check(runs);
        return ComparisonTable.Markdown(runs);
    }

    /// <summary>The chart's name: comparison.svg and comparison.png.</summary>
    public const string ComparisonChart = "comparison";

    /// <summary>comparison.svg, comparison.png, comparison.csv and comparison.md.</summary>
    public static IReadOnlyList<RenderedFile> Render(IReadOnlyList<ComparedRun> runs, ChartStyle? style = null, string? title = null,
        ChartFormats formats = ChartFormats.Both, double scale = 1)
    {
        style ??= ChartStyle.Default;
        var drawn = ResultsRendering.Draw(ComparisonChart, Chart(runs, title, style), style, formats, scale);
        return [.. ResultsRendering.Files(ComparisonChart, drawn, formats), RenderedFile.FromText(ComparisonCsv, Csv(runs)), RenderedFile.FromText(ComparisonMd, Markdown(runs))];
    }

    /// <summary>"Source: BorderSim 0.1.0 simulations (commits 2850225, 90d7bb5)."</summary>
    private static string Source(IReadOnlyList<ComparedRun> runs)
    {
        var versions = runs.Select(r => r.Data.Manifest.BordersimVersion).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var commits = runs.Select(r => r.Data.Manifest.GitCommit).OfType<string>().Where(c => c.Length >= 7).Select(c => c[..7]).Distinct(StringComparer.Ordinal).ToArray();
        var line = "Source: BorderSim" + (versions.Length > 0 ? " " + string.Join(", ", versions) : "") + " simulations";
        if (commits.Length > 0)
        {
            line += $" ({(commits.Length == 1 ? "commit" : "commits")} {string.Join(", ", commits)})";
        }
        return line + "; each folder's manifest.json says how it was made.";
    }

    private static string Describe(ResultsData data) =>
        $"scenario {data.ScenarioName}" + (data.Seed is { } seed ? $", seed {seed}" : "") + $", {ResultsCharts.Count(data.Replicates, "replicate")}" + (data.Tick is { } t ? $", tick {t}" : "");

    private static void Check(IReadOnlyList<ComparedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one results folder.", nameof(runs));
        }
    }

}
