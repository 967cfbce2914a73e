using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>The scenarios the benchmarks run: the repository's files, and workloads derived from them in code.</summary>
public static class BenchScenarios
{
    public const string BaselineName = "baseline";
    public const string ExodusName = "deadline-exodus";

    /// <summary>
    /// Base departures of the derived deadline-exodus case, persons per day when the pool is full. With baseline's
    /// policies (×2 from the ultimatum and ×1.5 from the run-off, ×3 together until 11 March 2026) almost all of the
    /// 336,000 leave before the deadline: rate ≈ 12,000/336,000 ≈ 3.6% of the remaining pool a day.
    /// </summary>
    public const double ExodusBaseDeparturesPersonsPerDay = 4000;

    /// <summary>The repository's scenarios/ folder, found by walking up from the running assembly (or else the current directory).</summary>
    public static string ScenariosDirectory { get; } = FindScenariosDirectory();

    public static string BaselinePath => Path.Combine(ScenariosDirectory, "baseline.yaml");

    public static string ExodusPath => Path.Combine(ScenariosDirectory, "deadline-exodus.yaml");

    /// <summary>True when scenarios/deadline-exodus.yaml exists and is used; false when the case is derived from baseline.</summary>
    public static bool ExodusFromFile => File.Exists(ExodusPath);

    public static string BaselineText() => File.ReadAllText(BaselinePath);

    public static Scenario Baseline() => ScenarioLoader.Parse(BaselineText(), "baseline.yaml");

    /// <summary>scenarios/deadline-exodus.yaml when present, otherwise baseline with high base departures.</summary>
    public static Scenario Exodus() =>
        ExodusFromFile
            ? ScenarioLoader.Parse(File.ReadAllText(ExodusPath), "deadline-exodus.yaml")
            : ScenarioLoader.Parse(BaselineText(), "baseline.yaml",
            [
                new ScenarioOverride("name", ExodusName),
                new ScenarioOverride("population.base_departures_persons_per_day", ExodusBaseDeparturesPersonsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]);

    public static Scenario ByName(string name) => name switch
    {
        BaselineName => Baseline(),
        ExodusName => Exodus(),
        _ => throw new ArgumentException($"unknown benchmark scenario '{name}'", nameof(name)),
    };

    /// <summary>The scenario with its window cut to its first <paramref name="days"/> days (for the smoke test), or unchanged.</summary>
    public static Scenario Shorten(Scenario scenario, int? days) =>
        days is { } d
            ? scenario with { Window = scenario.Window with { End = scenario.Window.Start.AddDays(d - 1) } }
            : scenario;

    /// <summary>The exodus case with its pool and base departures scaled together to <paramref name="migrants"/> persons.</summary>
    public static Scenario ScaledExodus(int migrants)
    {
        var s = Exodus();
        var p = s.Population;
        return s with
        {
            Population = p with
            {
                PoolPersons = migrants,
                BaseDeparturesPersonsPerDay = p.BaseDeparturesPersonsPerDay * migrants / p.PoolPersons,
            },
        };
    }

    /// <summary>
    /// A scenario that ends with exactly <paramref name="groups"/> one-person groups all held in <paramref name="state"/>
    /// for thousands of days: everyone leaves in the first days, nobody ever decides anything but to stay.
    /// Stranded: Peru closed, no attempts, no giving up. Queued: Chacalluta has no capacity.
    /// IrregularRoute: everyone undocumented goes straight to a route of about 10,000 days with no detection.
    /// </summary>
    public static Scenario Held(GroupState state, int groups, int windowDays)
    {
        var b = Baseline();
        var closedDoors = state switch
        {
            GroupState.Stranded => true,
            GroupState.Queued => false,
            GroupState.IrregularRoute => true,
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "benchmarks hold groups stranded, queued or on the irregular route"),
        };
        var personsPerHour = state == GroupState.Queued ? 0.0 : 1_000_000.0;
        return b with
        {
            Name = $"held-{state}",
            Window = new SimulationWindow { Start = b.Window.Start, End = b.Window.Start.AddDays(windowDays - 1) },
            Tick = "24h",
            Policies = [],
            Population = b.Population with
            {
                PoolPersons = groups,
                BaseDeparturesPersonsPerDay = Math.Min(1_000_000, groups * 4.0),
                GroupSizes = [new GroupSizeShare { Size = 1, Share = 1.0 }],
                Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1.0, DocumentedShare = 0.0 }],
                VulnerableShareSingles = 0.0,
            },
            Border = b.Border with
            {
                DefaultEntryRule = closedDoors ? EntryRuleKind.Closed : EntryRuleKind.Open,
                DefaultVulnerableExempt = false,
                CapacitySchedule = [new CapacityBlock { FromHour = 0, ToHour = 24, PersonsPerHour = personsPerHour }],
                OrdinaryTravellersPersonsPerDay = 0,
                WeekendTouristsPersons = 0,
            },
            Behaviour = b.Behaviour with
            {
                DirectIrregularShare = state == GroupState.IrregularRoute ? 1.0 : 0.0,
                IrregularAttemptRatePerDay = 0,
                GiveUpRatePerDay = 0,
                Queue = new QueueBehaviour(),
                IrregularRoute = new IrregularRoute
                {
                    DurationDays = new GammaDays { Mean = 10_000, Shape = 1_000 },
                    DetectionRatePerDay = 0,
                    InterceptedReturnedInlandShare = 0,
                },
            },
        };
    }

    /// <summary>Builds a simulation of <see cref="Held"/> and steps it until every group is in <paramref name="state"/>.</summary>
    public static Simulation StartHeld(GroupState state, int groups, int windowDays, ulong seed = 20251128)
    {
        var sim = new Simulation(Held(state, groups, windowDays), seed, TickLength.Day);
        while (sim.PoolPersons > 0 || sim.Recorder.PersonsIn(state) < groups)
        {
            if (sim.CurrentTick > 200 || sim.Finished)
            {
                throw new InvalidOperationException($"the held-{state} workload did not settle: {sim.Recorder.PersonsIn(state)} of {groups} after {sim.CurrentTick} ticks");
            }

            sim.Step();
        }

        return sim;
    }

    private static string FindScenariosDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scenarios");
                if (File.Exists(Path.Combine(candidate, "baseline.yaml")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"no scenarios/baseline.yaml above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
