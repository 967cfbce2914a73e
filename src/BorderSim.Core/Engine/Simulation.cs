using System.Runtime.CompilerServices;
using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Engine;

/// <summary>
/// The discrete-time engine. It owns the clock, the random streams and the groups. Each tick runs, in order:
/// departures; each group's own processes (travel, the stranded decision, the irregular route, shelters) played out
/// to the tick's end on the group's own minute clock; the Chacalluta queue with Santa Rosa's entry rule; places
/// (repatriation, corridor, shelter); then the recorder. Shared resources (capacity, places) and policies act per
/// tick and per day; a group's own hazards act in continuous time, so results do not depend on the tick length.
/// </summary>
public sealed class Simulation
{
    private readonly Scenario _scenario;
    private readonly Behaviour _behaviour;
    private readonly SimulationCalendar _calendar;
    private readonly DayConditions[] _days;
    private readonly RandomStreams _random;
    private readonly GroupFactory _factory;
    private readonly ChacallutaCapacity _chacalluta;
    private readonly StrandedDecisions _strandedDecisions = new();
    private readonly PlaceAllocator _places = new();
    private readonly GroupStore _groups = new();
    private readonly ArrivalWheel _arrivals;
    private readonly FifoQueue _queue = new();
    private readonly RunRecorder _recorder;
    private readonly int _minutesPerTick;
    private readonly double _tickDays;

    private DayConditions _today;
    private DailyBudget _chacallutaBudget;
    private DailyBudget _corridorBudget;
    private DailyBudget _shelterBudget;
    private DailyBudget _repatriationBudget;
    private double _detectionRatePerDay;
    private double _detectionInFullTick;
    private double _representInFullTick;
    private double _interceptedReturnedInlandShare;
    private int _poolPersons;
    private int _tickStart;
    private int _tickEnd;

    public Simulation(Scenario scenario, ulong seed, TickLength tick)
    {
        _scenario = scenario;
        _behaviour = scenario.Behaviour;
        _calendar = new SimulationCalendar(scenario.Window.Start, scenario.Window.End, tick);
        _days = PolicyTimeline.Compile(scenario, _calendar);
        _random = new RandomStreams(seed);
        _factory = new GroupFactory(scenario.Population, scenario.Travel);
        _chacalluta = new ChacallutaCapacity(scenario.Border);
        _recorder = new RunRecorder(_calendar, scenario.Population.Nationalities.Count);
        _minutesPerTick = tick.Hours * Minutes.PerHour;
        _arrivals = new ArrivalWheel(_minutesPerTick);
        _tickDays = tick.Days;
        _poolPersons = scenario.Population.PoolPersons;
        Seed = seed;
    }

    public ulong Seed { get; }

    public SimulationCalendar Calendar => _calendar;

    public GroupStore Groups => _groups;

    public RunRecorder Recorder => _recorder;

    public int PoolPersons => _poolPersons;

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

