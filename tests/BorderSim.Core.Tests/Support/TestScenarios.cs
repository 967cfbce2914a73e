using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Support;

/// <summary>Scenarios for tests: the shipped baseline, a small hand-made one, and random ones.</summary>
internal static class TestScenarios
{
    public static Scenario Baseline() => Load("baseline.yaml");

    public static Scenario Load(string file) => ScenarioLoader.Parse(Text(file), file);

    /// <summary>The text of a scenario shipped in scenarios/, for tests that append to it or parse it with overrides.</summary>
    public static string Text(string file) => File.ReadAllText(RepoPaths.Scenario(file));

    /// <summary>The observations a shipped scenario names (none if it names none).</summary>
    public static IReadOnlyList<Observation> Observations(Scenario scenario) =>
        scenario.Observations is { } file
            ? ObservationCsv.Parse(File.ReadAllText(Path.Combine(RepoPaths.Scenarios, file)), file)
            : [];

    /// <summary>The file names of every scenario shipped in scenarios/.</summary>
    public static TheoryData<string> Shipped()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>A small scenario with round numbers: 200 persons a day, 30 days, no policies.</summary>
    public static Scenario Small() => new()
    {
        Name = "small",
        Seed = 42,
        Window = new SimulationWindow { Start = new DateOnly(2025, 12, 1), End = new DateOnly(2025, 12, 30) },
        Tick = "6h",
        Population = new Population
        {
            PoolPersons = 1_000_000,
            BaseDeparturesPersonsPerDay = 200,
            GroupSizes = [new GroupSizeShare { Size = 1, Share = 0.5 }, new GroupSizeShare { Size = 3, Share = 0.5 }],
            Nationalities =
            [
                new NationalityShare { Name = "Venezuela", Share = 0.8, DocumentedShare = 0.1 },
                new NationalityShare { Name = "Colombia", Share = 0.2, DocumentedShare = 0.5 },
            ],
            PatienceDays = new GammaDays { Mean = 5, Shape = 2 },
        },
        Travel = new Travel { TravelDays = new GammaDays { Mean = 2, Shape = 4 } },
        Border = new Border
        {
            CapacitySchedule = [new CapacityBlock { FromHour = 0, ToHour = 24, PersonsPerHour = 100 }],
        },
        Behaviour = new Behaviour
        {
            DirectIrregularShare = 0.3,
            IrregularAttemptRatePerDay = 0.3,
            GiveUpRatePerDay = 0.2,
            IrregularRoute = new IrregularRoute { DurationDays = new GammaDays { Mean = 1.5, Shape = 3 }, DetectionRatePerDay = 0.2 },
        },
    };

