using ScottPlot;
using ScottPlot.TickGenerators;

namespace BorderSim.Plotting;

/// <summary>Draws an <see cref="XYChart"/>: bands, then lines, error bars and points, over a numeric (or category) x.</summary>
internal static class XYFigure
{
    /// <summary>Above this many points a series' markers shrink and its error bars fade, so a cloud stays readable.</summary>
    private const int ManyPoints = 60;

    public static Figure Build(XYChart chart, ChartStyle style)
    {
        Validate(chart);
        var figure = new Figure(chart, style);
        var plot = figure.Plot;
        var colors = chart.Series.Select((s, i) => Figure.Color(s.Color ?? style.ColorAt(i))).ToArray();
        var points = chart.Series.SelectMany(s => s.Points).ToArray();
        var (xMin, xMax) = Axes.Range(points.Min(p => p.X), points.Max(p => p.X), chart.XCategories);
        var values = points.SelectMany(p => new[] { p.Y, p.Low ?? p.Y, p.High ?? p.Y }).ToArray();
        var yMin = values.Min() >= 0 ? 0 : values.Min() - ((values.Max() - values.Min()) * 0.06);
        plot.Axes.SetLimits(xMin, xMax, yMin, values.Min() >= 0 ? Figure.ValueTop(values.Max()) : values.Max() + ((values.Max() - values.Min()) * 0.06));
        plot.Axes.Bottom.TickGenerator = Axes.Ticks(chart.XCategories);
        plot.Axes.Left.TickGenerator = Figure.ValueTicks();
        plot.Axes.Bottom.Label.Text = chart.XAxisLabel ?? "";
        plot.Axes.Left.Label.Text = chart.YAxisLabel ?? "";
        plot.Grid.XAxisStyle.IsVisible = true;

        var dodge = Dodge(chart, xMax - xMin);
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var sorted = chart.Series[i].Points.OrderBy(p => p.X).ToArray();
            var withInterval = sorted.Where(p => p.HasInterval).ToArray();
            if (chart.Series[i].Marks == XYMarks.LineAndBand && withInterval.Length > 0)
            {
                var xs = withInterval.Length == 1 ? [withInterval[0].X - ((xMax - xMin) * 0.01), withInterval[0].X + ((xMax - xMin) * 0.01)] : withInterval.Select(p => p.X).ToArray();
                var band = withInterval.Length == 1 ? [withInterval[0], withInterval[0]] : withInterval;
                var fill = plot.Add.FillY(xs, band.Select(p => p.Low!.Value).ToArray(), band.Select(p => p.High!.Value).ToArray());
                fill.FillColor = colors[i].WithOpacity(style.BandOpacity);
                fill.LineWidth = 0;
                fill.MarkerSize = 0;
            }
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var sorted = series.Points.OrderBy(p => p.X).ToArray();
            var many = sorted.Length > ManyPoints;
            if (series.Marks != XYMarks.Points && sorted.Length > 1)
            {
                var line = plot.Add.ScatterLine(sorted.Select(p => p.X + dodge[i]).ToArray(), sorted.Select(p => p.Y).ToArray(), colors[i]);
                line.LineWidth = (float)style.LineWidth;
                line.MarkerSize = 0;
            }
            if (series.Marks != XYMarks.LineAndBand)
            {
                var cap = many ? 0 : (xMax - xMin) * 0.006;
                foreach (var p in sorted.Where(p => p.HasInterval))
                {
                    var x = p.X + dodge[i];
                    foreach (var (x1, y1, x2, y2) in new[] { (x, p.Low!.Value, x, p.High!.Value), (x - cap, p.Low!.Value, x + cap, p.Low!.Value), (x - cap, p.High!.Value, x + cap, p.High!.Value) }.Take(cap > 0 ? 3 : 1))
                    {
                        var bar = plot.Add.Line(x1, y1, x2, y2);
                        bar.LineColor = colors[i].WithOpacity(many ? 0.45 : 0.8);
                        bar.LineWidth = many ? 1 : 1.5f;
                        bar.MarkerSize = 0;
                    }
                }
            }
            var markers = plot.Add.Markers(sorted.Select(p => p.X + dodge[i]).ToArray(), sorted.Select(p => p.Y).ToArray(), MarkerShape.FilledCircle,
                many ? 6 : (float)(style.LineWidth * 3.6), colors[i]);
            markers.MarkerStyle.OutlineColor = Figure.Color(style.Background);
            markers.MarkerStyle.OutlineWidth = 1.25f;

            var intervals = series.Points.Any(p => p.HasInterval);
            var item = figure.AddLegend(series.Name);
            if (series.Marks == XYMarks.Points)
            {
                item.MarkerShape = MarkerShape.FilledCircle;
                item.MarkerSize = 9;
                item.MarkerColor = colors[i];
                continue;
            }
            item.LineColor = colors[i];
            item.LineWidth = (float)style.LineWidth;
            if (intervals && series.Marks == XYMarks.LineAndBand)
            {
                item.FillColor = colors[i].WithOpacity(style.BandOpacity);
                if (series.IntervalLabel is { } label)
                {
                    figure.AddLegend(label).FillColor = colors[i].WithOpacity(style.BandOpacity);
                }
            }
        }
        figure.Description = Describe(chart);
        figure.Finish();
        return figure;
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
                if (chart.XCategories is { } categories && !Axes.IsCategoryIndex(p.X, categories.Count))
                {
                    throw new ArgumentException($"{what} has x = {p.X}, which is not the index of one of the {categories.Count} categories.");
                }
            }
        }
    }

    /// <summary>Series drawn as lines with error bars are shifted a little apart in x, so their bars do not hide each other.</summary>
    private static double[] Dodge(XYChart chart, double span)
    {
        var dodged = chart.Series.Select((s, i) => (s, i)).Where(p => p.s.Marks == XYMarks.LineAndErrorBars).Select(p => p.i).ToArray();
        var offsets = new double[chart.Series.Count];
        if (dodged.Length < 2)
        {
            return offsets;
        }
        var xs = dodged.SelectMany(i => chart.Series[i].Points.Select(p => p.X)).Distinct().Order().ToArray();
        var gap = xs.Zip(xs.Skip(1), (a, b) => b - a).DefaultIfEmpty(span).Min();
        var step = Math.Min(span * 0.008, gap / (dodged.Length + 1));
        for (var k = 0; k < dodged.Length; k++)
        {
            offsets[dodged[k]] = (k - ((dodged.Length - 1) / 2.0)) * step;
        }
        return offsets;
    }

    private static string Describe(XYChart chart)
    {
        var x = chart.XAxisLabel ?? "x";
        var parts = new List<string> { $"Chart of {chart.YAxisLabel ?? "the value"} against {x}" };
        foreach (var series in chart.Series)
        {
            var points = series.Points.OrderBy(p => p.X).ToList();
            var shown = points.Count <= 40
                ? string.Join("; ", points.Select(p => Axes.Text(chart.XCategories, p.X) + ": " + NumberFormat.Value(p.Y) + (p.HasInterval ? $" ({NumberFormat.Value(p.Low!.Value)} to {NumberFormat.Value(p.High!.Value)})" : "")))
                : $"{points.Count} points, {x} from {Axes.Text(chart.XCategories, points[0].X)} to {Axes.Text(chart.XCategories, points[^1].X)}, values from {NumberFormat.Value(points.Min(p => p.Y))} to {NumberFormat.Value(points.Max(p => p.Y))}";
            parts.Add($"{series.Name}{(series.IntervalLabel is { } label ? $" with {label} in brackets" : "")}: {shown}");
        }
        return string.Join(". ", parts) + ".";
    }
}

