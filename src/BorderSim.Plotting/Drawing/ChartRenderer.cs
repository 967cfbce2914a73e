using System.Text;
using ScottPlot;
using SkiaSharp;

namespace BorderSim.Plotting;

/// <summary>Which image formats to draw.</summary>
[Flags]
public enum ChartFormats
{
    Svg = 1,
    Png = 2,
    Both = Svg | Png,
}

/// <summary>A chart drawn: its SVG text and PNG bytes, each null when not asked for.</summary>
public sealed record RenderedChart(string? Svg, byte[]? Png);

/// <summary>
/// Draws a chart description with ScottPlot, in memory: SVG text and PNG bytes. The same chart gives the same SVG
/// bytes in any process and on any thread; safe to call from several threads at once.
/// </summary>
public static class ChartRenderer
{
    /// <summary>Largest PNG scale: 4 × 20,000 pixels is already more than any printer needs.</summary>
    public const double MaxScale = 4;

    public static string Svg(Chart chart, ChartStyle? style = null, string? id = null) =>
        Render(chart, style ?? ChartStyle.Default, id ?? DefaultId(chart), ChartFormats.Svg).Svg!;

    public static byte[] Png(Chart chart, ChartStyle? style = null, double scale = 1) =>
        Render(chart, style ?? ChartStyle.Default, DefaultId(chart), ChartFormats.Png, scale).Png!;

    /// <summary>
    /// Draws <paramref name="chart"/> in the given formats; SVG element ids start with <paramref name="id"/> (e.g. the
    /// file name "stranded"), and the PNG has <paramref name="scale"/> pixels per unit of the style's size.
    /// </summary>
    public static RenderedChart Render(Chart chart, ChartStyle style, string id, ChartFormats formats, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(style);
        if (!(scale >= 0.25 && scale <= MaxScale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"A PNG scale must be from 0.25 to {MaxScale}.");
        }
        var figure = Build(chart, style);
        var (width, height) = ((int)Math.Round(style.Width), (int)Math.Round(style.Height));
        string? svg = null;
        byte[]? png = null;
        // ScottPlot draws again while the axis limits settle (two or three passes on a new plot), and on an SVG canvas
        // every pass would stay in the file: settle them first on a canvas that draws nothing.
        using (var settle = new SKNoDrawCanvas(width, height))
        {
            figure.Plot.Render(settle, width, height);
        }
        if (formats.HasFlag(ChartFormats.Svg))
        {
            using var stream = new MemoryStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            {
                figure.Plot.Render(canvas, width, height);
            }
            var description = string.Join(" ", new[] { chart.Description ?? figure.Description }.Concat(figure.Notes));
            svg = SvgDocument.Finish(Encoding.UTF8.GetString(stream.ToArray()), id, width, height, chart.Title, description);
        }
        if (formats.HasFlag(ChartFormats.Png))
        {
            var info = new SKImageInfo((int)Math.Round(width * scale), (int)Math.Round(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Cannot make a {info.Width}x{info.Height} image.");
            surface.Canvas.Scale((float)scale);
            figure.Plot.Render(surface.Canvas, width, height);
            using var image = surface.Snapshot();
            using var pixels = image.PeekPixels();
            using var stream = new SKDynamicMemoryWStream();
            // The Sub filter and zlib level 3: as small as the defaults for charts (large flat areas), in a third of the time.
            if (!pixels.Encode(stream, new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3)))
            {
                throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
            }
            using var data = stream.DetachAsData();
            png = data.ToArray();
        }
        return new RenderedChart(svg, png);
    }

    /// <summary>An id prefix stable for a chart's kind and title.</summary>
    public static string DefaultId(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(chart.GetType().Name + "\n" + chart.Title))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return "bs" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Figure Build(Chart chart, ChartStyle style) => chart switch
    {
        TimeSeriesChart timeSeries => TimeSeriesFigure.Build(timeSeries, style),
        StackedAreaChart stacked => StackedAreaFigure.Build(stacked, style),
        BarChart bars => BarFigure.Build(bars, style),
        XYChart xy => XYFigure.Build(xy, style),
        HeatmapChart heatmap => HeatmapFigure.Build(heatmap, style),
        _ => throw new ArgumentException($"No way to draw a {chart.GetType().Name}.", nameof(chart)),
    };
}
