namespace BorderSim.Plotting;

/// <summary>Renders a <see cref="TimeSeriesChart"/>.</summary>
internal static class TimeSeriesRenderer
{
    public static string Render(TimeSeriesChart chart, ChartStyle style)
    {
        Validate(chart);
        var window = chart.Window ?? DataWindow(chart);
        var colors = chart.Series.Select((series, i) => series.Color ?? style.ColorAt(i)).ToArray();

        var frame = new ChartFrame(chart, style, Legend(chart, style, colors));
        var plot = new DatePlot(style, frame, window, MaxValue(chart, window), chart.YAxisLabel, chart.Periods, chart.Events);

        var w = new SvgWriter();
        frame.Begin(w, Describe(chart, window));
        plot.DrawUnderlay(w);
        plot.DrawEventLines(w);

        w.Open("g", ("class", "series"), ("clip-path", $"url(#{plot.ClipId})"));
        for (var i = 0; i < chart.Series.Count; i++)
        {
            if (chart.Series[i].Band is { } band)
            {
                DrawBand(w, plot, band, colors[i], style);
            }
        }
        for (var i = 0; i < chart.Series.Count; i++)
        {
            DrawLine(w, plot, chart.Series[i], colors[i], style);
        }
        w.Close();

        plot.DrawOverlay(w);
        ObservationLayer.Draw(w, plot, chart.Observations.Where(o => window.Contains(o.Date)).ToList(), style);
        ChartFrame.End(w);
        return w.ToString();
    }

    private static void Validate(TimeSeriesChart chart)
    {
        foreach (var series in chart.Series)
        {
            var what = $"Series '{series.Name}'";
            foreach (var p in series.Points)
            {
                Guard.Value(p.Value, what, p.Date, allowNaN: true);
            }
            foreach (var b in series.Band?.Points ?? [])
            {
                Guard.Value(b.Low, what + " band", b.Date, allowNaN: true);
                Guard.Value(b.High, what + " band", b.Date, allowNaN: true);
                if (b.Low > b.High)
                {
                    throw new ArgumentException($"{what} band has low > high on {b.Date:yyyy-MM-dd}.");
                }
            }
        }
        foreach (var o in chart.Observations)
        {
            Guard.Value(o.Value, "An observation", o.Date);
            Guard.Value(o.Low ?? 0, "An observation's low", o.Date);
            Guard.Value(o.High ?? 0, "An observation's high", o.Date);
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
        if (dates.Count == 0)
        {
            throw new ArgumentException($"Chart '{chart.Title}' has no dates: add a series or set a Window.");
        }
        return new DateWindow(dates.Min(), dates.Max());
    }

    private static double MaxValue(TimeSeriesChart chart, DateWindow window)
    {
        var values = chart.Series.SelectMany(s =>
                s.Points.Where(p => window.Contains(p.Date)).Select(p => p.Value)
                    .Concat(s.Band?.Points.Where(b => window.Contains(b.Date)).Select(b => b.High) ?? []))
            .Concat(chart.Observations.Where(o => window.Contains(o.Date)).Select(o => Math.Max(o.Value, o.High ?? 0)))
            .Where(v => !double.IsNaN(v));
        return values.DefaultIfEmpty(0).Max();
    }

    private static List<LegendItem> Legend(TimeSeriesChart chart, ChartStyle style, string[] colors)
    {
        var items = new List<LegendItem>();
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            items.Add(new LegendItem(series.Name, SwatchKind.Line, colors[i]) { Dashed = series.Dashed, WithBand = series.Band is not null });
            if (series.Band?.Label is { } bandLabel)
            {
                items.Add(new LegendItem(bandLabel, SwatchKind.Band, colors[i]));
            }
        }
        if (chart.ObservationsLabel is { } label && chart.Observations.Count > 0)
        {
            items.Add(new LegendItem(label, SwatchKind.Marker, style.ObservationColor));
        }
        return items;
    }

