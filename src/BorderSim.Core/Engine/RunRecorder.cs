using BorderSim.Core.Model;
using BorderSim.Core.Results;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// The engine's passive monitor: running counts of persons in each state, the day's flows, per-tick and per-day
/// records and the tallies behind the summary. Every change of state goes through <see cref="Move"/>, so the counts
/// cannot drift from the groups. Time stranded is added up exactly, minute by minute, as each stay ends.
/// </summary>
public sealed class RunRecorder
{
    private readonly SimulationCalendar _calendar;
    private readonly long[] _personsIn = new long[GroupStates.Count];
    private long _strandedVulnerable;
    private int _strandedPeakToday;
    private DailyFlows _today;
    private DailyFlows _total;

    public RunRecorder(SimulationCalendar calendar, int nationalities)
    {
        _calendar = calendar;
        Ticks = new TickRecord[calendar.TotalTicks];
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

    public DayRecord[] Days { get; }

    /// <summary>Persons by whole hours spent stranded (persons ever stranded; those still stranded at the end count with their time so far).</summary>
    public long[] StrandedHoursHistogram { get; }

    public GroupTally[] ByNationality { get; }

    /// <summary>[0] groups without vulnerable members, [1] vulnerable groups.</summary>
    public GroupTally[] ByVulnerability { get; }

    public long StrandedPersonMinutes { get; private set; }

    public int PeakStranded { get; private set; }

    public int PeakStrandedTick { get; private set; } = -1;

    public ref DailyFlows Today => ref _today;

    public long PersonsIn(GroupState state) => _personsIn[(int)state];

    public void Departed(ref Group group)
    {
        _personsIn[(int)GroupState.Travelling] += group.Size;
        _today.Departures += group.Size;
        ByNationality[group.Nationality].Departed += group.Size;
        ByVulnerability[group.Vulnerable ? 1 : 0].Departed += group.Size;
    }

    /// <summary>Moves a group to a new state at <paramref name="minute"/>, keeping every count in step.</summary>
    public void Move(ref Group group, GroupState to, int minute)
    {
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

        if (to is GroupState.Stranded or GroupState.Sheltered)
        {
            group.WaitingSinceMinute = minute;
        }

        group.State = to;
        group.ClockMinute = minute;
        if (to.IsOutcome())
        {
            Finished(ref group);
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
            case GroupState.LeftByCorridor: _today.CorridorExits += size; break;
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
        _strandedPeakToday = 0;
    }

    public void EndTick(int tick)
    {
        var state = CurrentState();
        Ticks[tick] = new TickRecord { Tick = tick, Start = _calendar.StartOf(tick), State = state };
        _strandedPeakToday = Math.Max(_strandedPeakToday, state.Stranded);
        if (state.Stranded > PeakStranded)
        {
            PeakStranded = state.Stranded;
            PeakStrandedTick = tick;
        }
    }

    public void EndDay(int day, int poolRemaining)
    {
        _total.Add(_today);
        Days[day] = new DayRecord
        {
            Date = _calendar.DateOfDay(day),
            EndOfDay = CurrentState(),
            StrandedPeak = _strandedPeakToday,
            Flows = _today,
            Cumulative = _total,
            PoolRemaining = poolRemaining,
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
