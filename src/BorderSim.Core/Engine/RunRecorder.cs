using BorderSim.Core.Model;
using BorderSim.Core.Results;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// The engine's passive monitor: running counts of persons in each state, the day's flows, the state at every full
/// hour, per-tick and per-day records and the tallies behind the summary. Every change of state goes through
/// <see cref="Move"/>, so the counts cannot drift from the groups. Time stranded and time queued are added up exactly,
/// minute by minute: per stay as each stay ends, and per day as the integral of the counts, the two agreeing.
/// </summary>
public sealed class RunRecorder
{
    private readonly SimulationCalendar _calendar;
    private readonly long[] _personsIn = new long[GroupStates.Count];
    private long _strandedVulnerable;
    private DailyFlows _today;
    private DailyFlows _total;
    private int _lastChangeMinute;
    private long _strandedPersonMinutesToday;
    private long _queuedPersonMinutesToday;
    private long _longestQueueToday;

    public RunRecorder(SimulationCalendar calendar, int nationalities)
    {
        _calendar = calendar;
        Ticks = new TickRecord[calendar.TotalTicks];
        Hours = new StateCounts[calendar.Days * 24];
        Days = new DayRecord[calendar.Days];
        StrandedHoursHistogram = new long[(calendar.Days * 24) + 2];
        ByNationality = new GroupTally[nationalities];
        for (var i = 0; i < nationalities; i++)
        {
            ByNationality[i] = new GroupTally();
        }

        ByVulnerability = [new GroupTally(), new GroupTally()];
    }

    public TickRecord[] Ticks { get; }

    /// <summary>The state at the end of every hour of the window: [h] is the state at minute 60·(h + 1).</summary>
    public StateCounts[] Hours { get; }

    public DayRecord[] Days { get; }

    /// <summary>Persons by whole hours spent stranded (persons ever stranded; those still stranded at the end count with their time so far).</summary>
    public long[] StrandedHoursHistogram { get; }

    public GroupTally[] ByNationality { get; }

    /// <summary>[0] groups without vulnerable members, [1] vulnerable groups.</summary>
    public GroupTally[] ByVulnerability { get; }

    /// <summary>Person-minutes stranded, summed over stays as they end (and closed at the window's end).</summary>
    public long StrandedPersonMinutes { get; private set; }

    /// <summary>Person-minutes queued at Chacalluta, the integral of the queued count.</summary>
    public long QueuedPersonMinutes { get; private set; }

    /// <summary>Most persons stranded at the end of a day (midnight), and the first day it was reached (-1: never).</summary>
    public int PeakStranded { get; private set; }

    public int PeakStrandedDay { get; private set; } = -1;

    /// <summary>Most persons queued at Chacalluta at any moment, and the first day it was reached (-1: never).</summary>
    public int LongestQueue { get; private set; }

    public int LongestQueueDay { get; private set; } = -1;

    public ref DailyFlows Today => ref _today;

    public long PersonsIn(GroupState state) => _personsIn[(int)state];

    public void Departed(ref Group group)
    {
        _personsIn[(int)GroupState.Travelling] += group.Size;
        _today.Departures += group.Size;
        ByNationality[group.Nationality].Departed += group.Size;
        ByVulnerability[group.Vulnerable ? 1 : 0].Departed += group.Size;
    }

    /// <summary>
    /// Moves a group to a new state at <paramref name="minute"/>, keeping every count in step. Minutes never go back:
    /// the engine handles events in time order.
    /// </summary>
    public void Move(ref Group group, GroupState to, int minute)
    {
        Accrue(minute);
        var from = group.State;
        var size = group.Size;
        _personsIn[(int)from] -= size;
        _personsIn[(int)to] += size;
        if (from == GroupState.Stranded)
        {
            EndStay(ref group, minute);
            if (group.Vulnerable)
            {
                _strandedVulnerable -= size;
            }
        }

        if (to == GroupState.Stranded && group.Vulnerable)
        {
            _strandedVulnerable += size;
        }

        if (to is GroupState.Queued or GroupState.Stranded or GroupState.Sheltered)
        {
            group.WaitingSinceMinute = minute;
        }

        if (to == GroupState.Queued && _personsIn[(int)GroupState.Queued] > _longestQueueToday)
        {
            _longestQueueToday = _personsIn[(int)GroupState.Queued];
        }

        group.State = to;
        group.ClockMinute = minute;
        if (to.IsOutcome())
        {
            Finished(ref group);
        }
    }

