using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>What the charts over dates share: the calendar axis, a value axis from zero, shaded periods, event lines, lanes and timeline.</summary>
internal static class DateFigure
{
    public static DayAxis Setup(Figure figure, DateWindow window, double yMax, string? yLabel, IReadOnlyList<PeriodBand> periods, IReadOnlyList<EventMarker> events)
    {
        foreach (var period in periods.Where(p => p.End < p.Start))
        {
            throw new ArgumentException($"Period '{period.Label}' ends before it starts.");
        }
        var style = figure.Style;
        var axis = new DayAxis(window.First, window.Last);
        var plot = figure.Plot;
        var top = Figure.ValueTop(yMax);
        plot.Axes.SetLimits(axis.Min, axis.Max, 0, top);
        plot.Axes.Bottom.TickGenerator = new CalendarTicks();
        plot.Axes.Left.TickGenerator = Figure.ValueTicks();
        plot.Axes.Left.Label.Text = yLabel ?? "";

        var shaded = periods.Where(p => p.Placement == PeriodPlacement.Shaded && p.End >= window.First && p.Start <= window.Last).ToArray();
        foreach (var p in shaded)
        {
            var rect = plot.Add.Rectangle(DayAxis.X(p.Start), Math.Min(DayAxis.X(p.End) + 1, axis.Max), 0, top);
            rect.FillColor = Figure.Color(p.Color ?? style.PeriodFill).WithOpacity(style.PeriodOpacity);
            rect.LineWidth = 0;
        }
        var shown = events.Where(e => window.Contains(e.Date)).ToArray();
        foreach (var e in shown)
        {
            var line = plot.Add.VerticalLine(DayAxis.X(e.Date));
            line.LineStyle = Figure.EventLine(style);
        }
        var lanes = new AnnotationPanel(style, shaded, shown, axis);
        figure.AddPanel(lanes, () => lanes.Note);
        var timeline = periods.Where(p => p.Placement == PeriodPlacement.Timeline && p.End >= window.First && p.Start <= window.Last).ToArray();
        if (timeline.Length > 0)
        {
            var strip = new TimelinePanel(style, timeline, axis);
            figure.AddPanel(strip, () => strip.Note);
        }
        return axis;
    }

    /// <summary>"Shaded periods: …. Events: …." for a chart's description.</summary>
    public static IEnumerable<string> Describe(IReadOnlyList<PeriodBand> periods, IReadOnlyList<EventMarker> events)
    {
        var shaded = periods.Where(p => p.Placement == PeriodPlacement.Shaded).ToList();
        if (shaded.Count > 0)
        {
            yield return "Shaded periods: " + string.Join(", ", shaded.Select(Span));
        }
        var timeline = periods.Where(p => p.Placement == PeriodPlacement.Timeline).ToList();
        if (timeline.Count > 0)
        {
            yield return "Periods on the timeline below the axis: " + string.Join(", ", timeline.Select(Span));
        }
        if (events.Count > 0)
        {
            yield return "Events: " + string.Join(", ", events.Select(e => $"{e.Label} ({CalendarTicks.DayLabel(e.Date)})"));
        }
    }

    /// <summary>Splits points into runs of consecutive valid points (a missing value breaks a line).</summary>
    public static List<List<T>> Runs<T>(IEnumerable<T> points, Func<T, bool> valid)
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

    /// <summary>Values must be finite and non-negative (the value axis starts at zero); NaN only where allowed.</summary>
    public static void Check(double value, string what, DateOnly? date = null, bool allowNaN = false)
    {
        var where = date is DateOnly d ? $" on {d:yyyy-MM-dd}" : "";
        if (double.IsNaN(value))
        {
            if (!allowNaN)
            {
                throw new ArgumentException($"{what} has a missing (NaN) value{where}.");
            }
            return;
        }
        if (double.IsInfinity(value))
        {
            throw new ArgumentException($"{what} has an infinite value{where}.");
        }
        if (value < 0)
        {
            throw new ArgumentException($"{what} has a negative value ({value.ToString(System.Globalization.CultureInfo.InvariantCulture)}){where}; the value axis starts at zero.");
        }
    }

    private static string Span(PeriodBand p) => $"{p.Label} ({CalendarTicks.DayLabel(p.Start)} to {CalendarTicks.DayLabel(p.End)})";
}
