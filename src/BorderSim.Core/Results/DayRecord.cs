namespace BorderSim.Core.Results;

/// <summary>One row of daily.csv: the state at the end of the day, the day's peak, its flows and the running totals.</summary>
public struct DayRecord
{
    public DateOnly Date;
    public StateCounts EndOfDay;
    public int StrandedPeak;
    public DailyFlows Flows;
    public DailyFlows Cumulative;
    public int PoolRemaining;

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