    private static void DrawBand(SvgWriter w, DatePlot plot, SeriesBand band, string color, ChartStyle style)
    {
        var path = new PathBuilder();
        foreach (var run in Runs(band.Points.OrderBy(b => b.Date).ToList(), b => !double.IsNaN(b.Low) && !double.IsNaN(b.High)))
        {
            if (run.Count == 1)
            {
                // A lone day: a narrow box, like an error bar's body.
                var x = plot.X.Map(run[0].Date);
                var half = Math.Min(6, plot.X.PixelsPerDay * 0.3);
                path.MoveTo(x - half, plot.Y(run[0].High)).LineTo(x + half, plot.Y(run[0].High))
                    .LineTo(x + half, plot.Y(run[0].Low)).LineTo(x - half, plot.Y(run[0].Low)).ClosePath();
                continue;
            }
            path.MoveTo(plot.X.Map(run[0].Date), plot.Y(run[0].High));
            foreach (var b in run.Skip(1))
            {
                path.LineTo(plot.X.Map(b.Date), plot.Y(b.High));
            }
            for (var i = run.Count - 1; i >= 0; i--)
            {
                path.LineTo(plot.X.Map(run[i].Date), plot.Y(run[i].Low));
            }
            path.ClosePath();
        }
        if (!path.IsEmpty)
        {
            w.Empty("path", ("d", path.ToString()), ("fill", color), ("fill-opacity", style.BandOpacity), ("stroke", "none"));
        }
    }

    private static void DrawLine(SvgWriter w, DatePlot plot, LineSeries series, string color, ChartStyle style)
    {
        var path = new PathBuilder();
        var dots = new List<DatePoint>();
        foreach (var run in Runs(series.Points.OrderBy(p => p.Date).ToList(), p => !double.IsNaN(p.Value)))
        {
            if (run.Count == 1)
            {
                dots.Add(run[0]);
                continue;
            }
            path.MoveTo(plot.X.Map(run[0].Date), plot.Y(run[0].Value));
            foreach (var p in run.Skip(1))
            {
                path.LineTo(plot.X.Map(p.Date), plot.Y(p.Value));
            }
        }
        if (!path.IsEmpty)
        {
            w.Empty("path", ("d", path.ToString()), ("fill", "none"), ("stroke", color), ("stroke-width", style.LineWidth),
                ("stroke-linejoin", "round"), ("stroke-linecap", "round"), ("stroke-dasharray", series.Dashed ? "7 5" : null));
        }
        foreach (var p in dots)
        {
            w.Empty("circle", ("cx", plot.X.Map(p.Date)), ("cy", plot.Y(p.Value)), ("r", style.LineWidth * 1.6), ("fill", color));
        }
    }

    /// <summary>Splits points into runs of consecutive valid points.</summary>
    private static List<List<T>> Runs<T>(List<T> points, Func<T, bool> valid)
    {
        var runs = new List<List<T>>();
        List<T>? current = null;
        foreach (var p in points)
        {
            if (!valid(p))
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                runs.Add(current);
            }
            current.Add(p);
        }
        return runs;
    }

    private static string Describe(TimeSeriesChart chart, DateWindow window)
    {
        var parts = new List<string>
        {
            $"Line chart from {DateTicks.DayLabel(window.First)} to {DateTicks.DayLabel(window.Last)}",
        };
        if (chart.Series.Count > 0)
        {
            parts.Add("Series: " + string.Join(", ", chart.Series.Select(s => s.Name)));
        }
        var shaded = chart.Periods.Where(p => p.Placement == PeriodPlacement.Shaded).ToList();
        if (shaded.Count > 0)
        {
            parts.Add("Shaded periods: " + string.Join(", ", shaded.Select(p => $"{p.Label} ({DateTicks.DayLabel(p.Start)} to {DateTicks.DayLabel(p.End)})")));
        }
        var timeline = chart.Periods.Where(p => p.Placement == PeriodPlacement.Timeline).ToList();
        if (timeline.Count > 0)
        {
            parts.Add("Periods on the timeline below the axis: " + string.Join(", ", timeline.Select(p => $"{p.Label} ({DateTicks.DayLabel(p.Start)} to {DateTicks.DayLabel(p.End)})")));
        }
        if (chart.Events.Count > 0)
        {
            parts.Add("Events: " + string.Join(", ", chart.Events.Select(e => $"{e.Label} ({DateTicks.DayLabel(e.Date)})")));
        }
        if (chart.Observations.Count > 0)
        {
            parts.Add($"{chart.Observations.Count} observed value(s)");
        }
        return string.Join(". ", parts) + ".";
    }
}
