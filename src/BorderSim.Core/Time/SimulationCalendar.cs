namespace BorderSim.Core.Time;

/// <summary>Maps tick numbers to calendar dates and hours. Tick 0 starts at 00:00 on the window's first day.</summary>
public sealed class SimulationCalendar
{
    public SimulationCalendar(DateOnly firstDay, DateOnly lastDay, TickLength tick)
    {
        if (lastDay < firstDay)
        {
            throw new ArgumentException("the window's end comes before its start", nameof(lastDay));
        }

        FirstDay = firstDay;
        LastDay = lastDay;
        Tick = tick;
        Days = lastDay.DayNumber - firstDay.DayNumber + 1;
        TotalTicks = Days * tick.TicksPerDay;
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public TickLength Tick { get; }

    public int Days { get; }

    public int TotalTicks { get; }

    public int TicksPerDay => Tick.TicksPerDay;

    public int DayOf(int tick) => tick / Tick.TicksPerDay;

    public int TickInDay(int tick) => tick % Tick.TicksPerDay;

    public int HourOf(int tick) => TickInDay(tick) * Tick.Hours;

    public DateOnly DateOf(int tick) => FirstDay.AddDays(DayOf(tick));

    public DateOnly DateOfDay(int day) => FirstDay.AddDays(day);

    /// <summary>The day index of a date (may fall outside the window).</summary>
    public int DayIndex(DateOnly date) => date.DayNumber - FirstDay.DayNumber;

    public DateTime StartOf(int tick) => DateOf(tick).ToDateTime(new TimeOnly(HourOf(tick), 0));
}