    /// <summary>
    /// Everyone waits until something takes them out: single persons, Venezuelans (never documented) and Colombians
    /// (always documented) half and half, 200 a day from 1 December for 30 days, arriving in about a day. Peru is
    /// closed, nobody heads for the irregular route, gives up or leaves the queue, and Chacalluta processes 100 an hour,
    /// so every person is refused once and then waits, stranded, for a place (or for the rule to admit them, when
    /// they present again at the default rate of 2 a day).
    /// </summary>
    public static Scenario Waiting() => Small() with
    {
        Name = "waiting",
        Tick = "24h",
        Population = Small().Population with
        {
            GroupSizes = [new GroupSizeShare { Size = 1, Share = 1 }],
            Nationalities =
            [
                new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 },
                new NationalityShare { Name = "Colombia", Share = 1, DocumentedShare = 1 },
            ],
            VulnerableShareSingles = 0,
        },
        Travel = new Travel { TravelDays = new GammaDays { Mean = 1, Shape = 4 } },
        Border = Small().Border with { DefaultEntryRule = EntryRuleKind.Closed },
        Behaviour = Small().Behaviour with
        {
            DirectIrregularShare = 0,
            IrregularAttemptRatePerDay = 0,
            GiveUpRatePerDay = 0,
            Queue = new QueueBehaviour(),
        },
    };

    /// <summary>A policy entry in force from <paramref name="start"/> for <paramref name="days"/> days (to the window's end if null).</summary>
    public static PolicyEntry Policy(string label, DateOnly start, int? days, PolicyEffects effects) =>
        new() { Label = label, Start = start, DurationDays = days, Effects = effects };

    /// <summary>A random valid scenario exercising every state and policy kind.</summary>
    public static Scenario Random(int seed)
    {
        var r = new System.Random(seed);
        double U(double lo, double hi) => lo + (r.NextDouble() * (hi - lo));
        var start = new DateOnly(2025, 11, 1).AddDays(r.Next(0, 60));
        var days = r.Next(5, 40);
        var ticks = new[] { "1h", "2h", "3h", "4h", "6h", "8h", "12h", "24h" };
        var small = Small();
        var policies = new List<PolicyEntry>();
        var count = r.Next(0, 6);
        var kinds = new[] { "entry", "mil", "corridor", "shelter", "repat", "cap", "dep" };
        var usedExclusive = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[r.Next(kinds.Length)];
            if (kind is "entry" or "corridor" or "repat" && !usedExclusive.Add(kind))
            {
                continue; // one of each exclusive kind, so no two contradict
            }

            var effects = kind switch
            {
                "entry" => new PolicyEffects { EntryRule = new EntryRuleEffect { Rule = (EntryRuleKind)r.Next(3), VulnerableExempt = r.Next(2) == 0 } },
                "mil" => new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = U(1, 4), Deterrence = U(0, 0.6) } },
                "corridor" => new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = U(0, 300), Nationalities = r.Next(2) == 0 ? [] : ["Venezuela"], DocumentsRequired = r.Next(2) == 0 } },
                "shelter" => new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = U(0, 100) } },
                "repat" => new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = U(0, 200), Weekdays = [DayOfWeek.Monday, DayOfWeek.Thursday], Nationalities = ["Colombia"] } },
                "cap" => new PolicyEffects { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = U(0, 2) } },
                _ => new PolicyEffects { Departures = new DeparturesEffect { Multiplier = U(0.5, 4) } },
            };
            policies.Add(new PolicyEntry { Label = $"p{i}", Start = start.AddDays(r.Next(-5, days)), DurationDays = r.Next(1, 30), Effects = effects });
        }

        return small with
        {
            Name = $"random-{seed}",
            Seed = (ulong)seed,
            Window = new SimulationWindow { Start = start, End = start.AddDays(days - 1) },
            Tick = ticks[r.Next(ticks.Length)],
            Population = small.Population with
            {
                PoolPersons = r.Next(0, 3) == 0 ? r.Next(0, 500) : 1_000_000,
                BaseDeparturesPersonsPerDay = U(0, 400),
                SmugglerMoneyShare = U(0, 1),
                PatienceDays = new GammaDays { Mean = U(0.5, 10), Shape = U(0.5, 5) },
            },
            Border = small.Border with
            {
                DefaultEntryRule = (EntryRuleKind)r.Next(3),
                CapacitySchedule =
                [
                    new CapacityBlock { FromHour = 0, ToHour = 8, PersonsPerHour = U(0, 20) },
                    new CapacityBlock { FromHour = 8, ToHour = 24, PersonsPerHour = U(0, 60) },
                ],
                OrdinaryTravellersPersonsPerDay = U(0, 500),
                WeekendTouristsPersons = U(0, 500),
            },
            Behaviour = small.Behaviour with
            {
                DirectIrregularShare = U(0, 1),
                IrregularAttemptRatePerDay = U(0, 2),
                GiveUpRatePerDay = U(0, 1),
                RepresentRatePerDay = U(0, 3),
                Queue = new QueueBehaviour { GiveUpRatePerDay = U(0, 2), IrregularAttemptRatePerDay = U(0, 2) },
                IrregularRoute = new IrregularRoute { DurationDays = new GammaDays { Mean = U(0.2, 3) }, DetectionRatePerDay = U(0, 2), InterceptedReturnedInlandShare = U(0, 1) },
            },
            Policies = policies,
        };
    }
}
