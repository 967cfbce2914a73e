namespace BorderSim.Plotting;

/// <summary>
/// The plot area of an XY chart or heatmap: two <see cref="PlotAxis"/> with tick labels, grid lines and titles. Each
/// axis is chosen by a function of the length it gets, so tick counts follow the space (the value axis first, since
/// its widest label decides where the plot starts).
/// </summary>
internal sealed class NumericPlot
{
    /// <summary>Room right of the plot, so the last x tick label and a line's end are not cut off.</summary>
    private const double RightMargin = 12;

    private readonly ChartStyle _style;
    private readonly ChartFrame _frame;
    private readonly string? _xTitle;
    private readonly string? _yTitle;

    public NumericPlot(ChartStyle style, ChartFrame frame, double top, string? xTitle, string? yTitle,
        Func<double, PlotAxis> xAxis, Func<double, PlotAxis> yAxis)
    {
        _style = style;
        _frame = frame;
        _xTitle = xTitle;
        _yTitle = yTitle;
        Top = top;
        Bottom = frame.ContentBottom - XAxisHeight(style, xTitle);
        if (Bottom - Top < 40)
        {
            throw new ArgumentException("No room for the plot: shorten the title, subtitle or legend, or enlarge the chart.");
        }
        Y = yAxis(Bottom - Top);
        var widest = Y.Ticks.Select(t => TextMetrics.Width(t.Label, style.TickFontSize)).DefaultIfEmpty(0).Max();
        Left = frame.Left + (yTitle is null ? 0 : AxisText.VerticalTitleWidth(style)) + widest + 10;
        Right = frame.Right - RightMargin;
        if (Right - Left < 40)
        {
            throw new ArgumentException("No room for the plot: the value labels are too wide for the chart.");
        }
        X = xAxis(Right - Left);
    }

    public PlotAxis X { get; }
    public PlotAxis Y { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }

    public double MapX(double value) => Left + (X.Fraction(value) * (Right - Left));

    public double MapY(double value) => Bottom - (Y.Fraction(value) * (Bottom - Top));

    /// <summary>Clip path id covering the plot, with room for a line's stroke at the edges.</summary>
    public string ClipId => _frame.IdPrefix + "-plot";

    /// <summary>Height beneath the plot for the x tick labels and title.</summary>
    public static double XAxisHeight(ChartStyle style, string? xTitle) =>
        (style.TickFontSize * 1.3) + 12 + (xTitle is null ? 0 : TextMetrics.LineHeight(style.AxisLabelFontSize) + 4);

    /// <summary>Clip path, grid lines, value tick labels and the value axis title.</summary>
    public void DrawUnderlay(SvgWriter w)
    {
        var s = _style;
        var margin = s.LineWidth * 2;
        w.Open("defs");
        w.Open("clipPath", ("id", ClipId));
        w.Empty("rect", ("x", Left - margin), ("y", Top - margin), ("width", Right - Left + (2 * margin)), ("height", Bottom - Top + (2 * margin)));
        w.Close();
        w.Close();

        w.Open("g", ("class", "grid"));
        foreach (var tick in X.Grid ? X.Ticks : [])
        {
            var x = MapX(tick.Value);
            w.Empty("line", ("x1", x), ("y1", Top), ("x2", x), ("y2", Bottom), ("stroke", s.GridColor), ("stroke-width", 1));
        }
        foreach (var tick in Y.Grid ? Y.Ticks : [])
        {
            var y = MapY(tick.Value);
            var zero = tick.Value == 0 && Y.Min < 0;
            if (y < Bottom - 0.5 || zero)
            {
                w.Empty("line", ("x1", Left), ("y1", y), ("x2", Right), ("y2", y), ("stroke", zero ? s.AxisColor : s.GridColor), ("stroke-width", zero ? 1.25 : 1));
            }
        }
        w.Close();

        w.Open("g", ("class", "y-axis"));
        foreach (var tick in Y.Ticks)
        {
            AxisText.YTick(w, s, tick.Label, Left - 10, MapY(tick.Value));
        }
        if (_yTitle is not null)
        {
            AxisText.VerticalTitle(w, s, _yTitle, _frame.Left + s.AxisLabelFontSize, (Top + Bottom) / 2, Bottom - Top);
        }
        w.Close();
    }

    /// <summary>The baseline, x ticks and their labels, and the x axis title.</summary>
    public void DrawOverlay(SvgWriter w)
    {
        var s = _style;
        w.Open("g", ("class", "x-axis"));
        AxisText.Baseline(w, s, Left, Right, Bottom);
        foreach (var tick in X.Ticks)
        {
            var x = MapX(tick.Value);
            w.Empty("line", ("x1", x), ("y1", Bottom), ("x2", x), ("y2", Bottom + 6), ("stroke", s.AxisColor), ("stroke-width", 1.25));
            AxisText.XTick(w, s, tick.Label, x, Bottom + 10 + s.TickFontSize);
        }
        if (_xTitle is not null)
        {
            AxisText.HorizontalTitle(w, s, _xTitle, (Left + Right) / 2, _frame.ContentBottom - 4);
        }
        w.Close();
    }
}
