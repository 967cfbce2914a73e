namespace BorderSim.Plotting;

/// <summary>Renders a <see cref="HeatmapChart"/>: tiles for a grid, coloured points otherwise, and the colour legend above.</summary>
internal static class HeatmapRenderer
{
    /// <summary>Above this many scattered points, they are drawn smaller.</summary>
    private const int ManyPoints = 150;

    public static string Render(HeatmapChart chart, ChartStyle style)
    {
        Validate(chart);
        var frame = new ChartFrame(chart, style, []);
        var values = chart.Cells.Select(c => c.Value).ToArray();
        var legend = new ColorLegend(style, chart.ValueLabel ?? "Value", values.Min(), values.Max(), frame.Left, frame.ContentTop, frame.Right - frame.Left);
        var xs = chart.Cells.Select(c => c.X).Distinct().Order().ToArray();
        var ys = chart.Cells.Select(c => c.Y).Distinct().Order().ToArray();
        var grid = chart.IsGrid;
        var top = frame.ContentTop + legend.Height + 14;
        var tick = style.TickFontSize;
        var plot = new NumericPlot(style, frame, top, chart.XAxisLabel, chart.YAxisLabel,
            length => Axis(grid, xs, chart.XCategories, length, tick, horizontal: true),
            length => Axis(grid, ys, chart.YCategories, length, tick, horizontal: false));

        var w = new SvgWriter();
        frame.Begin(w, Describe(chart, grid, xs.Length, ys.Length));
        legend.Draw(w, frame.IdPrefix + "-ramp");
        plot.DrawUnderlay(w);
        if (grid)
        {
            DrawTiles(w, plot, chart, legend, xs, ys, style);
        }
        else
        {
            DrawPoints(w, plot, chart, legend, style);
        }
        plot.DrawOverlay(w);
        ChartFrame.End(w);
        return w.ToString();
    }

    private static void Validate(HeatmapChart chart)
    {
        if (chart.Cells.Count == 0)
        {
            throw new ArgumentException($"Heatmap '{chart.Title}' has no cells.");
        }
        foreach (var c in chart.Cells)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || !double.IsFinite(c.Value))
            {
                throw new ArgumentException($"Heatmap '{chart.Title}' has a missing or infinite value at ({c.X}, {c.Y}).");
            }
            CheckCategory(chart, c.X, chart.XCategories, "x");
            CheckCategory(chart, c.Y, chart.YCategories, "y");
        }
    }

    private static void CheckCategory(HeatmapChart chart, double value, IReadOnlyList<string>? categories, string axis)
    {
        if (categories is not null && !PlotAxis.IsCategoryIndex(value, categories.Count))
        {
            throw new ArgumentException($"Heatmap '{chart.Title}' has {axis} = {value}, which is not the index of one of the {categories.Count} categories.");
        }
    }

    /// <summary>Tick labels for the distinct values of a grid axis: category names, or the values written in full.</summary>
    private static string[] Names(double[] values, IReadOnlyList<string>? categories) =>
        values.Select(v => categories is null ? NumberFormat.Exact(v) : categories[(int)v]).ToArray();

    /// <summary>A grid's axes have one slot per distinct value (tiles); scattered points get a numeric or category axis.</summary>
    private static PlotAxis Axis(bool grid, double[] values, IReadOnlyList<string>? categories, double length, double tick, bool horizontal) =>
        grid
            ? PlotAxis.Categories(Names(values, categories), length, tick, horizontal)
            : PlotAxis.ForValues(values[0], values[^1], categories, length, tick, horizontal);

    private static void DrawTiles(SvgWriter w, NumericPlot plot, HeatmapChart chart, ColorLegend legend, double[] xs, double[] ys, ChartStyle style)
    {
        var column = xs.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        var row = ys.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        var tileWidth = (plot.Right - plot.Left) / xs.Length;
        var tileHeight = (plot.Bottom - plot.Top) / ys.Length;
        var size = style.TickFontSize + 1;
        var labels = chart.Cells.Select(c => NumberFormat.Compact(c.Value)).ToArray();
        var showValues = tileHeight >= size * 1.6 && labels.All(l => TextMetrics.Width(l, size) <= tileWidth - 8);

        w.Open("g", ("class", "tiles"));
        for (var k = 0; k < chart.Cells.Count; k++)
        {
            var cell = chart.Cells[k];
            var (i, j) = (column[cell.X], row[cell.Y]);
            var fill = legend.ColorOf(cell.Value);
            var (x0, x1) = (plot.MapX(i - 0.5), plot.MapX(i + 0.5));
            var (y0, y1) = (plot.MapY(j + 0.5), plot.MapY(j - 0.5));
            w.Empty("rect", ("x", x0), ("y", y0), ("width", x1 - x0), ("height", y1 - y0), ("fill", fill), ("stroke", style.Background), ("stroke-width", 1.5));
            if (showValues)
            {
                w.WithText("text", labels[k], ("x", (x0 + x1) / 2), ("y", ((y0 + y1) / 2) + (size * 0.35)), ("font-size", size), ("text-anchor", "middle"),
                    ("fill", ColorRamp.Luminance(fill) > 0.36 ? style.TextColor : style.Background));
            }
        }
        w.Close();
    }

    private static void DrawPoints(SvgWriter w, NumericPlot plot, HeatmapChart chart, ColorLegend legend, ChartStyle style)
    {
        var radius = chart.Cells.Count > ManyPoints ? 5 : 7;
        w.Open("g", ("class", "points"), ("clip-path", $"url(#{plot.ClipId})"));
        foreach (var cell in chart.Cells.OrderBy(c => c.Value).ThenBy(c => c.X).ThenBy(c => c.Y))
        {
            w.Empty("circle", ("cx", plot.MapX(cell.X)), ("cy", plot.MapY(cell.Y)), ("r", radius), ("fill", legend.ColorOf(cell.Value)),
                ("stroke", style.AxisColor), ("stroke-width", 0.75));
        }
        w.Close();
    }

    private static string Describe(HeatmapChart chart, bool grid, int columns, int rows)
    {
        var x = chart.XAxisLabel ?? "x";
        var y = chart.YAxisLabel ?? "y";
        var value = chart.ValueLabel ?? "the value";
        var low = chart.Cells.MinBy(c => c.Value);
        var high = chart.Cells.MaxBy(c => c.Value);
        string At(HeatCell c) =>
            $"{x} {(chart.XCategories is { } xc ? xc[(int)c.X] : NumberFormat.Exact(c.X))}, {y} {(chart.YCategories is { } yc ? yc[(int)c.Y] : NumberFormat.Exact(c.Y))}";
        var shape = grid ? $"a grid of {columns} × {rows} tiles" : $"{chart.Cells.Count} points";
        var text = $"Heatmap of {value} over {x} (across) and {y} (up), {shape}. Lowest {NumberFormat.Value(low.Value)} at {At(low)}; highest {NumberFormat.Value(high.Value)} at {At(high)}.";
        if (chart.Cells.Count <= 40)
        {
            text += " Values: " + string.Join("; ", chart.Cells.OrderBy(c => c.X).ThenBy(c => c.Y).Select(c => $"{At(c)}: {NumberFormat.Value(c.Value)}")) + ".";
        }
        return text;
    }
}
