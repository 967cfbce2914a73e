using System.Text;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sweeps;

/// <summary>A key figure that sweeps are charted for: its column name in points.csv, words for titles, and its unit.</summary>
public sealed record SweepFigure(string Name, string Title, string Unit);

/// <summary>
/// Maps a sweep onto charts. Against each varied parameter, a key figure's median with the 5–95% range of the runs:
/// <list type="bullet">
/// <item>one parameter (grid or Latin hypercube): one line with its band;</item>
/// <item>a grid of several: one line per value of the next parameter (the first other one; its lowest, middle and
/// highest value when it has more than <see cref="MaxLines"/>), with error bars, any further parameters held at their
/// middle value, so that every point drawn is a point that was run;</item>
/// <item>scattered points of several parameters (a Latin hypercube): each point with its error bar, no line, since the
/// other parameters change from point to point.</item>
/// </list>
/// With two or more parameters, a heatmap of the figure's mean over the first two: a tile per pair of values (averaged
/// over the values of any further parameters, which is the mean of all runs at that pair), or, for scattered points,
/// each point coloured by its mean.
/// </summary>
public static class SweepCharts
{
    /// <summary>The key figures charted, in order.</summary>
    public static readonly IReadOnlyList<SweepFigure> Figures =
    [
        new("peak_stranded", "Peak persons stranded", "persons"),
        new("stranded_person_days", "Stranded person-days", "person-days"),
        new("crossed_irregular", "Irregular crossings", "persons"),
    ];

    /// <summary>Most lines on a chart against one parameter; a second parameter with more values gets three lines.</summary>
    public const int MaxLines = 6;

    /// <summary>"sweep-peak_stranded-by-policies_2.duration_days": the chart's name, its files that with .svg and .png.</summary>
    public static string LineChartName(SweepFigure figure, string path) => $"sweep-{figure.Name}-by-{FileSafe(path)}";

    /// <summary>"heatmap-peak_stranded".</summary>
    public static string HeatmapChartName(SweepFigure figure) => $"heatmap-{figure.Name}";

    /// <summary>A key path as part of a file name: "policies[2].duration_days" becomes "policies_2.duration_days", as in the CSVs.</summary>
    public static string FileSafe(string path) => Core.Experiments.SweepDimension.ColumnName(path);

    /// <summary>The figure's median and 5–95% range against parameter <paramref name="index"/>.</summary>
    public static XYChart ByParameter(SweepResults data, SweepFigure figure, int index)
    {
        ArgumentNullException.ThrowIfNull(data);
        var a = data.Parameters[index];
        var runs = ResultsCharts.Count(data.Replicates, "run");
        string what;
        IReadOnlyList<XYSeries> series;
        if (data.Parameters.Count == 1)
        {
            what = $"Median and 5–95% range of the {runs} at each value";
            series = [new XYSeries($"Median of {runs}", Points(data, figure, index, data.Points)) { IntervalLabel = "5–95% of runs" }];
        }
        else if (data.IsGrid)
        {
            (what, series) = LinesPerValue(data, figure, index, runs);
        }
        else
        {
            what = $"Median and 5–95% range of the {runs} at each point; {Others(data.Parameters.Count - 1)} from point to point too";
            series = [new XYSeries($"Median of the {runs} at a point, with their 5–95% range", Points(data, figure, index, data.Points)) { Marks = XYMarks.Points }];
        }
        return new XYChart($"{figure.Title} by {a.Path}")
        {
            Subtitle = $"{what}. {RunDescription(data)}",
            Source = ResultsCharts.SourceLine(data.Manifest, []),
            XAxisLabel = ParameterNames.Readable(a.Path, data.Manifest),
            YAxisLabel = $"{figure.Title} ({figure.Unit})",
            XCategories = a.IsNumeric ? null : a.Values,
            Series = series,
        };
    }

