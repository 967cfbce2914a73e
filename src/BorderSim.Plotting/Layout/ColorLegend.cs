namespace BorderSim.Plotting;

/// <summary>
/// The legend of a colour scale, laid out in one row above the plot: its label, then a gradient bar from the lowest to
/// the highest value with round numbers beneath.
/// </summary>
internal sealed class ColorLegend
{
    private const double BarHeight = 14;
    private const double MaxBarWidth = 460;
    private readonly ChartStyle _style;
    private readonly string _label;
    private readonly double _top;
    private readonly double _labelLeft;

    public ColorLegend(ChartStyle style, string label, double min, double max, double left, double top, double width)
    {
        _style = style;
        _label = label;
        _top = top;
        _labelLeft = left;
        BarLeft = left + TextMetrics.Width(label, style.LegendFontSize) + 14;
        BarRight = BarLeft + Math.Clamp(left + width - BarLeft - 20, 60, MaxBarWidth);
        if (BarRight > left + width)
        {
            throw new ArgumentException($"The colour legend's label '{label}' is too long for the chart width.");
        }
        if (NiceScale.IsPoint(min, max))
        {
            // One value: its colour is the middle of the ramp, and it is the only number shown.
            var (low, high) = NiceScale.Widen(min);
            Scale = new PlotAxis(low, high, [new PlotTick(min, NumberFormat.Value(min))]);
            return;
        }
        var target = Math.Clamp((int)Math.Round((BarRight - BarLeft) / 70), 2, 6);
        Scale = PlotAxis.From(NiceScale.Inside(min, max, target));
        while (target > 1 && !LabelsFit())
        {
            target--;
            Scale = PlotAxis.From(NiceScale.Inside(min, max, target));
        }
    }

    /// <summary>The values at the bar's ends (the data's range) and its labelled ticks; all values equal, one tick at the middle.</summary>
    public PlotAxis Scale { get; private set; }

    public double BarLeft { get; }

    public double BarRight { get; }

    public double Height => BarHeight + 6 + TextMetrics.LineHeight(_style.TickFontSize);

    /// <summary>The colour of <paramref name="value"/> on the style's sequential ramp.</summary>
    public string ColorOf(double value) => _style.Sequential.At(Scale.Fraction(value));

    public void Draw(SvgWriter w, string gradientId)
    {
        var s = _style;
        var stops = s.Sequential.Stops;
        w.Open("defs");
        w.Open("linearGradient", ("id", gradientId), ("x1", "0"), ("y1", "0"), ("x2", "1"), ("y2", "0"));
        for (var i = 0; i < stops.Count; i++)
        {
            w.Empty("stop", ("offset", (double)i / (stops.Count - 1)), ("stop-color", stops[i]));
        }
        w.Close();
        w.Close();

        w.Open("g", ("class", "color-legend"));
        var barTop = _top + 2;
        w.WithText("text", _label, ("x", _labelLeft), ("y", barTop + (BarHeight / 2) + (s.LegendFontSize * 0.35)), ("font-size", s.LegendFontSize),
            ("fill", s.TextColor));
        w.Empty("rect", ("x", BarLeft), ("y", barTop), ("width", BarRight - BarLeft), ("height", BarHeight), ("fill", $"url(#{gradientId})"),
            ("stroke", s.AxisColor), ("stroke-width", 0.5));
        foreach (var tick in Scale.Ticks)
        {
            var x = BarLeft + (Scale.Fraction(tick.Value) * (BarRight - BarLeft));
            w.Empty("line", ("x1", x), ("y1", barTop), ("x2", x), ("y2", barTop + BarHeight + 4), ("stroke", s.AxisColor), ("stroke-width", 1));
            AxisText.XTick(w, s, tick.Label, x, barTop + BarHeight + 4 + s.TickFontSize);
        }
        w.Close();
    }

    private bool LabelsFit()
    {
        var width = BarRight - BarLeft;
        var xs = Scale.Ticks.Select(t => BarLeft + (Scale.Fraction(t.Value) * width)).ToArray();
        var halves = Scale.Ticks.Select(t => TextMetrics.Width(t.Label, _style.TickFontSize) / 2).ToArray();
        for (var i = 1; i < xs.Length; i++)
        {
            if (xs[i] - xs[i - 1] < halves[i] + halves[i - 1] + 12)
            {
                return false;
            }
        }
        return true;
    }
}
