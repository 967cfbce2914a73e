using System.Text;

namespace BorderSim.Plotting;

/// <summary>
/// The parts every chart shares: the SVG root with its accessible title and description, the title and
/// subtitle block, the legend and the source line. Leaves [<see cref="ContentTop"/>, <see cref="ContentBottom"/>]
/// for the plot.
/// </summary>
internal sealed class ChartFrame
{
    private readonly Chart _chart;
    private readonly ChartStyle _style;
    private readonly IReadOnlyList<string> _titleLines;
    private readonly IReadOnlyList<string> _subtitleLines;
    private readonly IReadOnlyList<PlacedLegendItem> _legend;
    private readonly IReadOnlyList<string> _sourceLines;
    private readonly double _titleTop;

    public ChartFrame(Chart chart, ChartStyle style, IReadOnlyList<LegendItem> legend)
    {
        ArgumentNullException.ThrowIfNull(chart.Title, nameof(chart.Title));
        style.Validate();
        _chart = chart;
        _style = style;
        Left = style.Padding;
        Right = style.Width - style.Padding;
        var width = Right - Left;

        _titleLines = TextWrap.Wrap(chart.Title, style.TitleFontSize, width, bold: true);
        _subtitleLines = chart.Subtitle is null ? [] : TextWrap.Wrap(chart.Subtitle, style.SubtitleFontSize, width);
        _sourceLines = chart.Source is null ? [] : TextWrap.Wrap(chart.Source, style.SourceFontSize, width);

        _titleTop = style.Padding * 0.8;
        var y = _titleTop + (_titleLines.Count * TextMetrics.LineHeight(style.TitleFontSize));
        if (_subtitleLines.Count > 0)
        {
            y += 2 + (_subtitleLines.Count * TextMetrics.LineHeight(style.SubtitleFontSize));
        }
        y += style.LegendFontSize * 0.6;
        var (placed, legendHeight) = LegendLayout.Arrange(legend, Left, y, width, style.LegendFontSize);
        _legend = placed;
        ContentTop = y + legendHeight + 6;

        var sourceHeight = _sourceLines.Count * TextMetrics.LineHeight(style.SourceFontSize);
        ContentBottom = style.Height - (style.Padding * 0.7) - sourceHeight - (sourceHeight > 0 ? 8 : 0);
        if (ContentBottom - ContentTop < 80)
        {
            throw new ArgumentException($"Chart '{chart.Title}' has no room for its plot at {style.Width}x{style.Height}: shorten the title, subtitle, legend or source, or enlarge the chart.");
        }
    }

    public double Left { get; }
    public double Right { get; }
    public double ContentTop { get; }
    public double ContentBottom { get; }

    /// <summary>Prefix for element ids, stable for a given chart kind and title.</summary>
    public string IdPrefix => "bs" + StableHash(_chart.GetType().Name + "\n" + _chart.Title).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    public void Begin(SvgWriter w, string description)
    {
        var s = _style;
        w.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", s.Width), ("height", s.Height),
            ("viewBox", $"0 0 {SvgFormat.Number(s.Width)} {SvgFormat.Number(s.Height)}"),
            ("role", "img"),
            ("aria-labelledby", $"{IdPrefix}-title {IdPrefix}-desc"),
            ("font-family", s.FontFamily));
        w.WithText("title", _chart.Title, ("id", IdPrefix + "-title"));
        w.WithText("desc", _chart.Description ?? description, ("id", IdPrefix + "-desc"));
        w.Empty("rect", ("width", s.Width), ("height", s.Height), ("fill", s.Background));

        var y = _titleTop;
        foreach (var line in _titleLines)
        {
            y += TextMetrics.LineHeight(s.TitleFontSize);
            w.WithText("text", line, ("x", Left), ("y", y - (s.TitleFontSize * 0.3)), ("font-size", s.TitleFontSize), ("font-weight", "700"), ("fill", s.TextColor));
        }
        y += 2;
        foreach (var line in _subtitleLines)
        {
            y += TextMetrics.LineHeight(s.SubtitleFontSize);
            w.WithText("text", line, ("x", Left), ("y", y - (s.SubtitleFontSize * 0.3)), ("font-size", s.SubtitleFontSize), ("fill", s.MutedTextColor));
        }

        if (_legend.Count > 0)
        {
            w.Open("g", ("class", "legend"));
            foreach (var placed in _legend)
            {
                DrawLegendItem(w, placed);
            }
            w.Close();
        }

        var sourceY = s.Height - (s.Padding * 0.7) - (_sourceLines.Count * TextMetrics.LineHeight(s.SourceFontSize));
        foreach (var line in _sourceLines)
        {
            sourceY += TextMetrics.LineHeight(s.SourceFontSize);
            w.WithText("text", line, ("x", Left), ("y", sourceY - (s.SourceFontSize * 0.3)), ("font-size", s.SourceFontSize), ("fill", s.MutedTextColor));
        }
    }

    public static void End(SvgWriter w) => w.Close();

    private void DrawLegendItem(SvgWriter w, PlacedLegendItem placed)
    {
        var s = _style;
        var (item, x, baseline) = placed;
        var size = s.LegendFontSize;
        var middle = baseline - (size * 0.35);
        var sw = LegendLayout.SwatchWidth;
        switch (item.Kind)
        {
            case SwatchKind.Line:
                if (item.WithBand)
                {
                    w.Empty("rect", ("x", x), ("y", middle - (size * 0.45)), ("width", sw), ("height", size * 0.9), ("fill", item.Color), ("fill-opacity", s.BandOpacity));
                }
                w.Empty("line", ("x1", x), ("y1", middle), ("x2", x + sw), ("y2", middle), ("stroke", item.Color), ("stroke-width", s.LineWidth),
                    ("stroke-dasharray", item.Dashed ? "6 4" : null));
                break;
            case SwatchKind.Band:
                w.Empty("rect", ("x", x), ("y", middle - (size * 0.45)), ("width", sw), ("height", size * 0.9), ("fill", item.Color), ("fill-opacity", s.BandOpacity));
                break;
            case SwatchKind.Area:
                w.Empty("rect", ("x", x), ("y", middle - (size * 0.45)), ("width", sw), ("height", size * 0.9), ("fill", item.Color));
                break;
            default:
                var cx = x + (sw / 2);
                w.Empty("line", ("x1", cx), ("y1", middle - (size * 0.5)), ("x2", cx), ("y2", middle + (size * 0.5)), ("stroke", item.Color), ("stroke-width", 1.5));
                w.Empty("circle", ("cx", cx), ("cy", middle), ("r", 4.5), ("fill", item.Color), ("stroke", s.Background), ("stroke-width", 1.5));
                break;
        }
        w.WithText("text", item.Label, ("x", x + sw + LegendLayout.SwatchGap), ("y", baseline), ("font-size", size), ("fill", s.TextColor));
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return hash;
    }
}
