using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>
/// The engine. It owns the clock, the random streams, the groups and the shared resources, and it handles every
/// event at its own minute, in time order: departures, arrivals in Arica, the competing risks of queued and stranded
/// groups, detection on the irregular route, Chacalluta processing its queue, and corridor, shelter and repatriation
/// places. Groups' hazards and the shared resources therefore compete in the same continuous time. Policies change
/// at midnight: each day starts by loading the day's conditions and letting every waiting group draw its next event
/// under them (a process without memory may be drawn again at any time).
/// <para>
/// The engine steps in ticks only to record: after the events of each hour it notes the state, and after each tick
/// and day it writes their records. Nothing else depends on the tick, so daily results, the summary and every key
/// figure are identical for every tick length.
/// </para>
/// </summary>
public sealed class Simulation
{
    // The engine's own processes act after every group at the same minute (negative actors sort last).
    private const int DepartureActor = -5;
    private const int RepatriationActor = -4;
    private const int ShelterActor = -3;
    private const int CorridorActor = -2;
    private const int ChacallutaActor = -1;

    private readonly Scenario _scenario;
    private readonly Behaviour _behaviour;
    private readonly SimulationCalendar _calendar;
    private readonly DayConditions[] _days;
    private readonly RandomStreams _random;
    private readonly GroupFactory _factory;
    private readonly StrandedDecisions _strandedDecisions = new();
    private readonly QueueDecisions _queueDecisions = new();
    private readonly ChacallutaService _chacalluta;
    private readonly PlaceService _corridor = new(PlaceKind.Corridor);
    private readonly PlaceService _shelter = new(PlaceKind.Shelter);
    private readonly WaitingList _waiting = new();
    private readonly GroupStore _groups = new();
    private readonly ArrivalWheel _arrivals = new();
    private readonly EventQueue _events = new();
    private readonly RunRecorder _recorder;
    private readonly int _minutesPerTick;

    private DayConditions _today;
    private int _dayStart;
    private int _dayEnd;
    private double _detectionRatePerDay;
    private double _interceptedReturnedInlandShare;
    private int _poolPersons;
    private int _stamp;
    private double _nextDepartureMinute;
    private int _departureStamp;
    private int _flightStamp;

    public Simulation(Scenario scenario, ulong seed, TickLength tick)
    {
        _scenario = scenario;
        _behaviour = scenario.Behaviour;
        _calendar = new SimulationCalendar(scenario.Window.Start, scenario.Window.End, tick);
        _days = PolicyTimeline.Compile(scenario, _calendar);
        _random = new RandomStreams(seed);
        _factory = new GroupFactory(scenario.Population, scenario.Travel);
        _chacalluta = new ChacallutaService(scenario.Border);
        _recorder = new RunRecorder(_calendar, scenario.Population.Nationalities.Count);
        _minutesPerTick = tick.Hours * Minutes.PerHour;
        _poolPersons = scenario.Population.PoolPersons;
        Seed = seed;
    }

    public ulong Seed { get; }

    public SimulationCalendar Calendar => _calendar;

    public GroupStore Groups => _groups;

    public RunRecorder Recorder => _recorder;

    public int PoolPersons => _poolPersons;

    /// <summary>Persons Chacalluta has processed so far today.</summary>
    public int ChacallutaUsedToday => _chacalluta.UsedToday;

    /// <summary>Ticks run so far.</summary>
    public int CurrentTick { get; private set; }

    public bool Finished => CurrentTick >= _calendar.TotalTicks;

    /// <summary>Runs the whole window and returns the result.</summary>
    public RunResult Run()
    {
        while (!Finished)
        {
            Step();
        }

        return Complete();
    }