    /// <summary>Adds the time since the last change, at the counts that held over it, to today's person-minutes.</summary>
    private void Accrue(int minute)
    {
        var elapsed = minute - _lastChangeMinute;
        if (elapsed > 0)
        {
            _strandedPersonMinutesToday += _personsIn[(int)GroupState.Stranded] * elapsed;
            _queuedPersonMinutesToday += _personsIn[(int)GroupState.Queued] * elapsed;
            _lastChangeMinute = minute;
        }
    }

    private void EndStay(ref Group group, int minute)
    {
        var stay = minute - group.WaitingSinceMinute;
        group.StrandedMinutes += stay;
        long personMinutes = (long)stay * group.Size;
        StrandedPersonMinutes += personMinutes;
        ByNationality[group.Nationality].StrandedPersonMinutes += personMinutes;
        ByVulnerability[group.Vulnerable ? 1 : 0].StrandedPersonMinutes += personMinutes;
    }

    private void Finished(ref Group group)
    {
        var size = group.Size;
        switch (group.State)
        {
            case GroupState.CrossedRegular: _today.CrossedRegular += size; break;
            case GroupState.CrossedIrregular: _today.CrossedIrregular += size; break;
            case GroupState.LeftByCorridor: _today.LeftByCorridor += size; break;
            case GroupState.Repatriated: _today.Repatriated += size; break;
            case GroupState.ReturnedInland: _today.ReturnedInland += size; break;
        }

        ByNationality[group.Nationality].Outcome(group.State, size);
        ByVulnerability[group.Vulnerable ? 1 : 0].Outcome(group.State, size);
        CountStrandingTime(ref group);
    }

    private void CountStrandingTime(ref Group group)
    {
        if (group.StrandedMinutes > 0)
        {
            var hours = Math.Min(group.StrandedMinutes / Minutes.PerHour, StrandedHoursHistogram.Length - 1);
            StrandedHoursHistogram[hours] += group.Size;
        }
    }

    /// <summary>At the end of the window: closes the stays of groups still stranded and counts their time.</summary>
    public void Censor(ref Group group, int endMinute)
    {
        if (group.State == GroupState.Stranded)
        {
            EndStay(ref group, endMinute);
            group.WaitingSinceMinute = endMinute;
        }

        CountStrandingTime(ref group);
    }

    public void StartDay()
    {
        _today = default;
        _strandedPersonMinutesToday = 0;
        _queuedPersonMinutesToday = 0;
        _longestQueueToday = _personsIn[(int)GroupState.Queued];
    }

    /// <summary>Records the state at the end of hour <paramref name="hour"/> of the window.</summary>
    public void EndHour(int hour) => Hours[hour] = CurrentState();

    public void EndTick(int tick) =>
        Ticks[tick] = new TickRecord { Tick = tick, Start = _calendar.StartOf(tick), State = CurrentState() };

    public void EndDay(int day, int poolRemaining)
    {
        Accrue((day + 1) * Minutes.PerDay);
        _total.Add(_today);
        var state = CurrentState();
        if (state.Stranded > PeakStranded)
        {
            PeakStranded = state.Stranded;
            PeakStrandedDay = day;
        }

        if (_longestQueueToday > LongestQueue)
        {
            LongestQueue = (int)_longestQueueToday;
            LongestQueueDay = day;
        }

        QueuedPersonMinutes += _queuedPersonMinutesToday;
        Days[day] = new DayRecord
        {
            Date = _calendar.DateOfDay(day),
            EndOfDay = state,
            Flows = _today,
            Cumulative = _total,
            PoolRemaining = poolRemaining,
            StrandedPersonMinutes = _strandedPersonMinutesToday,
            QueuedPersonMinutes = _queuedPersonMinutesToday,
            LongestQueue = (int)_longestQueueToday,
        };
    }

    private StateCounts CurrentState() => new()
    {
        Travelling = (int)_personsIn[(int)GroupState.Travelling],
        Queued = (int)_personsIn[(int)GroupState.Queued],
        Stranded = (int)_personsIn[(int)GroupState.Stranded],
        StrandedVulnerable = (int)_strandedVulnerable,
        IrregularEnRoute = (int)_personsIn[(int)GroupState.IrregularRoute],
        Sheltered = (int)_personsIn[(int)GroupState.Sheltered],
    };
}

/// <summary>Persons of one kind (a nationality, vulnerable or not): departed, outcomes, time stranded.</summary>
public sealed class GroupTally
{
    public long Departed { get; set; }

    public long StrandedPersonMinutes { get; set; }

    public long[] Outcomes { get; } = new long[GroupStates.Outcomes.Length];

    public void Outcome(GroupState state, int persons) =>
        Outcomes[state - GroupState.CrossedRegular] += persons;
}
