namespace BorderSim.Plotting;

public enum DateTickUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A labelled tick on a date axis.</summary>
public readonly record struct DateTick(DateOnly Date, string Label);

/// <summary>Major (labelled) and minor (unlabelled) ticks of a date axis.</summary>
public sealed record DateTickSet(DateTickUnit Unit, int Step, IReadOnlyList<DateTick> Major, IReadOnlyList<DateOnly> Minor);

/// <summary>
/// Chooses calendar ticks for a date axis: days, Mondays, months or years, coarsening until the
/// labels (estimated with <see cref="TextMetrics"/>) no longer overlap. Months read "Dec", "Jan 2026":
/// the year appears on the first label and wherever it changes.
/// </summary>
public static class DateTicks
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly (DateTickUnit Unit, int Step)[] Candidates =
    [
        (DateTickUnit.Day, 1), (DateTickUnit.Day, 2), (DateTickUnit.Day, 3),
        (DateTickUnit.Week, 1), (DateTickUnit.Week, 2),
        (DateTickUnit.Month, 1), (DateTickUnit.Month, 2), (DateTickUnit.Month, 3), (DateTickUnit.Month, 6),
        (DateTickUnit.Year, 1), (DateTickUnit.Year, 2), (DateTickUnit.Year, 5), (DateTickUnit.Year, 10),
        (DateTickUnit.Year, 20), (DateTickUnit.Year, 50), (DateTickUnit.Year, 100),
    ];

    /// <summary>Minimum gap between neighbouring labels, in multiples of the font size.</summary>
    public const double LabelGapEm = 1.0;

    public static DateTickSet Compute(DateOnly first, DateOnly last, double plotWidth, double fontSize)
    {
        var scale = new DateScale(first, last, 0, plotWidth);
        var span = scale.SpanDays;
        var start = span <= 14 ? 0 : span <= 62 ? 3 : span <= 3 * 366 ? 5 : 9;

        DateTickSet? fallback = null;
        for (var i = start; i < Candidates.Length; i++)
        {
            var (unit, step) = Candidates[i];
            var major = Label(MajorDates(scale, unit, step), unit);
            if (major.Count == 0)
            {
                continue;
            }
            var set = new DateTickSet(unit, step, major, MinorDates(scale, unit, step, major));
            if (Fits(scale, major, fontSize))
            {
                return set;
            }
            fallback ??= set;
        }

        // Nothing fits (a very narrow axis): keep every n-th label of the finest candidate.
        var all = fallback!.Major;
        for (var n = 2; ; n++)
        {
            var thinned = all.Where((_, index) => index % n == 0).ToArray();
            if (thinned.Length <= 1 || Fits(scale, thinned, fontSize))
            {
                return fallback with { Major = Relabel(thinned, fallback.Unit) };
            }
        }
    }

    /// <summary>True when no two labels, centred on their ticks, come closer than <see cref="LabelGapEm"/>.</summary>
    public static bool Fits(DateScale scale, IReadOnlyList<DateTick> ticks, double fontSize)
    {
        for (var i = 1; i < ticks.Count; i++)
        {
            var previousRight = scale.Map(ticks[i - 1].Date) + (TextMetrics.Width(ticks[i - 1].Label, fontSize) / 2);
            var left = scale.Map(ticks[i].Date) - (TextMetrics.Width(ticks[i].Label, fontSize) / 2);
            if (left - previousRight < LabelGapEm * fontSize)
            {
                return false;
            }
        }
        return true;
    }

    private static List<DateOnly> MajorDates(DateScale scale, DateTickUnit unit, int step)
    {
        var from = DateOnly.FromDayNumber((int)Math.Ceiling(scale.DomainStart));
        var to = DateOnly.FromDayNumber((int)Math.Floor(scale.DomainEnd));
        var dates = new List<DateOnly>();
        switch (unit)
        {
            case DateTickUnit.Day:
                for (var d = from; d <= to; d = d.AddDays(step))
                {
                    dates.Add(d);
                }
                break;
            case DateTickUnit.Week:
                var monday = from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7);
                for (var d = monday; d <= to; d = d.AddDays(7 * step))
                {
                    dates.Add(d);
                }
                break;
            case DateTickUnit.Month:
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
                    var d = new DateOnly(year, 1, 1);
                    if (d >= from && year % step == 0)
                    {
                        dates.Add(d);
                    }
                }
                break;
        }
        return dates;
    }

    private static List<DateOnly> MinorDates(DateScale scale, DateTickUnit unit, int step, IReadOnlyList<DateTick> major)
    {
        var span = scale.SpanDays;
        var minor = (unit, step) switch
        {
            (DateTickUnit.Day, > 1) => MajorDates(scale, DateTickUnit.Day, 1),
            (DateTickUnit.Week, _) when span <= 62 => MajorDates(scale, DateTickUnit.Day, 1),
            (DateTickUnit.Month, _) when span <= 190 => MajorDates(scale, DateTickUnit.Week, 1),
            (DateTickUnit.Month, > 1) => MajorDates(scale, DateTickUnit.Month, 1),
            (DateTickUnit.Year, 1) when span <= 6 * 366 => MajorDates(scale, DateTickUnit.Month, 1),
            (DateTickUnit.Year, > 1) => MajorDates(scale, DateTickUnit.Year, 1),
            _ => [],
        };
        var majorDates = major.Select(t => t.Date).ToHashSet();
        return minor.Where(d => !majorDates.Contains(d)).ToList();
    }

    private static List<DateTick> Label(List<DateOnly> dates, DateTickUnit unit) => Relabel(dates.Select(d => new DateTick(d, "")).ToList(), unit);

    private static List<DateTick> Relabel(IReadOnlyList<DateTick> ticks, DateTickUnit unit)
    {
        var result = new List<DateTick>(ticks.Count);
        int? previousYear = null;
        foreach (var tick in ticks)
        {
            var d = tick.Date;
            var withYear = previousYear != d.Year;
            var label = unit switch
            {
                DateTickUnit.Year => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateTickUnit.Month => MonthNames[d.Month - 1],
                _ => $"{d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)} {MonthNames[d.Month - 1]}",
            };
            if (withYear && unit != DateTickUnit.Year)
            {
                label += " " + d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            result.Add(new DateTick(d, label));
            previousYear = d.Year;
        }
        return result;
    }

    /// <summary>"14 Dec 2025": a day label for annotations and descriptions.</summary>
    public static string DayLabel(DateOnly date) =>
        $"{date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)} {MonthNames[date.Month - 1]} {date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
