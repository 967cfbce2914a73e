namespace BorderSim.Core.Results;

/// <summary>One row of daily.csv: the state at the end of the day, its flows, its waiting time and the running totals.</summary>
public struct DayRecord
{
    public DateOnly Date;
    public StateCounts EndOfDay;
    public DailyFlows Flows;
    public DailyFlows Cumulative;
    public int PoolRemaining;

    /// <summary>Person-minutes stranded during the day: the integral of the stranded count from midnight to midnight.</summary>
    public long StrandedPersonMinutes;

    /// <summary>Person-minutes queued at Chacalluta during the day.</summary>
    public long QueuedPersonMinutes;

    /// <summary>Most persons queued at Chacalluta at any moment of the day.</summary>
    public int LongestQueue;

    /// <summary>Persons who have departed and not reached a final outcome.</summary>
    public readonly int InSystem => EndOfDay.Live;
}

/// <summary>One row of ticks.csv: the state at the end of a tick.</summary>
public struct TickRecord
{
    public int Tick;
    public DateTime Start;
    public StateCounts State;
}