    /// <summary>Advances one tick.</summary>
    public void Step()
    {
        var tick = CurrentTick;
        var tickInDay = _calendar.TickInDay(tick);
        _tickStart = tick * _minutesPerTick;
        _tickEnd = _tickStart + _minutesPerTick;
        if (tickInDay == 0)
        {
            StartDay(_calendar.DayOf(tick));
        }

        Departures();
        MoveGroups(tick);
        ServeChacalluta(tick);
        AllocatePlaces(tickInDay);
        _recorder.EndTick(tick);
        if (tickInDay == _calendar.TicksPerDay - 1)
        {
            _recorder.EndDay(_calendar.DayOf(tick), _poolPersons);
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

    private void StartDay(int day)
    {
        _today = _days[day];
        _recorder.StartDay();
        _strandedDecisions.Prepare(_behaviour, _today, _tickDays);
        _detectionRatePerDay = _behaviour.IrregularRoute.DetectionRatePerDay * _today.DetectionMultiplier;
        _detectionInFullTick = Hazard.Probability(_detectionRatePerDay, _tickDays);
        _representInFullTick = Hazard.Probability(_behaviour.RepresentRatePerDay, _tickDays);
        _interceptedReturnedInlandShare = _today.InterceptedReturnedInlandShare ?? _behaviour.IrregularRoute.InterceptedReturnedInlandShare;
        _chacallutaBudget.StartDay();
        _corridorBudget.StartDay();
        _shelterBudget.StartDay();
        _repatriationBudget.StartDay();
    }

    /// <summary>
    /// Groups leave the pool as a Poisson process, at a uniformly drawn minute of the tick:
    /// persons per day = base · Π multipliers · pool / initial pool.
    /// </summary>
    private void Departures()
    {
        var population = _scenario.Population;
        if (_poolPersons <= 0 || population.PoolPersons <= 0)
        {
            return;
        }

        var personsPerDay = population.BaseDeparturesPersonsPerDay * _today.DepartureMultiplier * _poolPersons / population.PoolPersons;
        var expectedGroups = personsPerDay * _tickDays / _factory.MeanGroupSize;
        if (expectedGroups <= 0)
        {
            return;
        }

        var count = Poisson.Sample(_random.Departures, expectedGroups);
        var attributes = _random.Attributes;
        for (var i = 0; i < count && _poolPersons > 0; i++)
        {
            var minute = _tickStart + (int)(attributes.NextUnit() * _minutesPerTick);
            var group = _factory.Create(minute, Math.Min(_poolPersons, byte.MaxValue), attributes);
            _poolPersons -= group.Size;
            var slot = _groups.Add(group);
            _recorder.Departed(ref _groups[slot]);
            _arrivals.Add(slot, group);
        }
    }

    /// <summary>
    /// Plays every scheduled group forward, in slot order (the order in which they draw from the behaviour stream):
    /// the stranded, those on the route or in a shelter, and the travellers that reach Arica this tick. Queued groups
    /// and travellers still on the way are not visited: nothing of theirs happens until Chacalluta serves them or
    /// they arrive.
    /// </summary>
    private void MoveGroups(int tick)
    {
        _arrivals.Release(tick, _groups);
        var random = _random.Behaviour;
        foreach (var slot in _groups.ScheduledSlots)
        {
            ref var g = ref _groups[slot];
            Advance(ref g, slot, random);
            if (!HasOwnProcesses(g.State))
            {
                _groups.Unschedule(slot);
            }
        }
    }

    /// <summary>Stranded, on the route or sheltered: states whose hazards the engine plays every tick (scheduled).</summary>
    private static bool HasOwnProcesses(GroupState state) =>
        state is GroupState.Stranded or GroupState.IrregularRoute or GroupState.Sheltered;

    /// <summary>
    /// Plays a group's own processes forward to the end of the tick, or until it queues or finishes. Inlined into the
    /// tick loop with the common steps (a stranded group or one on the route that carries on); the rare branches stay
    /// out of line so that the loop stays small.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance(ref Group g, int slot, RandomStream random)
    {
        while (g.ClockMinute < _tickEnd)
        {
            switch (g.State)
            {
                case GroupState.Travelling:
                    if (g.UntilMinute <= _tickEnd)
                    {
                        ArriveInArica(ref g, slot, g.UntilMinute, random);
                    }
                    else
                    {
                        g.ClockMinute = _tickEnd;
                    }

                    break;
                case GroupState.Stranded:
                    DecideStranded(ref g, slot, random);
                    break;
                case GroupState.IrregularRoute:
                    AdvanceIrregularRoute(ref g, slot, random);
                    break;
                case GroupState.Sheltered:
                    WaitInShelter(ref g, slot, random);
                    break;
                default:
                    return; // queued (Chacalluta moves it), or finished
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ArriveInArica(ref Group g, int slot, int minute, RandomStream random)
    {
        _recorder.Today.ArrivalsAtBorder += g.Size;
        g.ClockMinute = minute;
        if (!g.Documented && random.Chance(ArrivalDecision.DirectIrregularProbability(_behaviour, _today, g.HasMoney)))
        {
            StartIrregularRoute(ref g, minute, random);
        }
        else
        {
            Enqueue(ref g, slot, minute);
        }
    }

    /// <summary>
    /// Competing risks from the group's clock to the tick's end (or to the minute its patience runs out). Over a full
    /// tick the chance that anything happens is one look-up by traits and impatience; the combination of rates is
    /// only worked out when something does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void DecideStranded(ref Group g, int slot, RandomStream random)
    {
        var from = g.ClockMinute;
        var impatientFrom = g.ImpatientFromMinute;
        var impatient = from >= impatientFrom;
        var end = impatient ? _tickEnd : Math.Min(_tickEnd, impatientFrom);
        var exposure = end - from;
        var p = exposure == _minutesPerTick
            ? _strandedDecisions.AnyInFullTick(g.Traits, impatient)
            : StrandedProbability(g, impatient, exposure);
        var u = random.NextUnit();
        if (u >= p)
        {
            g.ClockMinute = end;
            return;
        }

        StrandedEvent(ref g, slot, impatient, from, end, u, random);
    }

    /// <summary>The probability that anything happens to a stranded group over part of a tick.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double StrandedProbability(in Group g, bool impatient, int exposureMinutes) =>
        _strandedDecisions.ProbabilityOfAny(StrandedCombination(g, impatient), Minutes.ToDays(exposureMinutes));

    /// <summary>Something happens to a stranded group in [from, end) at the draw u: when, and which of the competing choices.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StrandedEvent(ref Group g, int slot, bool impatient, int from, int end, double u, RandomStream random)
    {
        var combination = StrandedCombination(g, impatient);
        var minute = EventMinute(from, end, u, _strandedDecisions.TotalRatePerDay(combination));
        switch (_strandedDecisions.Choose(combination, random.NextUnit()))
        {
            case StrandedChoice.TryIrregularRoute:
                StartIrregularRoute(ref g, minute, random);
                break;
            case StrandedChoice.GiveUp:
                Finish(ref g, slot, GroupState.ReturnedInland, minute);
                break;
            default:
                Enqueue(ref g, slot, minute);
                break;
        }
    }

    private int StrandedCombination(in Group g, bool impatient) =>
        StrandedDecisions.Combination(g.HasMoney, impatient, _today.Admits(g.Documented, g.Vulnerable));

    private void StartIrregularRoute(ref Group g, int minute, RandomStream random)
    {
        _recorder.Today.IrregularAttempts += g.Size;
        _recorder.Move(ref g, GroupState.IrregularRoute, minute);
        g.UntilMinute = minute + Minutes.FromDays(GroupFactory.DrawDays(_behaviour.IrregularRoute.DurationDays, random));
    }

    /// <summary>On the route the group may be detected at the day's hazard; if not by the route's end, it has crossed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AdvanceIrregularRoute(ref Group g, int slot, RandomStream random)
    {
        var from = g.ClockMinute;
        var end = Math.Min(_tickEnd, g.UntilMinute);
        var exposure = end - from;
        var p = exposure == _minutesPerTick ? _detectionInFullTick : Hazard.Probability(_detectionRatePerDay, Minutes.ToDays(exposure));
        var u = random.NextUnit();
        if (u < p)
        {
            Intercept(ref g, slot, EventMinute(from, end, u, _detectionRatePerDay), random);
        }
        else if (end >= g.UntilMinute)
        {
            Finish(ref g, slot, GroupState.CrossedIrregular, g.UntilMinute);
        }
        else
        {
            g.ClockMinute = end;
        }
    }

    /// <summary>Detected on the route: sent back inland, or left stranded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Intercept(ref Group g, int slot, int minute, RandomStream random)
    {
        _recorder.Today.Intercepted += g.Size;
        if (random.Chance(_interceptedReturnedInlandShare))
        {
            Finish(ref g, slot, GroupState.ReturnedInland, minute);
        }
        else
        {
            _recorder.Move(ref g, GroupState.Stranded, minute);
        }
    }

    /// <summary>A sheltered group presents again once the entry rule would admit it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WaitInShelter(ref Group g, int slot, RandomStream random)
    {
        var from = g.ClockMinute;
        if (!_today.Admits(g.Documented, g.Vulnerable))
        {
            g.ClockMinute = _tickEnd;
            return;
        }

        var exposure = _tickEnd - from;
        var p = exposure == _minutesPerTick ? _representInFullTick : Hazard.Probability(_behaviour.RepresentRatePerDay, Minutes.ToDays(exposure));
        var u = random.NextUnit();
        if (u < p)
        {
            Enqueue(ref g, slot, EventMinute(from, _tickEnd, u, _behaviour.RepresentRatePerDay));
        }
        else
        {
            g.ClockMinute = _tickEnd;
        }
    }

    /// <summary>The minute of an event that a draw u &lt; 1 − exp(−r·e) places in [from, end): −ln(1 − u)/r days after from.</summary>
    private static int EventMinute(int from, int end, double u, double ratePerDay)
    {
        var offset = -Math.Log(1.0 - u) / ratePerDay * Minutes.PerDay;
        return Math.Min(end - 1, from + (int)offset);
    }

    private void Enqueue(ref Group g, int slot, int minute)
    {
        _recorder.Move(ref g, GroupState.Queued, minute);
        _queue.Enqueue(slot);
    }

    /// <summary>
    /// Chacalluta serves its queue first in, first out, within the capacity left this tick; each group is served at
    /// the minute the tick's capacity reaches it, and Santa Rosa then admits or refuses it.
    /// </summary>
    private void ServeChacalluta(int tick)
    {
        var capacity = _chacalluta.ForMigrantsInTick(_calendar.DateOf(tick), _calendar.HourOf(tick), _calendar.Tick.Hours, _today.ChacallutaCapacityMultiplier);
        var available = _chacallutaBudget.Open(capacity);
        var availableAtStart = available;
        while (_queue.Count > 0)
        {
            var slot = _queue.Peek();
            ref var g = ref _groups[slot];
            if (g.Size > available)
            {
                break;
            }

            _queue.Dequeue();
            var served = availableAtStart - available;
            var minute = Math.Max(g.ClockMinute, _tickStart + (int)((long)_minutesPerTick * served / availableAtStart));
            available -= g.Size;
            _chacallutaBudget.Use(g.Size);
            PresentAtSantaRosa(ref g, slot, Math.Min(minute, _tickEnd - 1));
        }
    }

    private void PresentAtSantaRosa(ref Group g, int slot, int minute)
    {
        if (_today.Admits(g.Documented, g.Vulnerable))
        {
            Finish(ref g, slot, GroupState.CrossedRegular, minute);
        }
        else
        {
            _recorder.Today.RefusedAtSantaRosa += g.Size;
            _recorder.Move(ref g, GroupState.Stranded, minute);
            Advance(ref g, slot, _random.Behaviour);
            if (HasOwnProcesses(g.State))
            {
                _groups.Schedule(slot);
            }
        }
    }

    private void AllocatePlaces(int tickInDay)
    {
        var share = 1.0 / _calendar.TicksPerDay;

        // A day's repatriation seats fly at the start of the day; corridor and shelter places are spread over it.
        if (_repatriationBudget.Open(tickInDay == 0 ? _today.RepatriationSeatsPerDay : 0) > 0)
        {
            _places.Allocate(PlaceKind.Repatriation, _groups, ref _repatriationBudget, _today, _recorder);
        }

        if (_corridorBudget.Open(_today.CorridorPlacesPerDay * share) > 0)
        {
            _places.Allocate(PlaceKind.Corridor, _groups, ref _corridorBudget, _today, _recorder);
        }

        if (_shelterBudget.Open(_today.ShelterPlacesPerDay * share) > 0)
        {
            _places.Allocate(PlaceKind.Shelter, _groups, ref _shelterBudget, _today, _recorder);
        }
    }

    private void Finish(ref Group g, int slot, GroupState outcome, int minute)
    {
        _recorder.Move(ref g, outcome, minute);
        _groups.Free(slot);
    }
}
