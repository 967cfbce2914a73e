using System.Globalization;
using System.Text;

namespace BorderSim.Plotting.Results;

/// <summary>One results folder in a comparison, under its label.</summary>
public sealed record ComparedRun(string Label, ResultsData Data);

/// <summary>Stranded over time for several results folders on one chart, and a table of their key figures.</summary>
public static class ResultsComparison
{
    public const string ComparisonSvg = "comparison.svg";
    public const string ComparisonCsv = "comparison.csv";
    public const string ComparisonMd = "comparison.md";

    public static readonly IReadOnlyList<string> FileNames = [ComparisonSvg, ComparisonCsv, ComparisonMd];

    public static TimeSeriesChart Chart(IReadOnlyList<ComparedRun> runs, string? title = null)
    {
        Check(runs);
        var series = new List<LineSeries>();
        foreach (var run in runs)
        {
            var daily = run.Data.Daily;
            var metric = daily.Metric("stranded", Statistic.Median)
                ?? throw new ResultsFormatException($"{run.Label}: daily.csv has no 'stranded' column (nor stranded_p50 or stranded_mean).");
            var line = new LineSeries(run.Label, daily.Dates.Select((d, i) => new DatePoint(d, metric.Values[i])).ToArray());
            if (metric.HasBand)
            {
                line = line with { Band = new SeriesBand(daily.Dates.Select((d, i) => new BandPoint(d, metric.Low![i], metric.High![i])).ToArray()) };
            }
            series.Add(line);
        }
        var first = runs.Min(r => r.Data.Window.First);
        var last = runs.Max(r => r.Data.Window.Last);
        var events = runs.Select(r => ResultsCharts.Events(r.Data).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        var anyBand = series.Any(s => s.Band is not null);
        return new TimeSeriesChart(title ?? "Persons stranded between Chacalluta and Santa Rosa, by scenario")
        {
            Subtitle = "Persons stranded at the end of each day" + (anyBand ? "; ensembles as median with the 5–95% range of their runs" : "") + ". "
                + string.Join("; ", runs.Select(r => $"{r.Label}: {Describe(r.Data)}")),
            Source = Source(runs),
            YAxisLabel = "Persons stranded",
            Window = new DateWindow(first, last),
            Series = series,
            Events = events.OrderBy(e => e.Date).ThenBy(e => e.Label, StringComparer.Ordinal).ToArray(),
        };
    }

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

    /// <summary>comparison.svg, comparison.csv and comparison.md.</summary>
    public static IReadOnlyList<RenderedFile> Render(IReadOnlyList<ComparedRun> runs, ChartStyle? style = null, string? title = null)
    {
        string svg;
        try
        {
            svg = SvgRenderer.Render(Chart(runs, title), style ?? ChartStyle.Default);
        }
        catch (ArgumentException e)
        {
            throw new ResultsFormatException($"cannot draw {ComparisonSvg}: {e.Message}");
        }
        return [new RenderedFile(ComparisonSvg, svg), new RenderedFile(ComparisonCsv, Csv(runs)), new RenderedFile(ComparisonMd, Markdown(runs))];
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
