namespace BorderSim.Plotting;

/// <summary>Renders an <see cref="XYChart"/>: bands, then lines, error bars and points, over a numeric (or category) x.</summary>
internal static class XYChartRenderer
{
    /// <summary>Above this many points a series' markers shrink and its error bars fade, so a cloud stays readable.</summary>
    private const int ManyPoints = 60;

    /// <summary>Largest sideways shift in pixels between neighbouring series drawn with error bars.</summary>
    private const double MaxDodge = 9;

    public static string Render(XYChart chart, ChartStyle style)
    {
        Validate(chart);
        var colors = chart.Series.Select((series, i) => series.Color ?? style.ColorAt(i)).ToArray();
        var frame = new ChartFrame(chart, style, Legend(chart, colors));
        var points = chart.Series.SelectMany(s => s.Points).ToArray();
        var plot = new NumericPlot(style, frame, frame.ContentTop + 4, chart.XAxisLabel, chart.YAxisLabel,
            length => XAxis(chart, points, length, style),
            length => PlotAxis.From(YTicks(chart, points, length)));

        var offsets = Offsets(chart, plot);
        var w = new SvgWriter();
        frame.Begin(w, Describe(chart));
        plot.DrawUnderlay(w);
        w.Open("g", ("class", "series"), ("clip-path", $"url(#{plot.ClipId})"));
        for (var i = 0; i < chart.Series.Count; i++)
        {
            if (chart.Series[i].Marks == XYMarks.LineAndBand)
            {
                DrawBand(w, plot, Sorted(chart.Series[i]), colors[i], style);
            }
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            if (series.Marks != XYMarks.Points)
            {
                DrawLine(w, plot, Sorted(series), offsets[i], colors[i], style);
            }
            if (series.Marks != XYMarks.LineAndBand)
            {
                DrawErrorBars(w, plot, series, offsets[i], colors[i]);
            }
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            DrawMarkers(w, plot, chart.Series[i], offsets[i], colors[i], style);
        }
        w.Close();
        plot.DrawOverlay(w);
        ChartFrame.End(w);
        return w.ToString();
    }

    private static void Validate(XYChart chart)
    {
        if (chart.Series.Count == 0 || chart.Series.All(s => s.Points.Count == 0))
        {
            throw new ArgumentException($"XY chart '{chart.Title}' has no points.");
        }
        foreach (var series in chart.Series)
        {
            foreach (var p in series.Points)
            {
                var what = $"Series '{series.Name}'";
                if (!double.IsFinite(p.X) || !double.IsFinite(p.Y) || !double.IsFinite(p.Low ?? 0) || !double.IsFinite(p.High ?? 0))
                {
                    throw new ArgumentException($"{what} has a missing or infinite value at x = {p.X}.");
                }
                if (p.Low > p.High)
                {
                    throw new ArgumentException($"{what} has an interval with low > high at x = {p.X}.");
                }
                if (chart.XCategories is { } categories && !PlotAxis.IsCategoryIndex(p.X, categories.Count))
                {
                    throw new ArgumentException($"{what} has x = {p.X}, which is not the index of one of the {categories.Count} categories.");
                }
            }
        }
    }

    private static PlotAxis XAxis(XYChart chart, XYPoint[] points, double length, ChartStyle style) =>
        PlotAxis.ForValues(points.Min(p => p.X), points.Max(p => p.X), chart.XCategories, length, style.TickFontSize, horizontal: true);

    private static AxisTicks YTicks(XYChart chart, XYPoint[] points, double length)
    {
        var values = points.SelectMany(p => new[] { p.Y, p.Low ?? p.Y, p.High ?? p.Y }).ToArray();
        var target = Math.Clamp((int)Math.Round(length / 80), 3, 8);
        return values.Min() >= 0
            ? NiceScale.FromZero(values.Max(), target)
            : NiceScale.Spanning(values.Min(), values.Max(), target);
    }

