using System.Globalization;
using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>
/// Calendar ticks for an x axis of day numbers (<see cref="DateOnly.DayNumber"/>), labelled in English whatever the
/// machine's culture: days ("14 Dec"), Mondays, months ("Dec", "Jan 2026") or years, the coarsest that still leaves
/// a gap between labels. The year is written on the first label and wherever it changes. A window that starts after
/// the first of a month gets a labelled tick on its first day ("8 Nov 2025"), so the first month is named too.
/// </summary>
internal sealed class CalendarTicks : ITickGenerator
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly (Unit Unit, int Step)[] Candidates =
    [
        (Unit.Day, 1), (Unit.Day, 2), (Unit.Day, 3), (Unit.Week, 1), (Unit.Week, 2),
        (Unit.Month, 1), (Unit.Month, 2), (Unit.Month, 3), (Unit.Month, 6),
        (Unit.Year, 1), (Unit.Year, 2), (Unit.Year, 5), (Unit.Year, 10), (Unit.Year, 20), (Unit.Year, 50), (Unit.Year, 100),
    ];

    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    public Tick[] Ticks { get; private set; } = [];

    public int MaxTickCount { get; set; } = 1000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var first = DateOnly.FromDayNumber((int)Math.Ceiling(range.Min - 1e-9));
        var last = DateOnly.FromDayNumber((int)Math.Floor(range.Max + 1e-9));
        var pixelsPerDay = size.Length / Math.Max(1e-9, range.Max - range.Min);
        double Width(string label) => labelStyle.Measure(label, paint).Width;
        bool Fits(IReadOnlyList<(DateOnly Date, string Label)> ticks) =>
            ticks.Zip(ticks.Skip(1)).All(p =>
                ((p.Second.Date.DayNumber - p.First.Date.DayNumber) * pixelsPerDay) - ((Width(p.First.Label) + Width(p.Second.Label)) / 2) >= labelStyle.FontSize);

        List<(DateOnly Date, string Label)>? chosen = null;
        var chosenUnit = Unit.Year;
        // Days for a fortnight or less, weeks up to two months, months up to three years, then years.
        var span = last.DayNumber - first.DayNumber;
        var start = span <= 14 ? 0 : span <= 62 ? 3 : span <= 3 * 366 ? 5 : 9;
        foreach (var (unit, step) in Candidates.Skip(start))
        {
            var dates = Dates(first, last, unit, step);
            if (dates.Count == 0)
            {
                continue;
            }
            var labelled = WithStart(first, Label(dates, unit), unit, Fits);
            if (Fits(labelled))
            {
                (chosen, chosenUnit) = (labelled, unit);
                break;
            }
        }
        chosen ??= [(first, DayLabel(first))];
        var minor = chosenUnit switch
        {
            Unit.Month when last.DayNumber - first.DayNumber <= 190 => Dates(first, last, Unit.Week, 1),
            Unit.Month or Unit.Year => Dates(first, last, Unit.Month, 1),
            _ => Dates(first, last, Unit.Day, 1),
        };
        var majors = chosen.Select(t => t.Date).ToHashSet();
        Ticks = chosen.Select(t => Tick.Major(t.Date.DayNumber, t.Label))
            .Concat(minor.Where(d => !majors.Contains(d)).Select(d => Tick.Minor(d.DayNumber)))
            .ToArray();
    }

    /// <summary>"14 Dec 2025": a day for labels and descriptions.</summary>
    public static string DayLabel(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {MonthNames[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"14 Dec": a day without its year.</summary>
    public static string ShortDayLabel(DateOnly date) => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {MonthNames[date.Month - 1]}";

    /// <summary>Adds a tick on the window's first day when no major tick falls there and its label fits.</summary>
    private static List<(DateOnly Date, string Label)> WithStart(DateOnly first, List<(DateOnly Date, string Label)> ticks, Unit unit,
        Func<IReadOnlyList<(DateOnly, string)>, bool> fits)
    {
        if (unit is Unit.Day or Unit.Week || (ticks.Count > 0 && ticks[0].Date == first))
        {
            return ticks;
        }
        List<(DateOnly Date, string Label)> withStart = [(first, DayLabel(first)), .. Label(ticks.Select(t => t.Date).ToList(), unit, first.Year)];
        return fits(withStart) ? withStart : ticks;
    }

    private static List<DateOnly> Dates(DateOnly from, DateOnly to, Unit unit, int step)
    {
        var dates = new List<DateOnly>();
        switch (unit)
        {
            case Unit.Day:
                for (var d = from; d <= to; d = d.AddDays(step))
                {
                    dates.Add(d);
                }
                break;
            case Unit.Week:
                for (var d = from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7); d <= to; d = d.AddDays(7 * step))
                {
                    dates.Add(d);
                }
                break;
            case Unit.Month:
                for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(1))
                {
                    if (d >= from && (d.Month - 1) % step == 0)
                    {
                        dates.Add(d);
                    }
                }
                break;
            default:
                for (var year = from.Year; year <= to.Year; year++)
                {
                    if (new DateOnly(year, 1, 1) is var d && d >= from && year % step == 0)
                    {
                        dates.Add(d);
                    }
                }
                break;
        }
        return dates;
    }

    /// <summary>Labels for the unit; the year is added to the first label and wherever it changes from <paramref name="previousYear"/>.</summary>
    private static List<(DateOnly Date, string Label)> Label(List<DateOnly> dates, Unit unit, int? previousYear = null)
    {
        var labels = new List<(DateOnly, string)>(dates.Count);
        foreach (var d in dates)
        {
            var label = unit switch
            {
                Unit.Year => d.Year.ToString(CultureInfo.InvariantCulture),
                Unit.Month => MonthNames[d.Month - 1],
                _ => ShortDayLabel(d),
            };
            if (unit != Unit.Year && previousYear != d.Year)
            {
                label += " " + d.Year.ToString(CultureInfo.InvariantCulture);
            }
            labels.Add((d, label));
            previousYear = d.Year;
        }
        return labels;
    }
}