/// <summary>Numeric or category axes of XY charts and heatmaps.</summary>
internal static class Axes
{
    /// <summary>The shown range: categories from −0.5 past each end; numbers with a margin of 4% (a single value widened round itself).</summary>
    public static (double Min, double Max) Range(double min, double max, IReadOnlyList<string>? categories)
    {
        if (categories is not null)
        {
            return (-0.5, categories.Count - 0.5);
        }
        if (max - min <= 1e-9 * Math.Max(1, Math.Abs(max)))
        {
            var half = Math.Abs(min) < 1e-9 ? 1 : Math.Abs(min) / 10;
            return (min - half, max + half);
        }
        var margin = (max - min) * 0.04;
        return (min - margin, max + margin);
    }

    public static ITickGenerator Ticks(IReadOnlyList<string>? categories) => categories is null
        ? new NumericAutomatic { LabelFormatter = NumberFormat.Compact, MinorTickGenerator = new EvenlySpacedMinorTickGenerator(1) }
        : new NumericManual(categories.Select((_, i) => (double)i).ToArray(), categories.ToArray());

    public static bool IsCategoryIndex(double x, int count) => x >= 0 && x < count && x == Math.Floor(x);

    public static string Text(IReadOnlyList<string>? categories, double x) => categories is { } c ? c[(int)x] : NumberFormat.Exact(x);
}
