namespace BorderSim.Plotting;

/// <summary>Renders a <see cref="BarChart"/> as horizontal bars, largest value axis at the bottom.</summary>
internal static class BarChartRenderer
{
    private const double MaxBarThickness = 40;

    public static string Render(BarChart chart, ChartStyle style)
    {
        if (chart.Bars.Count == 0)
        {
            throw new ArgumentException($"Bar chart '{chart.Title}' has no bars.");
        }
        foreach (var bar in chart.Bars)
        {
            Guard.Value(bar.Value, $"Bar '{bar.Label}'");
        }

        var frame = new ChartFrame(chart, style, []);
        var total = chart.Bars.Sum(b => b.Value);
        var valueLabels = chart.Bars.Select(b => ValueLabel(b.Value, total, chart.ShowShares)).ToArray();

        var tickSize = style.TickFontSize;
        var axisHeight = (tickSize * 1.3) + 12 + (chart.ValueAxisLabel is null ? 0 : TextMetrics.LineHeight(style.AxisLabelFontSize) + 4);
        var top = frame.ContentTop + 6;
        var bottom = frame.ContentBottom - axisHeight;
        var slot = (bottom - top) / chart.Bars.Count;
        var labelSize = Math.Min(style.LegendFontSize, slot / 1.25);
        var valueSize = labelSize;

        var maxCategoryWidth = (frame.Right - frame.Left) * 0.35;
        var categories = chart.Bars.Select(b => Truncate(b.Label, labelSize, maxCategoryWidth)).ToArray();
        var left = frame.Left + categories.Max(c => TextMetrics.Width(c, labelSize)) + 12;
        var right = frame.Right - valueLabels.Max(v => TextMetrics.Width(v, valueSize)) - 10;
        var ticks = NiceScale.FromZero(chart.Bars.Max(b => b.Value), Math.Clamp((int)Math.Round((right - left) / 140), 3, 8));
        double X(double value) => left + (value / ticks.Max * (right - left));

        var w = new SvgWriter();
        frame.Begin(w, Describe(chart, valueLabels));

        w.Open("g", ("class", "x-axis"));
        foreach (var value in ticks.Values)
        {
            var x = X(value);
            w.Empty("line", ("x1", x), ("y1", top), ("x2", x), ("y2", bottom), ("stroke", value == 0 ? style.AxisColor : style.GridColor),
                ("stroke-width", value == 0 ? 1.25 : 1));
            AxisText.XTick(w, style, ticks.Label(value), x, bottom + 10 + tickSize);
        }
        if (chart.ValueAxisLabel is not null)
        {
            AxisText.HorizontalTitle(w, style, chart.ValueAxisLabel, (left + right) / 2, frame.ContentBottom - 4);
        }
        w.Close();

        var thickness = Math.Min(slot * 0.62, MaxBarThickness);
        w.Open("g", ("class", "bars"));
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var middle = top + ((i + 0.5) * slot);
            var end = X(bar.Value);
            w.Empty("rect", ("x", left), ("y", middle - (thickness / 2)), ("width", end - left), ("height", thickness),
                ("fill", bar.Color ?? chart.Color ?? style.ColorAt(0)));
            w.WithText("text", categories[i], ("x", left - 10), ("y", middle + (labelSize * 0.35)), ("font-size", labelSize),
                ("text-anchor", "end"), ("fill", style.TextColor));
            w.WithText("text", valueLabels[i], ("x", end + 6), ("y", middle + (valueSize * 0.35)), ("font-size", valueSize),
                ("fill", style.TextColor));
        }
        w.Close();
        ChartFrame.End(w);
        return w.ToString();
    }

    /// <summary>"12,345 (41.2%)", or just "12,345" without shares or when the total is zero.</summary>
    internal static string ValueLabel(double value, double total, bool showShare) =>
        showShare && total > 0 ? $"{NumberFormat.Value(value)} ({NumberFormat.Share(value / total)})" : NumberFormat.Value(value);

    private static string Truncate(string label, double size, double maxWidth)
    {
        if (TextMetrics.Width(label, size) <= maxWidth)
        {
            return label;
        }
        var length = label.Length;
        while (length > 1 && TextMetrics.Width(label[..length] + "…", size) > maxWidth)
        {
            length--;
        }
        return label[..length].TrimEnd() + "…";
    }

    private static string Describe(BarChart chart, string[] valueLabels) =>
        "Bar chart. " + string.Join("; ", chart.Bars.Select((b, i) => $"{b.Label}: {valueLabels[i]}")) + ".";
}
