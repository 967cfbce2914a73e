using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// A capacity that flows in continuously through the day at a rate set hour by hour (Chacalluta's persons per hour,
/// or a day's places spread evenly): at minute m of the day, the capacity of minutes 0 to m has come in (so the whole
/// day's by its last minute), and whole persons of it not yet used are available. Unused capacity rolls forward within
/// the day, never into the next.
/// </summary>
public sealed class DailyBudget
{
    private const double Epsilon = 1e-9;

    private readonly double[] _personsPerHour = new double[24];
    private readonly double[] _before = new double[25];
    private int _dayStart;

    /// <summary>Persons used so far today.</summary>
    public int UsedToday { get; private set; }

    /// <summary>The whole persons the day brings in from midnight to midnight.</summary>
    public int WholeDay => (int)Math.Floor(_before[24] + Epsilon);

    /// <summary>What the rest of the day can still give, whenever it is asked for.</summary>
    public int LeftToday => WholeDay - UsedToday;

    /// <summary>Starts the day that begins at <paramref name="dayStartMinute"/> with a rate for each of its hours.</summary>
    public void StartDay(int dayStartMinute, ReadOnlySpan<double> personsPerHour)
    {
        _dayStart = dayStartMinute;
        UsedToday = 0;
        for (var h = 0; h < 24; h++)
        {
            _personsPerHour[h] = Math.Max(0.0, personsPerHour[h]);
            _before[h + 1] = _before[h] + _personsPerHour[h];
        }
    }

    /// <summary>Starts a day whose <paramref name="personsPerDay"/> flow in evenly over its 24 hours.</summary>
    public void StartDay(int dayStartMinute, double personsPerDay)
    {
        Span<double> perHour = stackalloc double[24];
        perHour.Fill(personsPerDay / 24.0);
        StartDay(dayStartMinute, perHour);
    }

    /// <summary>Whole persons available at <paramref name="minute"/> (a minute of today).</summary>
    public int AvailableAt(int minute) => (int)Math.Floor(Accrued(minute - _dayStart) + Epsilon) - UsedToday;

    /// <summary>
    /// The first minute at or after <paramref name="now"/> at which <paramref name="persons"/> are available, or
    /// <see cref="int.MaxValue"/> if the rest of today does not bring enough.
    /// </summary>
    public int MinuteAvailable(int now, int persons)
    {
        var target = UsedToday + persons;
        if (persons > LeftToday)
        {
            return int.MaxValue;
        }

        var inDay = Math.Max(0, now - _dayStart);
        var hour = Math.Min(23, inDay / Minutes.PerHour);
        while (_before[hour + 1] + Epsilon < target)
        {
            hour++;
        }

        var minute = hour * Minutes.PerHour;
        var rate = _personsPerHour[hour];
        if (_before[hour] + Epsilon < target && rate > 0)
        {
            minute += Math.Max(0, (int)Math.Ceiling((target - Epsilon - _before[hour]) * Minutes.PerHour / rate) - 1);
        }

        minute = Math.Max(minute, inDay);
        while (minute < Minutes.PerDay && Accrued(minute) + Epsilon < target)
        {
            minute++; // rounding: at most a step or two
        }

        return minute < Minutes.PerDay ? _dayStart + minute : int.MaxValue;
    }

    public void Use(int persons) => UsedToday += persons;

    private double Accrued(int minuteOfDay)
    {
        if (minuteOfDay >= Minutes.PerDay)
        {
            return _before[24];
        }

        var hour = minuteOfDay / Minutes.PerHour;
        return _before[hour] + (_personsPerHour[hour] * (minuteOfDay + 1 - (hour * Minutes.PerHour)) / Minutes.PerHour);
    }
}
