using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Engine;

/// <summary>
/// The discrete-time engine. It owns the clock, the random streams and the groups; each tick runs, in order:
/// departures, the groups' own moves (arrivals, stranded decisions, the irregular route, shelters), the Chacalluta
/// queue with Santa Rosa's entry rule, places (repatriation, corridor, shelter), then the recorder.
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
    private readonly GroupStore _groups;
    private readonly FifoQueue _queue = new();
    private readonly RunRecorder _recorder;
    private readonly double _tickDays;

    private DayConditions _today;
    private DailyBudget _chacallutaBudget;
    private DailyBudget _corridorBudget;
    private DailyBudget _shelterBudget;
    private DailyBudget _repatriationBudget;
    private double _detectionProbability;
    private double _interceptedReturnedInlandShare;
    private double _representProbability;
    private int _poolPersons;

    public Simulation(Scenario scenario, ulong seed, TickLength tick)
    {
        _scenario = scenario;
        _behaviour = scenario.Behaviour;
        _calendar = new SimulationCalendar(scenario.Window.Start, scenario.Window.End, tick);
        _days = PolicyTimeline.Compile(scenario, _calendar);
        _random = new RandomStreams(seed);
        _factory = new GroupFactory(scenario.Population, scenario.Travel, tick.TicksPerDay);
        _chacalluta = new ChacallutaCapacity(scenario.Border);
        _recorder = new RunRecorder(_calendar, scenario.Population.Nationalities.Count);
        _groups = new GroupStore(EstimateLiveGroups(scenario));
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
        if (tickInDay == 0)
        {
            StartDay(_calendar.DayOf(tick));
        }

        Departures(tick);
        MoveGroups(tick);
        ServeChacalluta(tick);
        AllocatePlaces(tick);
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
        var groups = _groups.Span;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].State != GroupState.Free)
            {
                _recorder.Censor(ref groups[i], CurrentTick);
            }
        }

        return RunResult.From(_scenario, Seed, _calendar, _recorder);
    }

    private void StartDay(int day)
    {
        _today = _days[day];
        _recorder.StartDay();
        _strandedDecisions.Prepare(_behaviour, _today, _tickDays);
        _detectionProbability = Hazard.Probability(_behaviour.IrregularRoute.DetectionRatePerDay * _today.DetectionMultiplier, _tickDays);
        _interceptedReturnedInlandShare = _today.InterceptedReturnedInlandShare ?? _behaviour.IrregularRoute.InterceptedReturnedInlandShare;
        _representProbability = Hazard.Probability(_behaviour.RepresentRatePerDay, _tickDays);
        _chacallutaBudget.StartDay();
        _corridorBudget.StartDay();
        _shelterBudget.StartDay();
        _repatriationBudget.StartDay();
    }

    /// <summary>Groups leave the pool as a Poisson process: persons per day = base · Π multipliers · pool / initial pool.</summary>
    private void Departures(int tick)
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
        for (var i = 0; i < count && _poolPersons > 0; i++)
        {
            var group = _factory.Create(tick, Math.Min(_poolPersons, byte.MaxValue), _random.Attributes);
            _poolPersons -= group.Size;
            var slot = _groups.Add(group);
            _recorder.Departed(ref _groups[slot]);
        }
    }

    private void MoveGroups(int tick)
    {
        var groups = _groups.Span;
        var random = _random.Behaviour;
        for (var slot = 0; slot < groups.Length; slot++)
        {
            ref var g = ref groups[slot];
            switch (g.State)
            {
                case GroupState.Travelling:
                    if (tick >= g.UntilTick)
                    {
                        ArriveInArica(ref g, slot, tick, random);
                    }

                    break;
                case GroupState.Stranded:
                    DecideStranded(ref g, slot, tick, random);
                    break;
                case GroupState.IrregularRoute:
                    AdvanceIrregularRoute(ref g, slot, tick, random);
                    break;
                case GroupState.Sheltered:
                    if (_today.Admits(g.Documented, g.Vulnerable) && random.Chance(_representProbability))
                    {
                        Enqueue(ref g, slot, tick);
                    }

                    break;
            }
        }
    }

    private void ArriveInArica(ref Group g, int slot, int tick, RandomStream random)
    {
        _recorder.Today.ArrivalsAtBorder += g.Size;
        if (!g.Documented && random.Chance(ArrivalDecision.DirectIrregularProbability(_behaviour, _today, g.HasMoney)))
        {
            StartIrregularRoute(ref g, tick, random);
        }
        else
        {
            Enqueue(ref g, slot, tick);
        }
    }

    private void DecideStranded(ref Group g, int slot, int tick, RandomStream random)
    {
        var impatient = g.StrandedTicks + (tick - g.WaitingSinceTick) >= g.PatienceTicks;
        var combination = StrandedDecisions.Combination(g.HasMoney, impatient, _today.Admits(g.Documented, g.Vulnerable));
        switch (_strandedDecisions.Decide(random.NextUnit(), combination))
        {
            case StrandedChoice.TryIrregularRoute:
                StartIrregularRoute(ref g, tick, random);
                break;
            case StrandedChoice.GiveUp:
                Finish(ref g, slot, GroupState.ReturnedInland, tick);
                break;
            case StrandedChoice.PresentAgain:
                Enqueue(ref g, slot, tick);
                break;
        }
    }

    private void StartIrregularRoute(ref Group g, int tick, RandomStream random)
    {
        _recorder.Today.IrregularAttempts += g.Size;
        g.UntilTick = tick + GroupFactory.DaysToTicks(GroupFactory.DrawDays(_behaviour.IrregularRoute.DurationDays, random), _calendar.TicksPerDay);
        _recorder.Move(ref g, GroupState.IrregularRoute, tick);
    }

    /// <summary>Each tick on the route the group may be detected; if it is not by the route's end, it has crossed.</summary>
    private void AdvanceIrregularRoute(ref Group g, int slot, int tick, RandomStream random)
    {
        if (random.Chance(_detectionProbability))
        {
            _recorder.Today.Intercepted += g.Size;
            if (random.Chance(_interceptedReturnedInlandShare))
            {
                Finish(ref g, slot, GroupState.ReturnedInland, tick);
            }
            else
            {
                _recorder.Move(ref g, GroupState.Stranded, tick);
            }
        }
        else if (tick >= g.UntilTick)
        {
            Finish(ref g, slot, GroupState.CrossedIrregular, tick);
        }
    }

    private void Enqueue(ref Group g, int slot, int tick)
    {
        _recorder.Move(ref g, GroupState.Queued, tick);
        _queue.Enqueue(slot);
    }

    /// <summary>Chacalluta serves its queue first in, first out, within the tick's capacity; Santa Rosa then admits or refuses.</summary>
    private void ServeChacalluta(int tick)
    {
        var capacity = _chacalluta.ForMigrantsInTick(_calendar.DateOf(tick), _calendar.HourOf(tick), _calendar.Tick.Hours, _today.ChacallutaCapacityMultiplier);
        var available = _chacallutaBudget.Open(capacity);
        while (_queue.Count > 0)
        {
            var slot = _queue.Peek();
            ref var g = ref _groups[slot];
            if (g.Size > available)
            {
                break;
            }

            _queue.Dequeue();
            available -= g.Size;
            _chacallutaBudget.Use(g.Size);
            PresentAtSantaRosa(ref g, slot, tick);
        }
    }

    private void PresentAtSantaRosa(ref Group g, int slot, int tick)
    {
        if (_today.Admits(g.Documented, g.Vulnerable))
        {
            Finish(ref g, slot, GroupState.CrossedRegular, tick);
        }
        else
        {
            _recorder.Today.RefusedAtSantaRosa += g.Size;
            _recorder.Move(ref g, GroupState.Stranded, tick);
        }
    }

    private void AllocatePlaces(int tick)
    {
        var tickInDay = _calendar.TickInDay(tick);
        var share = 1.0 / _calendar.TicksPerDay;

        // A day's repatriation seats fly at the start of the day; corridor and shelter places are spread over it.
        if (_repatriationBudget.Open(tickInDay == 0 ? _today.RepatriationSeatsPerDay : 0) > 0)
        {
            _places.Allocate(PlaceKind.Repatriation, _groups, ref _repatriationBudget, _today, _recorder, tick);
        }

        if (_corridorBudget.Open(_today.CorridorPlacesPerDay * share) > 0)
        {
            _places.Allocate(PlaceKind.Corridor, _groups, ref _corridorBudget, _today, _recorder, tick);
        }

        if (_shelterBudget.Open(_today.ShelterPlacesPerDay * share) > 0)
        {
            _places.Allocate(PlaceKind.Shelter, _groups, ref _shelterBudget, _today, _recorder, tick);
        }
    }

    private void Finish(ref Group g, int slot, GroupState outcome, int tick)
    {
        _recorder.Move(ref g, outcome, tick);
        _groups.Free(slot);
    }

    private static int EstimateLiveGroups(Scenario scenario) =>
        (int)Math.Min(1 << 20, Math.Max(1024, scenario.Population.BaseDeparturesPersonsPerDay * 60));
}
