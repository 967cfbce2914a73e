using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>Draws a <see cref="TimeSeriesChart"/>: bands, then lines in order (so the first series is at the bottom), then observations with their ranges as whiskers.</summary>
internal static class TimeSeriesFigure
{
    public static Figure Build(TimeSeriesChart chart, ChartStyle style)
    {
        Validate(chart);
        var window = chart.Window ?? DataWindow(chart);
        var colors = chart.Series.Select((s, i) => s.Color ?? style.ColorAt(i)).ToArray();
        var figure = new Figure(chart, style);
        var plot = figure.Plot;
        var yMax = MaxValue(chart, window);
        DateFigure.Setup(figure, window, yMax, chart.YAxisLabel, chart.Periods, chart.Events);

        var outlined = chart.BandOutlineLabel is not null;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            if (chart.Series[i].Band is { } band)
            {
                DrawBand(plot, chart.Series[i], band, Figure.Color(colors[i]), style, outlined);
            }
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            DrawLine(plot, chart.Series[i], Figure.Color(colors[i]), style);
        }
        var observations = chart.Observations.Where(o => window.Contains(o.Date)).OrderBy(o => o.Date).ToArray();
        DrawObservations(plot, observations, style, window, Figure.ValueTop(yMax));

        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var color = Figure.Color(colors[i]);
            var item = figure.AddLegend(series.Name);
            item.LineColor = color;
            item.LineWidth = (float)(series.Width ?? style.LineWidth);
            item.LinePattern = Figure.Pattern(series.Dash);
            if (series.Band is not null && !outlined)
            {
                item.FillColor = color.WithOpacity(style.BandOpacity);
            }
            if (series.Band?.Label is { } bandLabel && !outlined)
            {
                figure.AddLegend(bandLabel).FillColor = color.WithOpacity(style.BandOpacity);
            }
        }
        if (outlined && chart.Series.Any(s => s.Band is not null))
        {
            var item = figure.AddLegend(chart.BandOutlineLabel!);
            item.LineColor = Figure.Color(style.MutedTextColor);
            item.LineWidth = 1;
        }
        if (chart.ObservationsLabel is { } label && observations.Length > 0)
        {
            var item = figure.AddLegend(label);
            item.MarkerShape = MarkerShape.FilledCircle;
            item.MarkerSize = 9;
            item.MarkerColor = Figure.Color(style.ObservationColor);
        }
        figure.Description = Describe(chart, window);
        figure.Finish();
        return figure;
    }

    private static void DrawBand(Plot plot, LineSeries series, SeriesBand band, Color color, ChartStyle style, bool outlined)
    {
        foreach (var run in DateFigure.Runs(band.Points.OrderBy(b => b.Date), b => !double.IsNaN(b.Low) && !double.IsNaN(b.High)))
        {
            var xs = run.Select(b => DayAxis.X(b.Date)).ToArray();
            if (xs.Length == 1)
            {
                xs = [xs[0] - 0.3, xs[0] + 0.3];
                run.Add(run[0]);
            }
            if (outlined)
            {
                foreach (var edge in new[] { run.Select(b => b.Low).ToArray(), run.Select(b => b.High).ToArray() })
                {
                    var line = plot.Add.ScatterLine(xs, edge, color);
                    line.LineWidth = 1;
                    line.LinePattern = Figure.Pattern(series.Dash);
                    line.MarkerSize = 0;
                }
                continue;
            }
            var fill = plot.Add.FillY(xs, run.Select(b => b.Low).ToArray(), run.Select(b => b.High).ToArray());
            fill.FillColor = color.WithOpacity(style.BandOpacity);
            fill.LineWidth = 0;
            fill.MarkerSize = 0;
        }
    }

    private static void DrawLine(Plot plot, LineSeries series, Color color, ChartStyle style)
    {
        var width = (float)(series.Width ?? style.LineWidth);
        foreach (var run in DateFigure.Runs(series.Points.OrderBy(p => p.Date), p => !double.IsNaN(p.Value)))
        {
            var line = plot.Add.ScatterLine(run.Select(p => DayAxis.X(p.Date)).ToArray(), run.Select(p => p.Value).ToArray(), color);
            line.LineWidth = width;
            line.LinePattern = Figure.Pattern(series.Dash);
            line.MarkerSize = run.Count == 1 ? width * 3.2f : 0;
        }
    }

    /// <summary>
    /// Each observation as a dot; its reported range, where it has one, as a whisker with caps; a range open at one end
    /// ("at least 100") as a whisker running on from the dot to an arrowhead.
    /// </summary>
    private static void DrawObservations(Plot plot, IReadOnlyList<Observation> observations, ChartStyle style, DateWindow window, double top)
    {
        if (observations.Count == 0)
        {
            return;
        }
        var color = Figure.Color(style.ObservationColor);
        var cap = Math.Max(0.25, (window.Last.DayNumber - window.First.DayNumber + 1) / 220.0);
        var open = top * 0.07;
        foreach (var o in observations.Where(o => o.Low is not null || o.High is not null))
        {
            var x = DayAxis.X(o.Date);
            var (low, high) = (o.Low ?? Math.Max(0, o.Value - open), o.High ?? o.Value + open);
            if (o.Low is null || o.High is null)
            {
                var tip = plot.Add.Marker(x, o.Low is null ? low : high, o.Low is null ? MarkerShape.FilledTriangleDown : MarkerShape.FilledTriangleUp, 8, color);
                tip.MarkerStyle.OutlineWidth = 0;
            }
            var segments = new List<(double, double, double, double)> { (x, low, x, high) };
            if (o.Low is not null)
            {
                segments.Add((x - cap, low, x + cap, low));
            }
            if (o.High is not null)
            {
                segments.Add((x - cap, high, x + cap, high));
            }
            foreach (var (x1, y1, x2, y2) in segments)
            {
                var segment = plot.Add.Line(x1, y1, x2, y2);
                segment.LineColor = color;
                segment.LineWidth = 1.5f;
                segment.MarkerSize = 0;
            }
        }
        var dots = plot.Add.Markers(observations.Select(o => DayAxis.X(o.Date)).ToArray(), observations.Select(o => o.Value).ToArray(), MarkerShape.FilledCircle, 10, color);
        dots.MarkerStyle.OutlineColor = Figure.Color(style.Background);
        dots.MarkerStyle.OutlineWidth = 1.5f;
    }

    private static void Validate(TimeSeriesChart chart)
    {
        foreach (var series in chart.Series)
        {
            var what = $"Series '{series.Name}'";
            foreach (var p in series.Points)
            {
                DateFigure.Check(p.Value, what, p.Date, allowNaN: true);
            }
            foreach (var b in series.Band?.Points ?? [])
            {
                DateFigure.Check(b.Low, what + " band", b.Date, allowNaN: true);
                DateFigure.Check(b.High, what + " band", b.Date, allowNaN: true);
                if (b.Low > b.High)
                {
                    throw new ArgumentException($"{what} band has low > high on {b.Date:yyyy-MM-dd}.");
                }
            }
        }
        foreach (var o in chart.Observations)
        {
            DateFigure.Check(o.Value, "An observation", o.Date);
            DateFigure.Check(o.Low ?? 0, "An observation's low", o.Date);
            DateFigure.Check(o.High ?? 0, "An observation's high", o.Date);
            if (o.Low > o.High)
            {
                throw new ArgumentException($"The observation on {o.Date:yyyy-MM-dd} has low > high.");
            }
        }
    }

    private static DateWindow DataWindow(TimeSeriesChart chart)
    {
        var dates = chart.Series.SelectMany(s => s.Points.Select(p => p.Date).Concat(s.Band?.Points.Select(b => b.Date) ?? []))
            .Concat(chart.Observations.Select(o => o.Date))
            .ToList();
        if (dates.Count == 0)
        {
            dates = chart.Periods.SelectMany(p => new[] { p.Start, p.End }).Concat(chart.Events.Select(e => e.Date)).ToList();
        }
        return dates.Count == 0
            ? throw new ArgumentException($"Chart '{chart.Title}' has no dates: add a series or set a Window.")
            : new DateWindow(dates.Min(), dates.Max());
    }

    private static double MaxValue(TimeSeriesChart chart, DateWindow window) =>
        chart.Series.SelectMany(s =>
                s.Points.Where(p => window.Contains(p.Date)).Select(p => p.Value)
                    .Concat(s.Band?.Points.Where(b => window.Contains(b.Date)).Select(b => b.High) ?? []))
            .Concat(chart.Observations.Where(o => window.Contains(o.Date)).Select(o => Math.Max(o.Value, o.High ?? 0)))
            .Where(v => !double.IsNaN(v))
            .DefaultIfEmpty(0)
            .Max();

    private static string Describe(TimeSeriesChart chart, DateWindow window)
    {
        var parts = new List<string> { $"Line chart from {CalendarTicks.DayLabel(window.First)} to {CalendarTicks.DayLabel(window.Last)}" };
        if (chart.Series.Count > 0)
        {
            parts.Add("Series: " + string.Join(", ", chart.Series.Select(s => s.Name)));
        }
        parts.AddRange(DateFigure.Describe(chart.Periods, chart.Events));
        if (chart.Observations.Count > 0)
        {
            parts.Add($"{chart.Observations.Count} observed value(s), each with its reported range where one is given: "
                + string.Join(", ", chart.Observations.OrderBy(o => o.Date).Select(o => $"{NumberFormat.Value(o.Value)} on {CalendarTicks.DayLabel(o.Date)}"
                    + (o.Low is not null || o.High is not null ? $" ({NumberFormat.Value(o.Low ?? o.Value)} to {NumberFormat.Value(o.High ?? o.Value)})" : ""))));
        }
        return string.Join(". ", parts) + ".";
    }
}
