namespace BorderSim.Plotting;

/// <summary>Renders a <see cref="StackedAreaChart"/>: the first layer at the bottom.</summary>
internal static class StackedAreaRenderer
{
    public static string Render(StackedAreaChart chart, ChartStyle style)
    {
        Validate(chart);
        var dates = chart.Dates;
        var colors = chart.Layers.Select((layer, i) => layer.Color ?? style.ColorAt(i)).ToArray();

        // cumulative[k][i]: top of layer k-1 at date i (cumulative[0] is the zero baseline).
        var cumulative = new double[chart.Layers.Count + 1][];
        cumulative[0] = new double[dates.Count];
        for (var k = 0; k < chart.Layers.Count; k++)
        {
            cumulative[k + 1] = new double[dates.Count];
            for (var i = 0; i < dates.Count; i++)
            {
                cumulative[k + 1][i] = cumulative[k][i] + chart.Layers[k].Values[i];
            }
        }

        var window = new DateWindow(dates[0], dates[^1]);
        var legend = chart.Layers.Select((layer, i) => new LegendItem(layer.Name, SwatchKind.Area, colors[i])).ToList();
        var frame = new ChartFrame(chart, style, legend);
        var plot = new DatePlot(style, frame, window, cumulative[^1].DefaultIfEmpty(0).Max(), chart.YAxisLabel, chart.Periods, chart.Events);

        // A single date is drawn as a column a little narrower than one day.
        var xs = dates.Select(d => plot.X.Map(d)).ToList();
        if (dates.Count == 1)
        {
            var half = plot.X.PixelsPerDay * 0.4;
            xs = [xs[0] - half, xs[0] + half];
            cumulative = cumulative.Select(c => new[] { c[0], c[0] }).ToArray();
        }

        var w = new SvgWriter();
        frame.Begin(w, Describe(chart));
        plot.DrawUnderlay(w);
        w.Open("g", ("class", "layers"), ("clip-path", $"url(#{plot.ClipId})"));
        for (var k = 0; k < chart.Layers.Count; k++)
        {
            var path = new PathBuilder().MoveTo(xs[0], plot.Y(cumulative[k + 1][0]));
            for (var i = 1; i < xs.Count; i++)
            {
                path.LineTo(xs[i], plot.Y(cumulative[k + 1][i]));
            }
            for (var i = xs.Count - 1; i >= 0; i--)
            {
                path.LineTo(xs[i], plot.Y(cumulative[k][i]));
            }
            w.Empty("path", ("d", path.ClosePath().ToString()), ("fill", colors[k]), ("stroke", colors[k]), ("stroke-width", 0.5));
        }
        for (var k = 1; k < chart.Layers.Count; k++)
        {
            var edge = new PathBuilder().MoveTo(xs[0], plot.Y(cumulative[k][0]));
            for (var i = 1; i < xs.Count; i++)
            {
                edge.LineTo(xs[i], plot.Y(cumulative[k][i]));
            }
            w.Empty("path", ("d", edge.ToString()), ("fill", "none"), ("stroke", style.Background), ("stroke-width", 1), ("stroke-opacity", 0.8));
        }
        w.Close();
        plot.DrawEventLines(w);
        plot.DrawOverlay(w);
        ChartFrame.End(w);
        return w.ToString();
    }

    private static void Validate(StackedAreaChart chart)
    {
        if (chart.Dates.Count == 0)
        {
            throw new ArgumentException($"Stacked area chart '{chart.Title}' has no dates.");
        }
        for (var i = 1; i < chart.Dates.Count; i++)
        {
            if (chart.Dates[i] <= chart.Dates[i - 1])
            {
                throw new ArgumentException($"Stacked area chart dates must increase strictly; {chart.Dates[i]:yyyy-MM-dd} follows {chart.Dates[i - 1]:yyyy-MM-dd}.");
            }
        }
        foreach (var layer in chart.Layers)
        {
            if (layer.Values.Count != chart.Dates.Count)
            {
                throw new ArgumentException($"Layer '{layer.Name}' has {layer.Values.Count} values for {chart.Dates.Count} dates.");
            }
            for (var i = 0; i < layer.Values.Count; i++)
            {
                Guard.Value(layer.Values[i], $"Layer '{layer.Name}'", chart.Dates[i]);
            }
        }
    }

    private static string Describe(StackedAreaChart chart) =>
        $"Stacked area chart from {DateTicks.DayLabel(chart.Dates[0])} to {DateTicks.DayLabel(chart.Dates[^1])}. " +
        $"Layers, bottom to top: {string.Join(", ", chart.Layers.Select(l => l.Name))}.";
}
