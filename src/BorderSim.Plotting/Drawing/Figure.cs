using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>
/// A chart being drawn: a ScottPlot <see cref="Plot"/> styled as every BorderSim chart is (white ground, light
/// horizontal grid, value labels in invariant culture, no box), with our panels round it: the title block and legend
/// above, any annotation lanes and timeline strip, and the notes and source line at the foot.
/// </summary>
internal sealed class Figure
{
    private readonly List<FigurePanel> _panels = [];
    private readonly List<Func<string?>> _notes = [];

    public Figure(Chart chart, ChartStyle style)
    {
        ChartFonts.EnsureRegistered();
        style.Validate();
        Chart = chart;
        Style = style = Fitted(style);
        Plot = new Plot();
        Plot.FigureBackground.Color = Color(style.Background);
        Plot.DataBackground.Color = Color(style.Background);
        Plot.Axes.Top.IsVisible = false;
        Plot.Axes.Right.IsVisible = false;
        Plot.Axes.Title.IsVisible = false;
        foreach (var axis in new IAxis[] { Plot.Axes.Left, Plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontName = ChartFonts.Name;
            axis.TickLabelStyle.FontSize = (float)style.TickFontSize;
            axis.TickLabelStyle.ForeColor = Color(style.MutedTextColor);
            axis.Label.FontName = ChartFonts.Name;
            axis.Label.FontSize = (float)style.AxisLabelFontSize;
            axis.Label.ForeColor = Color(style.TextColor);
            axis.Label.Bold = false;
            axis.MajorTickStyle.Color = Color(style.AxisColor);
            axis.MinorTickStyle.Color = Color(style.AxisColor);
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = Color(style.AxisColor);
        }
        Plot.Axes.Left.FrameLineStyle.Width = 0;
        Plot.Axes.Left.MajorTickStyle.Length = 0;
        Plot.Axes.Bottom.FrameLineStyle.Width = 1.25f;
        Plot.Axes.Bottom.MajorTickStyle.Length = 5;
        Plot.Axes.Bottom.MinorTickStyle.Length = 3;
        Plot.Grid.MajorLineColor = Color(style.GridColor);
        Plot.Grid.MajorLineWidth = 1;
        Plot.Grid.XAxisStyle.IsVisible = false;

        Legend = new Legend(Plot)
        {
            Orientation = Orientation.Horizontal,
            DisplayPlottableLegendItems = false,
            TightHorizontalWrapping = true,
            Padding = new PixelPadding(0),
            Margin = new PixelPadding(0),
            OutlineWidth = 0,
            BackgroundColor = Colors.Transparent,
            ShadowColor = Colors.Transparent,
            SymbolWidth = 28,
            SymbolHeight = (float)(style.LegendFontSize * 0.9),
            SymbolPadding = 8,
            InterItemPadding = new PixelPadding(0, 22, 4, 4),
        };
    }

    public Chart Chart { get; }

    public ChartStyle Style { get; }

    public Plot Plot { get; }

    public Legend Legend { get; }

    /// <summary>The text of the SVG's &lt;desc&gt;: what a reader of the chart would say it shows.</summary>
    public string Description { get; set; } = "";

    /// <summary>Notes the panels added while laying the chart out (e.g. the key to numbered labels).</summary>
    public IEnumerable<string> Notes => _notes.Select(n => n()).OfType<string>();

    /// <summary>
    /// The style with its text and margins set smaller on a canvas smaller than the default (by the square root of the scale: 0.73
    /// at 640x360, 0.6 at 430x240), so that small charts keep room for their plot.
    /// </summary>
    public static ChartStyle Fitted(ChartStyle style)
    {
        var f = Math.Clamp(Math.Sqrt(Math.Min(style.Width / ChartStyle.Default.Width, style.Height / ChartStyle.Default.Height)), 0.6, 1);
        return f >= 1 ? style : style with
        {
            Padding = style.Padding * f,
            TitleFontSize = style.TitleFontSize * f,
            SubtitleFontSize = style.SubtitleFontSize * f,
            LegendFontSize = style.LegendFontSize * f,
            AxisLabelFontSize = style.AxisLabelFontSize * f,
            TickFontSize = style.TickFontSize * f,
            AnnotationFontSize = style.AnnotationFontSize * f,
            SourceFontSize = style.SourceFontSize * f,
            LineWidth = style.LineWidth * f,
        };
    }

    public static Color Color(string hex) => ScottPlot.Color.FromHex(hex);

    public static LinePattern Pattern(LineDash dash) => dash switch
    {
        LineDash.Dashed => LinePattern.Dashed,
        LineDash.Dotted => LinePattern.Dotted,
        LineDash.DashDot => LinePattern.DenselyDashed,
        _ => LinePattern.Solid,
    };

    /// <summary>The dashed line of an event marker.</summary>
    public static LineStyle EventLine(ChartStyle style) => new() { Color = Color(style.EventColor), Width = 1.25f, Pattern = LinePattern.Dashed };

    public LegendItem AddLegend(string label)
    {
        var item = new LegendItem { LabelText = label };
        item.LabelStyle.FontName = ChartFonts.Name;
        item.LabelStyle.FontSize = (float)Style.LegendFontSize;
        item.LabelStyle.ForeColor = Color(Style.TextColor);
        Legend.ManualItems.Add(item);
        return item;
    }

    /// <summary>Adds a panel beside the plot, after (further out than) those added before.</summary>
    public void AddPanel(FigurePanel panel, Func<string?>? note = null)
    {
        _panels.Add(panel);
        Plot.Axes.AddPanel(panel);
        if (note is not null)
        {
            _notes.Add(note);
        }
    }

    /// <summary>Adds the title block and the foot, and sets the layout: call last.</summary>
    public void Finish()
    {
        AddPanel(new HeaderPanel(Chart, Style, Legend));
        AddPanel(new FooterPanel(Style, Chart.Source, () => Notes));
        Plot.Layout.LayoutEngine = new FigureLayout(Style, _panels);
    }

    /// <summary>Tick labels of a value axis in invariant culture with thousands separators.</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic ValueTicks() => new()
    {
        LabelFormatter = NumberFormat.Value,
        MinorTickGenerator = new ScottPlot.TickGenerators.EvenlySpacedMinorTickGenerator(1),
    };

    /// <summary>A value axis from zero to a little above <paramref name="max"/> (0 to 10 when everything is zero).</summary>
    public static double ValueTop(double max) => max > 1e-9 ? max * 1.08 : 10;
}
