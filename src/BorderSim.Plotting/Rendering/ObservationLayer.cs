namespace BorderSim.Plotting;

/// <summary>Observation markers with error bars and labels; labels are nudged vertically so they do not collide.</summary>
internal static class ObservationLayer
{
    public static void Draw(SvgWriter w, DatePlot plot, IReadOnlyList<Observation> observations, ChartStyle style)
    {
        if (observations.Count == 0)
        {
            return;
        }
        var color = style.ObservationColor;
        var size = style.AnnotationFontSize - 1;
        w.Open("g", ("class", "observations"));
        foreach (var o in observations.OrderBy(o => o.Date))
        {
            var x = plot.X.Map(o.Date);
            if (o.Low is not null || o.High is not null)
            {
                var y0 = plot.Y(o.Low ?? o.Value);
                var y1 = plot.Y(o.High ?? o.Value);
                w.Empty("line", ("x1", x), ("y1", y0), ("x2", x), ("y2", y1), ("stroke", color), ("stroke-width", 1.5));
                w.Empty("line", ("x1", x - 5), ("y1", y0), ("x2", x + 5), ("y2", y0), ("stroke", color), ("stroke-width", 1.5));
                w.Empty("line", ("x1", x - 5), ("y1", y1), ("x2", x + 5), ("y2", y1), ("stroke", color), ("stroke-width", 1.5));
            }
            w.Empty("circle", ("cx", x), ("cy", plot.Y(o.Value)), ("r", 5), ("fill", color), ("stroke", style.Background), ("stroke-width", 1.5));
        }

        var placed = new List<(double Left, double Top, double Right, double Bottom)>();
        var lineHeight = TextMetrics.LineHeight(size);
        foreach (var o in observations.Where(o => !string.IsNullOrEmpty(o.Label)).OrderBy(o => o.Date))
        {
            var x = plot.X.Map(o.Date);
            var width = TextMetrics.Width(o.Label!, size);
            var toLeft = x + 9 + width > plot.Right;
            var left = toLeft ? x - 9 - width : x + 9;
            var baseline = plot.Y(o.Value) + (size * 0.35);
            foreach (var shift in new[] { 0, -1, 1, -2, 2, -3, 3 })
            {
                var candidate = baseline + (shift * lineHeight);
                var box = (left, candidate - size, left + width, candidate + (size * 0.25));
                if (box.Item2 >= plot.Top && box.Item4 <= plot.Bottom && !placed.Any(p => Overlaps(p, box)))
                {
                    baseline = candidate;
                    break;
                }
            }
            placed.Add((left, baseline - size, left + width, baseline + (size * 0.25)));
            w.WithText("text", o.Label!, ("x", left), ("y", baseline), ("font-size", size), ("fill", style.TextColor),
                ("stroke", style.Background), ("stroke-width", 3), ("stroke-linejoin", "round"), ("paint-order", "stroke"));
        }
        w.Close();
    }

    private static bool Overlaps((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
