using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Results;

/// <summary>Everything one run produced: its records per tick and per day and its summary.</summary>
public sealed class RunResult
{
    private RunResult(Scenario scenario, ulong seed, SimulationCalendar calendar, TickRecord[] ticks, StateCounts[] hours, DayRecord[] days, RunSummary summary)
    {
        Hours = hours;
        Scenario = scenario;
        Seed = seed;
        Calendar = calendar;
        Ticks = ticks;
        Days = days;
        Summary = summary;
    }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    public SimulationCalendar Calendar { get; }

    public TickLength Tick => Calendar.Tick;

    public IReadOnlyList<TickRecord> Ticks { get; }

    /// <summary>The state at the end of every hour of the window, whatever the tick: [h] is the state at minute 60·(h + 1).</summary>
    public IReadOnlyList<StateCounts> Hours { get; }

    public IReadOnlyList<DayRecord> Days { get; }

    public RunSummary Summary { get; }

    /// <summary>The same run with its summary setting the scenario's observations against it.</summary>
    public RunResult WithObservations(IReadOnlyList<Observation> observations) =>
        new(Scenario, Seed, Calendar, (TickRecord[])Ticks, (StateCounts[])Hours, (DayRecord[])Days, Summary with { Observations = ObservationComparison.Compare(this, observations) });

    internal static RunResult From(Scenario scenario, ulong seed, SimulationCalendar calendar, RunRecorder recorder) =>
        new(scenario, seed, calendar, recorder.Ticks, recorder.Hours, recorder.Days, RunSummary.From(scenario, seed, calendar, recorder));
}
