using BorderSim.Core.Model;
using BorderSim.Core.Results;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// The engine's passive monitor: running counts of persons in each state, the day's flows, per-tick and per-day
/// records and the tallies behind the summary. Every change of state goes through <see cref="Move"/>, so the counts
/// cannot drift from the groups.
/// </summary>
public sealed class RunRecorder
{
    private readonly SimulationCalendar _calendar;
    private readonly long[] _personsIn = new long[GroupStates.Count];
    private readonly long[] _strandedByNationality;
    private readonly long[] _strandedByVulnerability = new long[2];
    private long _strandedVulnerable;
    private int _strandedPeakToday;
    private DailyFlows _today;
    private DailyFlows _total;

    public RunRecorder(SimulationCalendar calendar, int nationalities)
    {
        _calendar = calendar;
        Ticks = new TickRecord[calendar.TotalTicks];
        Days = new DayRecord[calendar.Days];
        StrandedTicksHistogram = new long[calendar.TotalTicks + 1];
        _strandedByNationality = new long[nationalities];
        ByNationality = new GroupTally[nationalities];
        ByVulnerability = new GroupTally[2];
        for (var i = 0; i < nationalities; i++)
        {
            ByNationality[i] = new GroupTally();
        }

        ByVulnerability[0] = new GroupTally();
        ByVulnerability[1] = new GroupTally();
    }

    public TickRecord[] Ticks { get; }

    public DayRecord[] Days { get; }

    /// <summary>Persons by the number of ticks they spent stranded (only persons who were ever stranded; those still stranded at the end are counted with their time so far).</summary>
    public long[] StrandedTicksHistogram { get; }

    public GroupTally[] ByNationality { get; }

    /// <summary>[0] groups without vulnerable members, [1] vulnerable groups.</summary>
    public GroupTally[] ByVulnerability { get; }

    public long StrandedPersonTicks { get; private set; }

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

    /// <summary>Moves a group to a new state at <paramref name="tick"/>, keeping every count in step.</summary>
    public void Move(ref Group group, GroupState to, int tick)
    {
        var from = group.State;
        var size = group.Size;
        _personsIn[(int)from] -= size;
        _personsIn[(int)to] += size;
        if (from == GroupState.Stranded)
        {
            group.StrandedTicks += tick - group.WaitingSinceTick;
            AdjustStranded(ref group, -size);
        }

        if (to == GroupState.Stranded)
        {
            AdjustStranded(ref group, size);
        }

        if (to is GroupState.Stranded or GroupState.Sheltered)
        {
            group.WaitingSinceTick = tick;
        }

        group.State = to;
        if (to.IsOutcome())
        {
            Finished(ref group);
        }
    }

    private void AdjustStranded(ref Group group, int persons)
    {
        _strandedByNationality[group.Nationality] += persons;
        _strandedByVulnerability[group.Vulnerable ? 1 : 0] += persons;
        if (group.Vulnerable)
        {
            _strandedVulnerable += persons;
        }
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
        if (group.StrandedTicks > 0)
        {
            StrandedTicksHistogram[group.StrandedTicks] += size;
        }
    }

    /// <summary>At the end of the window: counts the stranding time of groups that are still live.</summary>
    public void Censor(ref Group group, int endTick)
    {
        var ticks = group.StrandedTicks + (group.State == GroupState.Stranded ? endTick - group.WaitingSinceTick : 0);
        if (ticks > 0)
        {
            StrandedTicksHistogram[ticks] += group.Size;
        }
    }

    public void StartDay()
    {
        _today = default;
        _strandedPeakToday = 0;
    }

    public void EndTick(int tick)
    {
        var stranded = (int)_personsIn[(int)GroupState.Stranded];
        var state = CurrentState();
        Ticks[tick] = new TickRecord { Tick = tick, Start = _calendar.StartOf(tick), State = state };
        StrandedPersonTicks += stranded;
        for (var n = 0; n < _strandedByNationality.Length; n++)
        {
            ByNationality[n].StrandedPersonTicks += _strandedByNationality[n];
        }

        ByVulnerability[0].StrandedPersonTicks += _strandedByVulnerability[0];
        ByVulnerability[1].StrandedPersonTicks += _strandedByVulnerability[1];
        _strandedPeakToday = Math.Max(_strandedPeakToday, stranded);
        if (stranded > PeakStranded)
        {
            PeakStranded = stranded;
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

    public long StrandedPersonTicks { get; set; }

    public long[] Outcomes { get; } = new long[GroupStates.Outcomes.Length];

    public void Outcome(GroupState state, int persons) =>
        Outcomes[state - GroupState.CrossedRegular] += persons;
}
