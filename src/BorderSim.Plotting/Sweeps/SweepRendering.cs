using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sweeps;

/// <summary>Draws a sweep's results folder: for each charted key figure, a chart against each varied parameter and, with two or more, a heatmap.</summary>
public static class SweepRendering
{
    /// <summary>The files <see cref="Render(SweepResults, ChartStyle?, ChartFormats, double)"/> writes for a sweep varying <paramref name="paths"/>, in order.</summary>
    public static IReadOnlyList<string> FileNames(IReadOnlyList<string> paths, ChartFormats formats = ChartFormats.Both)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var names = SweepCharts.Figures
            .SelectMany(f => paths.Select(p => SweepCharts.LineChartName(f, p)).Concat(paths.Count >= 2 ? [SweepCharts.HeatmapChartName(f)] : []));
        return ResultsRendering.ChartFiles(names, formats).ToArray();
    }

    /// <summary>The charts with their file names, in the order of <see cref="FileNames"/>.</summary>
    public static IReadOnlyList<(string Name, Chart Chart)> Charts(SweepResults data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var missing = SweepCharts.Figures.Where(f => data.Points.Any(p => !p.Figures.ContainsKey(f.Name))).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new ResultsFormatException($"{SweepPoints.FileName} lacks the mean, p5, p50 and p95 of {string.Join(", ", missing)}.");
        }
        var charts = new List<(string, Chart)>();
        foreach (var figure in SweepCharts.Figures)
        {
            for (var i = 0; i < data.Parameters.Count; i++)
            {
                charts.Add((SweepCharts.LineChartName(figure, data.Parameters[i].Path), SweepCharts.ByParameter(data, figure, i)));
            }
            if (SweepCharts.Heatmap(data, figure) is { } heatmap)
            {
                charts.Add((SweepCharts.HeatmapChartName(figure), heatmap));
            }
        }
        return charts;
    }

    /// <summary>Renders every chart. Throws <see cref="ResultsFormatException"/> when the data cannot be drawn.</summary>
    public static IReadOnlyList<RenderedFile> Render(SweepResults data, ChartStyle? style = null, ChartFormats formats = ChartFormats.Both, double scale = 1) =>
        Charts(data) is var charts && ResultsRendering.DrawAll(charts, style ?? ChartStyle.Default, formats, scale) is var drawn
            ? charts.SelectMany((c, i) => ResultsRendering.Files(c.Name, drawn[i], formats)).ToArray()
            : [];

    /// <summary>Reads a sweep's folder through <paramref name="read"/> and renders it.</summary>
    public static IReadOnlyList<RenderedFile> Render(Func<string, string?> read, ChartStyle? style = null, ChartFormats formats = ChartFormats.Both, double scale = 1) =>
        Render(SweepResults.Parse(read), style, formats, scale);
}
