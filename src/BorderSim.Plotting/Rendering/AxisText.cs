namespace BorderSim.Plotting;

/// <summary>The text of value axes, alike on every chart: tick labels and axis titles.</summary>
internal static class AxisText
{
    /// <summary>The line along the bottom of a plot.</summary>
    public static void Baseline(SvgWriter w, ChartStyle s, double left, double right, double y) =>
        w.Empty("line", ("x1", left), ("y1", y), ("x2", right), ("y2", y), ("stroke", s.AxisColor), ("stroke-width", 1.25));

    /// <summary>A tick label right-aligned to the left of a vertical axis, centred on <paramref name="y"/>.</summary>
    public static void YTick(SvgWriter w, ChartStyle s, string label, double right, double y) =>
        w.WithText("text", label, ("x", right), ("y", y + (s.TickFontSize * 0.35)), ("font-size", s.TickFontSize), ("text-anchor", "end"),
            ("fill", s.MutedTextColor));

    /// <summary>A tick label centred under a horizontal axis at <paramref name="baseline"/>.</summary>
    public static void XTick(SvgWriter w, ChartStyle s, string label, double x, double baseline) =>
        w.WithText("text", label, ("x", x), ("y", baseline), ("font-size", s.TickFontSize), ("text-anchor", "middle"), ("fill", s.MutedTextColor));

    /// <summary>
    /// An axis title centred on (<paramref name="x"/>, <paramref name="y"/>), turned to read upwards; set smaller (down
    /// to two thirds) when it is longer than the axis's <paramref name="length"/>, so it does not run past the plot.
    /// </summary>
    public static void VerticalTitle(SvgWriter w, ChartStyle s, string title, double x, double y, double length)
    {
        var size = Math.Max(s.AxisLabelFontSize * 2 / 3, Math.Min(s.AxisLabelFontSize, s.AxisLabelFontSize * length / TextMetrics.Width(title, s.AxisLabelFontSize)));
        w.WithText("text", title, ("x", x), ("y", y), ("font-size", size), ("text-anchor", "middle"), ("fill", s.TextColor),
            ("transform", $"rotate(-90 {SvgFormat.Number(x)} {SvgFormat.Number(y)})"));
    }

    /// <summary>An axis title centred on <paramref name="x"/> with its baseline at <paramref name="y"/>.</summary>
    public static void HorizontalTitle(SvgWriter w, ChartStyle s, string title, double x, double y) =>
        w.WithText("text", title, ("x", x), ("y", y), ("font-size", s.AxisLabelFontSize), ("text-anchor", "middle"), ("fill", s.TextColor));

    /// <summary>Width taken by a vertical title beside an axis, with its gap.</summary>
    public static double VerticalTitleWidth(ChartStyle s) => (s.AxisLabelFontSize * 1.3) + 6;
}
