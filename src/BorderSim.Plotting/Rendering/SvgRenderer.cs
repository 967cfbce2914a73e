namespace BorderSim.Plotting;

/// <summary>Turns a chart description into a standalone SVG document. Same input, same bytes.</summary>
public static class SvgRenderer
{
    public static string Render(Chart chart) => Render(chart, ChartStyle.Default);

    public static string Render(Chart chart, ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(style);
        return chart switch
        {
            TimeSeriesChart timeSeries => TimeSeriesRenderer.Render(timeSeries, style),
            StackedAreaChart stacked => StackedAreaRenderer.Render(stacked, style),
            BarChart bars => BarChartRenderer.Render(bars, style),
            XYChart xy => XYChartRenderer.Render(xy, style),
            HeatmapChart heatmap => HeatmapRenderer.Render(heatmap, style),
            _ => throw new ArgumentException($"No renderer for {chart.GetType().Name}.", nameof(chart)),
        };
    }

    /// <summary>Renders and writes UTF-8 (no byte-order mark) to <paramref name="path"/>, creating its folder.</summary>
    public static void Save(Chart chart, string path, ChartStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, Render(chart, style ?? ChartStyle.Default), new System.Text.UTF8Encoding(false));
    }
}