    /// <summary>The figure's mean over the first two parameters; null with fewer than two.</summary>
    public static HeatmapChart? Heatmap(SweepResults data, SweepFigure figure)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Parameters.Count < 2)
        {
            return null;
        }
        var (x, y) = (data.Parameters[0], data.Parameters[1]);
        var rest = data.Parameters.Skip(2).ToArray();
        var runs = ResultsCharts.Count(data.Replicates, "run");
        string what;
        HeatCell[] cells;
        if (data.IsGrid)
        {
            cells = data.Points.GroupBy(p => (X: p.Values[0], Y: p.Values[1]))
                .Select(g => new HeatCell(x.Position(g.Key.X), y.Position(g.Key.Y), g.Average(p => p[figure.Name].Mean)))
                .ToArray();
            what = $"Mean of the {runs} at each point" + (rest.Length == 0 ? ""
                : $", averaged over the {string.Join(" and ", rest.Select(p => $"{p.Values.Count} values of {p.Path}"))}");
        }
        else
        {
            cells = data.Points.Select(p => new HeatCell(x.Position(p.Values[0]), y.Position(p.Values[1]), p[figure.Name].Mean)).ToArray();
            what = $"Each point coloured by the mean of its {runs}" + (rest.Length == 0 ? "" : $"; {Others(rest.Length)} from point to point too");
        }
        return new HeatmapChart($"{figure.Title} by {x.Path} and {y.Path}", cells)
        {
            Subtitle = $"{what}. {RunDescription(data)}",
            Source = ResultsCharts.SourceLine(data.Manifest, []),
            XAxisLabel = ParameterNames.Readable(x.Path, data.Manifest),
            YAxisLabel = ParameterNames.Readable(y.Path, data.Manifest),
            ValueLabel = $"Mean {figure.Title.ToLowerInvariant()} ({figure.Unit})",
            XCategories = x.IsNumeric ? null : x.Values,
            YCategories = y.IsNumeric ? null : y.Values,
        };
    }

    /// <summary>"Scenario baseline · seed 20251128 · tick 24h · grid of 5 × 3 points" (the runs per point are in each chart's own words).</summary>
    public static string RunDescription(SweepResults data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = new List<string> { $"Scenario {data.ScenarioName}" };
        if ((data.Manifest.Seed ?? data.Manifest.Scenario.Seed) is { } seed)
        {
            parts.Add($"seed {seed}");
        }
        if ((data.Manifest.Tick ?? data.Manifest.Scenario.Tick) is { } tick)
        {
            parts.Add($"tick {tick}");
        }
        var shape = data.IsGrid
            ? $"grid of {string.Join(" × ", data.Parameters.Select(p => p.Values.Count))} {(data.Points.Count == 1 ? "point" : "points")}"
            : Design(data);
        parts.Add(shape);
        return string.Join("\u00A0· ", parts); // a no-break space keeps each "·" at the end of a line, not the start of the next
    }

    /// <summary>"the other parameter varies", "the 2 other parameters vary".</summary>
    private static string Others(int count) => count == 1 ? "the other parameter varies" : $"the {count} other parameters vary";

    private static (string What, IReadOnlyList<XYSeries> Series) LinesPerValue(SweepResults data, SweepFigure figure, int index, string runs)
    {
        var b = index == 0 ? 1 : 0;
        var second = data.Parameters[b];
        var held = Enumerable.Range(0, data.Parameters.Count).Where(i => i != index && i != b).ToArray();
        var shown = second.Values.Count <= MaxLines ? second.Values : [second.Values[0], second.Middle, second.Values[^1]];
        var series = shown.Select(value => new XYSeries(
                $"{second.Path} = {value}",
                Points(data, figure, index, data.Points.Where(p => p.Values[b] == value && held.All(h => p.Values[h] == data.Parameters[h].Middle)).ToArray()))
            {
                Marks = shown.Count > 1 ? XYMarks.LineAndErrorBars : XYMarks.LineAndBand,
                IntervalLabel = shown.Count > 1 ? null : "5–95% of runs",
            })
            .ToArray();
        var what = new StringBuilder($"Median and 5–95% range of the {runs} at each point; one line per value of {second.Path}");
        if (shown.Count < second.Values.Count)
        {
            what.Append($" (its lowest, middle and highest of {second.Values.Count})");
        }
        if (held.Length > 0)
        {
            what.Append("; ").Append(string.Join(", ", held.Select(h => $"{data.Parameters[h].Path} held at\u00A0{data.Parameters[h].Middle}")));
        }
        return (what.ToString(), series);
    }

    private static XYPoint[] Points(SweepResults data, SweepFigure figure, int index, IEnumerable<SweepPoint> points)
    {
        var parameter = data.Parameters[index];
        return points.Select(p =>
            {
                var s = p[figure.Name];
                return new XYPoint(parameter.Position(p.Values[index]), s.P50) { Low = s.P5, High = s.P95 };
            })
            .ToArray();
    }

    /// <summary>"Latin hypercube of 100 points", or "12 scattered points" when the manifest does not say.</summary>
    private static string Design(SweepResults data) =>
        data.Manifest.Lhs is not null ? $"Latin hypercube of {ResultsCharts.Count(data.Points.Count, "point")}" : $"{ResultsCharts.Count(data.Points.Count, "scattered point")}";
}