    private static List<LegendItem> Legend(XYChart chart, string[] colors)
    {
        var items = new List<LegendItem>();
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var intervals = series.Points.Any(p => p.HasInterval);
            if (series.Marks == XYMarks.Points)
            {
                items.Add(new LegendItem(series.Name, SwatchKind.Marker, colors[i]));
                continue;
            }
            var band = intervals && series.Marks == XYMarks.LineAndBand;
            items.Add(new LegendItem(series.Name, SwatchKind.Line, colors[i]) { WithBand = band });
            if (band && series.IntervalLabel is { } label)
            {
                items.Add(new LegendItem(label, SwatchKind.Band, colors[i]));
            }
        }
        return items;
    }

    /// <summary>
    /// Sideways shifts in pixels: series drawn as lines with error bars are spread a few pixels apart (no more than a
    /// fraction of the gap between neighbouring x values) so their bars do not hide each other; others stay put.
    /// </summary>
    private static double[] Offsets(XYChart chart, NumericPlot plot)
    {
        var dodged = chart.Series.Select((s, i) => (s, i)).Where(p => p.s.Marks == XYMarks.LineAndErrorBars).Select(p => p.i).ToArray();
        var offsets = new double[chart.Series.Count];
        if (dodged.Length < 2)
        {
            return offsets;
        }
        var xs = dodged.SelectMany(i => chart.Series[i].Points.Select(p => plot.MapX(p.X))).Distinct().Order().ToArray();
        var gap = xs.Zip(xs.Skip(1), (a, b) => b - a).DefaultIfEmpty(double.PositiveInfinity).Min();
        var step = Math.Min(MaxDodge, gap / (dodged.Length + 1));
        for (var k = 0; k < dodged.Length; k++)
        {
            offsets[dodged[k]] = (k - ((dodged.Length - 1) / 2.0)) * step;
        }
        return offsets;
    }

    private static List<XYPoint> Sorted(XYSeries series) => series.Points.OrderBy(p => p.X).ToList();

    private static void DrawBand(SvgWriter w, NumericPlot plot, List<XYPoint> points, string color, ChartStyle style)
    {
        var withInterval = points.Where(p => p.HasInterval).ToList();
        if (withInterval.Count == 0)
        {
            return;
        }
        var path = new PathBuilder();
        if (withInterval.Count == 1)
        {
            // A lone point: a narrow box, like an error bar's body.
            var p = withInterval[0];
            var x = plot.MapX(p.X);
            path.MoveTo(x - 6, plot.MapY(p.High!.Value)).LineTo(x + 6, plot.MapY(p.High.Value))
                .LineTo(x + 6, plot.MapY(p.Low!.Value)).LineTo(x - 6, plot.MapY(p.Low.Value)).ClosePath();
        }
        else
        {
            path.MoveTo(plot.MapX(withInterval[0].X), plot.MapY(withInterval[0].High!.Value));
            foreach (var p in withInterval.Skip(1))
            {
                path.LineTo(plot.MapX(p.X), plot.MapY(p.High!.Value));
            }
            for (var i = withInterval.Count - 1; i >= 0; i--)
            {
                path.LineTo(plot.MapX(withInterval[i].X), plot.MapY(withInterval[i].Low!.Value));
            }
            path.ClosePath();
        }
        w.Empty("path", ("d", path.ToString()), ("fill", color), ("fill-opacity", style.BandOpacity), ("stroke", "none"));
    }

    private static void DrawLine(SvgWriter w, NumericPlot plot, List<XYPoint> points, double offset, string color, ChartStyle style)
    {
        if (points.Count < 2)
        {
            return;
        }
        var path = new PathBuilder().MoveTo(plot.MapX(points[0].X) + offset, plot.MapY(points[0].Y));
        foreach (var p in points.Skip(1))
        {
            path.LineTo(plot.MapX(p.X) + offset, plot.MapY(p.Y));
        }
        w.Empty("path", ("d", path.ToString()), ("fill", "none"), ("stroke", color), ("stroke-width", style.LineWidth),
            ("stroke-linejoin", "round"), ("stroke-linecap", "round"));
    }

    private static void DrawErrorBars(SvgWriter w, NumericPlot plot, XYSeries series, double offset, string color)
    {
        var many = series.Points.Count > ManyPoints;
        var cap = many ? 0 : 4;
        foreach (var p in series.Points.Where(p => p.HasInterval))
        {
            var x = plot.MapX(p.X) + offset;
            var (y0, y1) = (plot.MapY(p.Low!.Value), plot.MapY(p.High!.Value));
            var path = new PathBuilder().MoveTo(x, y0).LineTo(x, y1);
            if (cap > 0)
            {
                path.MoveTo(x - cap, y0).LineTo(x + cap, y0).MoveTo(x - cap, y1).LineTo(x + cap, y1);
            }
            w.Empty("path", ("d", path.ToString()), ("fill", "none"), ("stroke", color), ("stroke-width", many ? 1 : 1.5),
                ("stroke-opacity", many ? 0.45 : 0.8));
        }
    }

    private static void DrawMarkers(SvgWriter w, NumericPlot plot, XYSeries series, double offset, string color, ChartStyle style)
    {
        var radius = series.Points.Count > ManyPoints ? 3 : style.LineWidth * 1.8;
        foreach (var p in series.Points)
        {
            w.Empty("circle", ("cx", plot.MapX(p.X) + offset), ("cy", plot.MapY(p.Y)), ("r", radius), ("fill", color), ("stroke", style.Background), ("stroke-width", 1.25));
        }
    }

    private static string Describe(XYChart chart)
    {
        var x = chart.XAxisLabel ?? "x";
        var y = chart.YAxisLabel ?? "the value";
        var parts = new List<string> { $"Chart of {y} against {x}" };
        foreach (var series in chart.Series)
        {
            var points = series.Points.OrderBy(p => p.X).ToList();
            var shown = points.Count <= 40
                ? string.Join("; ", points.Select(p => XText(chart, p.X) + ": " + NumberFormat.Value(p.Y) + (p.HasInterval ? $" ({NumberFormat.Value(p.Low!.Value)} to {NumberFormat.Value(p.High!.Value)})" : "")))
                : $"{points.Count} points, {x} from {XText(chart, points[0].X)} to {XText(chart, points[^1].X)}, values from {NumberFormat.Value(points.Min(p => p.Y))} to {NumberFormat.Value(points.Max(p => p.Y))}";
            parts.Add($"{series.Name}{(series.IntervalLabel is { } label ? $" with {label} in brackets" : "")}: {shown}");
        }
        return string.Join(". ", parts) + ".";
    }

    private static string XText(XYChart chart, double x) =>
        chart.XCategories is { } categories ? categories[(int)x] : NumberFormat.Exact(x);
}