    /// <summary>Advances one tick: handles its events hour by hour in time order, recording the state after each hour.</summary>
    public void Step()
    {
        var tick = CurrentTick;
        var tickStart = tick * _minutesPerTick;
        if (tickStart % Minutes.PerDay == 0)
        {
            StartDay(tickStart / Minutes.PerDay);
        }

        for (var hourEnd = tickStart + Minutes.PerHour; hourEnd <= tickStart + _minutesPerTick; hourEnd += Minutes.PerHour)
        {
            while (_events.NextMinute < hourEnd)
            {
                Handle(_events.Pop());
            }

            _recorder.EndHour((hourEnd / Minutes.PerHour) - 1);
        }

        _recorder.EndTick(tick);
        if ((tickStart + _minutesPerTick) % Minutes.PerDay == 0)
        {
            _recorder.EndDay(tickStart / Minutes.PerDay, _poolPersons);
        }

        CurrentTick = tick + 1;
    }

    /// <summary>Closes the run: counts the stranding time of groups still live and builds the result.</summary>
    public RunResult Complete()
    {
        var end = CurrentTick * _minutesPerTick;
        var groups = _groups.Span;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].State != GroupState.Free)
            {
                _recorder.Censor(ref groups[i], end);
            }
        }

        return RunResult.From(_scenario, Seed, _calendar, _recorder);
    }

    /// <summary>
    /// Loads the day's conditions and resources, then lets every group with hazards draw its next event under the day's
    /// rates (in slot order), puts the day's arrivals and the next departure on the event queue, and points the shared
    /// resources at the groups they serve first.
    /// </summary>
    private void StartDay(int day)
    {
        _dayStart = day * Minutes.PerDay;
        _dayEnd = _dayStart + Minutes.PerDay;
        _today = _days[day];
        _recorder.StartDay();
        _strandedDecisions.Prepare(_behaviour, _today);
        _queueDecisions.Prepare(_behaviour, _today);
        _detectionRatePerDay = _behaviour.IrregularRoute.DetectionRatePerDay * _today.DetectionMultiplier;
        _interceptedReturnedInlandShare = _today.InterceptedReturnedInlandShare ?? _behaviour.IrregularRoute.InterceptedReturnedInlandShare;
        _waiting.Compact(_groups);
        _chacalluta.StartDay(_dayStart, _calendar.DateOfDay(day), _today.ChacallutaCapacityMultiplier);
        _corridor.StartDay(_dayStart, _today);
        _shelter.StartDay(_dayStart, _today);

        foreach (var slot in _groups.ScheduledSlots)
        {
            DrawNextEvent(slot, _dayStart);
        }

        _arrivals.Release(day, _groups, _events);
        ScheduleDeparture(_dayStart);
        ReviewChacalluta(_dayStart);
        ReviewPlaces(_corridor, CorridorActor, _dayStart);
        ReviewPlaces(_shelter, ShelterActor, _dayStart);
        if (_today.RepatriationSeatsPerDay >= 1)
        {
            _events.Push(_dayStart + Places.FlightMinuteOfDay, RepatriationActor, ++_flightStamp);
        }
    }

    private void Handle(EventQueue.Entry e)
    {
        switch (e.Actor)
        {
            case >= 0:
                HandleGroupEvent(e);
                break;
            case DepartureActor when e.Stamp == _departureStamp:
                Depart();
                break;
            case ChacallutaActor when e.Stamp == _chacalluta.EventStamp:
                ProcessAtChacalluta(e.Minute);
                break;
            case CorridorActor when e.Stamp == _corridor.EventStamp:
                GivePlaces(_corridor, CorridorActor, e.Minute);
                break;
            case ShelterActor when e.Stamp == _shelter.EventStamp:
                GivePlaces(_shelter, ShelterActor, e.Minute);
                break;
            case RepatriationActor when e.Stamp == _flightStamp:
                Fly(e.Minute);
                break;
        }
    }

    private void HandleGroupEvent(EventQueue.Entry e)
    {
        var slot = e.Actor;
        ref var g = ref _groups[slot];
        if (g.Stamp != e.Stamp)
        {
            return; // the group has moved on since the event was drawn
        }

        var minute = e.Minute;
        switch (e.Kind)
        {
            case GroupEvent.Arrival:
                ArriveInArica(slot, minute);
                break;
            case GroupEvent.Decision when g.State == GroupState.Queued:
                LeaveQueue(slot, minute);
                break;
            case GroupEvent.Decision:
                DecideStranded(slot, minute);
                break;
            case GroupEvent.Impatience:
                DrawNextEvent(slot, minute);
                break;
            case GroupEvent.Detection:
                Intercept(slot, minute);
                break;
            case GroupEvent.RouteEnd:
                MoveTo(slot, GroupState.CrossedIrregular, minute);
                break;
            case GroupEvent.Represent:
                MoveTo(slot, GroupState.Queued, minute);
                break;
        }
    }

    /// <summary>
    /// Groups leave the pool as a Poisson process of rate base · Π multipliers · pool / initial pool persons per day (in
    /// groups: divided by the mean group size), drawn again after each departure, as the pool shrinks, and each day.
    /// </summary>
    private void ScheduleDeparture(double fromMinute)
    {
        var population = _scenario.Population;
        if (_poolPersons <= 0 || population.PoolPersons <= 0)
        {
            return;
        }

        var groupsPerDay = population.BaseDeparturesPersonsPerDay * _today.DepartureMultiplier * _poolPersons
            / population.PoolPersons / _factory.MeanGroupSize;
        if (groupsPerDay <= 0)
        {
            return;
        }

        var next = fromMinute + (-Math.Log(1.0 - _random.Departures.NextUnit()) / groupsPerDay * Minutes.PerDay);
        if (next < _dayEnd)
        {
            _nextDepartureMinute = next;
            _events.Push((int)next, DepartureActor, ++_departureStamp);
        }
    }

    private void Depart()
    {
        var minute = (int)_nextDepartureMinute;
        var group = _factory.Create(minute, Math.Min(_poolPersons, byte.MaxValue), _random.Attributes);
        group.Stamp = ++_stamp;
        _poolPersons -= group.Size;
        var slot = _groups.Add(group);
        ref var g = ref _groups[slot];
        _recorder.Departed(ref g);
        if (g.UntilMinute < _dayEnd)
        {
            _events.Push(g.UntilMinute, slot, g.Stamp, GroupEvent.Arrival);
        }
        else
        {
            _arrivals.Add(slot, g);
        }

        ScheduleDeparture(_nextDepartureMinute);
    }

    /// <summary>
    /// Draws the next event of a queued, stranded, on-the-route or sheltered group from <paramref name="now"/> under
    /// today's rates. An event that would fall after today (or, for a stranded group, after its patience runs out) is
    /// not queued: the group draws again then.
    /// </summary>
    private void DrawNextEvent(int slot, int now)
    {
        ref var g = ref _groups[slot];
        var lastToday = _dayEnd - 1;
        switch (g.State)
        {
            case GroupState.Queued:
            {
                var rate = _queueDecisions.TotalRatePerDay(QueueDecisions.Combination(g.Documented, g.HasMoney));
                Push(slot, g.Stamp, NextMinute(now, rate, lastToday), GroupEvent.Decision);
                break;
            }

            case GroupState.Stranded:
            {
                var impatientFrom = g.ImpatientFromMinute;
                var impatient = now >= impatientFrom;
                var rate = _strandedDecisions.TotalRatePerDay(StrandedCombination(g, impatient));
                var minute = NextMinute(now, rate, impatient ? lastToday : Math.Min(lastToday, impatientFrom - 1));
                if (minute != int.MaxValue)
                {
                    Push(slot, g.Stamp, minute, GroupEvent.Decision);
                }
                else if (!impatient && impatientFrom <= lastToday)
                {
                    Push(slot, g.Stamp, impatientFrom, GroupEvent.Impatience);
                }

                break;
            }

            case GroupState.IrregularRoute:
            {
                var detected = NextMinute(now, _detectionRatePerDay, Math.Min(lastToday, g.UntilMinute - 1));
                if (detected != int.MaxValue)
                {
                    Push(slot, g.Stamp, detected, GroupEvent.Detection);
                }
                else if (g.UntilMinute <= lastToday)
                {
                    Push(slot, g.Stamp, Math.Max(now, g.UntilMinute), GroupEvent.RouteEnd);
                }

                break;
            }

            case GroupState.Sheltered:
                if (_today.Admits(g.Documented, g.Vulnerable))
                {
                    Push(slot, g.Stamp, NextMinute(now, _behaviour.RepresentRatePerDay, lastToday), GroupEvent.Represent);
                }

                break;
        }
    }

    /// <summary>The minute of the next event at <paramref name="ratePerDay"/> from <paramref name="now"/>; one draw, none for a zero rate.</summary>
    private int NextMinute(int now, double ratePerDay, int notAfter) =>
        ratePerDay > 0 ? Hazard.NextMinute(now, ratePerDay, _random.Behaviour.NextUnit(), notAfter) : int.MaxValue;

    private void Push(int slot, int stamp, int minute, GroupEvent kind)
    {
        if (minute != int.MaxValue)
        {
            _events.Push(minute, slot, stamp, kind);
        }
    }

    private int StrandedCombination(in Group g, bool impatient) =>
        StrandedDecisions.Combination(g.HasMoney, impatient, _today.Admits(g.Documented, g.Vulnerable));

    /// <summary>Every group reaching Arica is counted; an undocumented one may head straight for the irregular route, the others queue.</summary>
    private void ArriveInArica(int slot, int minute)
    {
        ref var g = ref _groups[slot];
        _recorder.Today.ArrivalsAtBorder += g.Size;
        if (!g.Documented && _random.Behaviour.Chance(ArrivalDecision.DirectIrregularProbability(_behaviour, _today, g.HasMoney)))
        {
            StartIrregularRoute(slot, minute);
        }
        else
        {
            MoveTo(slot, GroupState.Queued, minute);
        }
    }

    private void LeaveQueue(int slot, int minute)
    {
        ref var g = ref _groups[slot];
        var choice = _queueDecisions.Choose(QueueDecisions.Combination(g.Documented, g.HasMoney), _random.Behaviour.NextUnit());
        if (choice == QueueChoice.TryIrregularRoute)
        {
            StartIrregularRoute(slot, minute);
        }
        else
        {
            MoveTo(slot, GroupState.ReturnedInland, minute);
        }
    }

    private void DecideStranded(int slot, int minute)
    {
        ref var g = ref _groups[slot];
        var combination = StrandedCombination(g, minute >= g.ImpatientFromMinute);
        switch (_strandedDecisions.Choose(combination, _random.Behaviour.NextUnit()))
        {
            case StrandedChoice.TryIrregularRoute:
                StartIrregularRoute(slot, minute);
                break;
            case StrandedChoice.GiveUp:
                MoveTo(slot, GroupState.ReturnedInland, minute);
                break;
            default:
                MoveTo(slot, GroupState.Queued, minute);
                break;
        }
    }

    private void StartIrregularRoute(int slot, int minute)
    {
        ref var g = ref _groups[slot];
        _recorder.Today.IrregularAttempts += g.Size;
        g.UntilMinute = minute + Minutes.FromDays(GroupFactory.DrawDays(_behaviour.IrregularRoute.DurationDays, _random.Behaviour));
        MoveTo(slot, GroupState.IrregularRoute, minute);
    }

    /// <summary>Detected on the route: sent back inland, or left stranded.</summary>
    private void Intercept(int slot, int minute)
    {
        _recorder.Today.Intercepted += _groups[slot].Size;
        var inland = _random.Behaviour.Chance(_interceptedReturnedInlandShare);
        MoveTo(slot, inland ? GroupState.ReturnedInland : GroupState.Stranded, minute);
    }

    /// <summary>Chacalluta processes the head of its queue, and Santa Rosa admits or refuses it at once.</summary>
    private void ProcessAtChacalluta(int minute)
    {
        var slot = _chacalluta.TargetSlot;
        ref var g = ref _groups[slot];
        _chacalluta.Serve(g.Size);
        if (_today.Admits(g.Documented, g.Vulnerable))
        {
            MoveTo(slot, GroupState.CrossedRegular, minute);
        }
        else
        {
            _recorder.Today.RefusedAtSantaRosa += g.Size;
            MoveTo(slot, GroupState.Stranded, minute);
        }

        ReviewChacalluta(minute);
    }

    /// <summary>The corridor or a shelter takes its target, then looks for the next.</summary>
    private void GivePlaces(PlaceService service, int actor, int minute)
    {
        var slot = service.TargetSlot;
        var size = _groups[slot].Size;
        service.Serve(size);
        if (service.Kind == PlaceKind.Shelter)
        {
            _recorder.Today.ShelterAdmissions += size;
        }

        MoveTo(slot, Places.Destination(service.Kind), minute);
        ReviewPlaces(service, actor, minute);
    }

    /// <summary>
    /// A repatriation flight leaves with its seats: eligible waiting groups board longest waiting first, each whole or
    /// not at all (a group larger than the seats left is passed over).
    /// </summary>
    private void Fly(int minute)
    {
        var seats = (int)Math.Floor(_today.RepatriationSeatsPerDay + 1e-9);
        for (var i = 0; i < _waiting.Count && seats > 0; i++)
        {
            var slot = _waiting.LiveSlot(i, _groups);
            if (slot < 0)
            {
                continue;
            }

            ref var g = ref _groups[slot];
            if (g.Size <= seats && Places.IsEligible(PlaceKind.Repatriation, g, _today))
            {
                seats -= g.Size;
                MoveTo(slot, GroupState.Repatriated, minute);
            }
        }
    }

    /// <summary>
    /// The one place where a group changes state: records the move, gives the new stay its stamp, files the group
    /// where the new state needs it (Chacalluta's queue, the waiting list, the groups with hazards, or a freed slot),
    /// lets the shared resources look again if the move concerns them, and draws the group's next event.
    /// </summary>
    private void MoveTo(int slot, GroupState to, int minute)
    {
        ref var g = ref _groups[slot];
        _recorder.Move(ref g, to, minute);
        g.Stamp = ++_stamp;
        var wasChacallutaTarget = slot == _chacalluta.TargetSlot;
        var corridorLooks = slot == _corridor.TargetSlot;
        var shelterLooks = slot == _shelter.TargetSlot;
        if (to.IsOutcome())
        {
            _groups.Free(slot);
        }
        else
        {
            _groups.Schedule(slot);
        }

        if (to == GroupState.Queued)
        {
            _chacalluta.Enqueue(slot, g.Stamp);
        }
        else if (to is GroupState.Stranded or GroupState.Sheltered)
        {
            _waiting.Add(slot, g.Stamp);
            corridorLooks |= _corridor.MayPrefer(g);
            shelterLooks |= _shelter.MayPrefer(g);
        }

        if (wasChacallutaTarget || (to == GroupState.Queued && _chacalluta.TargetSlot < 0))
        {
            ReviewChacalluta(minute);
        }

        if (corridorLooks)
        {
            ReviewPlaces(_corridor, CorridorActor, minute);
        }

        if (shelterLooks)
        {
            ReviewPlaces(_shelter, ShelterActor, minute);
        }

        if (!to.IsOutcome())
        {
            DrawNextEvent(slot, minute);
        }
    }

    private void ReviewChacalluta(int now)
    {
        if (_chacalluta.Review(now, _groups))
        {
            _events.Push(_chacalluta.TargetMinute, ChacallutaActor, _chacalluta.EventStamp);
        }
    }

    private void ReviewPlaces(PlaceService service, int actor, int now)
    {
        if (service.Review(now, _waiting, _groups, _today))
        {
            _events.Push(service.TargetMinute, actor, service.EventStamp);
        }
    }
}
