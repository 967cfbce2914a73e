using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Shared resources compete with the groups' own hazards in the same continuous time. Each test sets up one lone
/// group whose fate has a known probability, runs it with many seeds, and checks the share of outcomes against that
/// probability within four binomial standard errors (seeds fixed, so each test gives the same answer every time).
/// </summary>
[RunsManyScenarios]
public sealed class ContinuousTimeTests
{
    private const int Runs = 2_000;

    /// <summary>One person, undocumented Venezuelan, leaving at once on 1 December and reaching Arica at 06:00 on the 2nd (to a few minutes).</summary>
    private static Scenario Lone(double giveUpRatePerDay) => TestScenarios.Small() with
    {
        Window = new SimulationWindow { Start = new DateOnly(2025, 12, 1), End = new DateOnly(2025, 12, 8) },
        Tick = "24h",
        Population = TestScenarios.Small().Population with
        {
            PoolPersons = 1,
            BaseDeparturesPersonsPerDay = 1_000_000, // leaves within a second or so of midnight
            GroupSizes = [new GroupSizeShare { Size = 1, Share = 1 }],
            Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 }],
            VulnerableShareSingles = 0,
            PatienceDays = new GammaDays { Mean = 1_000, Shape = 1 },
        },
        Travel = new Travel { TravelDays = new GammaDays { Mean = 1.25, Shape = 1_000_000 } }, // coefficient of variation 0.1%: ±2 minutes
        Behaviour = TestScenarios.Small().Behaviour with
        {
            DirectIrregularShare = 0,
            IrregularAttemptRatePerDay = 0,
            GiveUpRatePerDay = giveUpRatePerDay,
            Queue = new QueueBehaviour { GiveUpRatePerDay = giveUpRatePerDay },
        },
    };

    /// <summary>
    /// <see cref="Lone"/> with Peru closed: refused at Santa Rosa at 06:00 on 2 December and stranded from then on, in a
    /// window that ends on <paramref name="lastDay"/> December.
    /// </summary>
    private static Scenario Refused(double giveUpRatePerDay, int lastDay = 8) => Lone(giveUpRatePerDay) with
    {
        Window = new SimulationWindow { Start = new DateOnly(2025, 12, 1), End = new DateOnly(2025, 12, lastDay) },
        Border = TestScenarios.Small().Border with { DefaultEntryRule = EntryRuleKind.Closed },
    };

    /// <summary>
    /// <paramref name="scenario"/> with exactly <paramref name="patienceDays"/> of patience (to a minute or so), after which
    /// the group gives up and attempts <paramref name="impatienceMultiplier"/> times as often.
    /// </summary>
    private static Scenario WithPatience(Scenario scenario, double patienceDays, double impatienceMultiplier) => scenario with
    {
        Population = scenario.Population with { PatienceDays = new GammaDays { Mean = patienceDays, Shape = 1_000_000 } },
        Behaviour = scenario.Behaviour with { ImpatienceMultiplier = impatienceMultiplier },
    };

    /// <summary>
    /// <paramref name="scenario"/> with Peru closed on 2 December only: refused at 06:00 that day, the group may present
    /// again from the 3rd, at <paramref name="representRatePerDay"/>.
    /// </summary>
    private static Scenario ClosedOnlyOnTheDayItArrives(Scenario scenario, double representRatePerDay) => scenario with
    {
        Behaviour = scenario.Behaviour with { RepresentRatePerDay = representRatePerDay },
        Border = TestScenarios.Small().Border with { DefaultEntryRule = EntryRuleKind.Open },
        Policies = [TestScenarios.Policy("closure", new DateOnly(2025, 12, 2), 1, new PolicyEffects { EntryRule = new EntryRuleEffect { Rule = EntryRuleKind.Closed } })],
    };

    /// <summary>
    /// <see cref="Refused"/> (with no giving up, on 2 December only), taking the irregular route within minutes (1,000
    /// attempts a day) for exactly <paramref name="routeDays"/> (±0.1%); a group detected on it is sent back inland.
    /// </summary>
    private static Scenario OnTheRoute(double routeDays, double detectionRatePerDay)
    {
        var refused = Refused(0, lastDay: 2);
        return refused with
        {
            Behaviour = refused.Behaviour with
            {
                IrregularAttemptRatePerDay = 1_000,
                IrregularRoute = new IrregularRoute
                {
                    DurationDays = new GammaDays { Mean = routeDays, Shape = 1_000_000 },
                    DetectionRatePerDay = detectionRatePerDay,
                    InterceptedReturnedInlandShare = 1,
                },
            },
        };
    }

    private static int Count(Scenario scenario, Func<BorderSim.Core.Results.RunSummary, long> outcome)
    {
        var count = 0;
        for (var seed = 1; seed <= Runs; seed++)
        {
            count += (int)outcome(ScenarioRunner.Run(scenario, (ulong)seed).Summary);
        }

        return count;
    }

    private static void AssertBinomial(int count, double p, string what)
    {
        var expected = Runs * p;
        var allowed = 4 * Math.Sqrt(Runs * p * (1 - p));
        Assert.True(Math.Abs(count - expected) <= allowed, $"{what}: {count} of {Runs}, expected {expected:F0} ± {allowed:F0}");
    }

    [Theory]
    [InlineData("corridor")]
    [InlineData("shelter")]
    public void A_group_stranded_while_places_lie_unused_takes_one_at_once(string kind)
    {
        // 1,440 places a day since 1 December, and nobody has wanted one; refused at 06:00 on 2 December, the group
        // takes a place then, not at the next day's start: no longer stranded at the end of 07:00, the first hour's end
        // at which it has surely been refused.
        var effects = kind == "corridor"
            ? new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 1_440 } }
            : new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 1_440 } };
        var scenario = Refused(0, lastDay: 2) with { Policies = [TestScenarios.Policy(kind, new DateOnly(2025, 12, 1), null, effects)] };
        for (var seed = 1UL; seed <= 5; seed++)
        {
            var run = ScenarioRunner.Run(scenario, seed);
            Assert.Equal(1, run.Summary.RefusedAtSantaRosa);
            Assert.Equal(0, run.Hours[24 + 7 - 1].Stranded);
            Assert.Equal(kind == "corridor" ? 1 : 0, run.Summary.Outcomes.LeftByCorridor);
            Assert.Equal(kind == "shelter" ? 1 : 0, run.Hours[24 + 7 - 1].Sheltered);
        }
    }

    [Fact]
    public void A_corridor_place_goes_to_a_stranded_group_only_if_it_has_not_given_up_first()
    {
        // Refused at 06:00 on 2 December; the corridor opens on 4 December with one place a day, which comes in in the
        // day's last minute: 2 days and 1,079 minutes of waiting, against giving up at 0.5 a day.
        const double giveUp = 0.5;
        var scenario = Refused(giveUp) with
        {
            Policies =
            [
                new PolicyEntry
                {
                    Label = "corridor",
                    Start = new DateOnly(2025, 12, 4),
                    Effects = new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 1 } },
                },
            ],
        };
        var waitDays = 2 + (1079.0 / Minutes.PerDay);
        var corridor = Count(scenario, s => s.Outcomes.LeftByCorridor);
        AssertBinomial(corridor, Math.Exp(-giveUp * waitDays), "left by corridor");
        Assert.Equal(Runs - corridor, Count(scenario, s => s.Outcomes.ReturnedInland));
    }

    [Fact]
    public void A_group_waiting_in_the_queue_is_processed_only_if_it_has_not_given_up_first()
    {
        // Chacalluta processes nobody before noon, then one person a minute: a group queued at 06:00 waits a quarter of a day.
        const double giveUp = 1.0;
        var scenario = Lone(giveUp) with
        {
            Border = TestScenarios.Small().Border with
            {
                CapacitySchedule =
                [
                    new CapacityBlock { FromHour = 0, ToHour = 12, PersonsPerHour = 0 },
                    new CapacityBlock { FromHour = 12, ToHour = 24, PersonsPerHour = 60 },
                ],
            },
        };
        var crossed = Count(scenario, s => s.Outcomes.CrossedRegular);
        AssertBinomial(crossed, Math.Exp(-giveUp * 0.25), "processed at Chacalluta");
    }

    [Fact]
    public void A_shelter_place_comes_in_continuous_time_whatever_the_tick()
    {
        // Shelter places race with giving up exactly as corridor places do, and the tick does not enter into it.
        var scenario = Refused(0.5) with
        {
            Policies =
            [
                new PolicyEntry
                {
                    Label = "shelter",
                    Start = new DateOnly(2025, 12, 3),
                    Effects = new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 2 } },
                },
            ],
        };

        // Two places a day: the first in minute 719 of 3 December, after 1 day and 359 minutes stranded.
        var sheltered = Count(scenario, s => s.ShelterAdmissions);
        AssertBinomial(sheltered, Math.Exp(-0.5 * (1 + (359.0 / Minutes.PerDay))), "sheltered");
        Assert.Equal(sheltered, Count(scenario with { Tick = "1h" }, s => s.ShelterAdmissions));
    }

    [Fact]
    public void Once_its_patience_runs_out_a_stranded_group_gives_up_faster_by_the_impatience_multiplier()
    {
        // Refused at 06:00 on 2 December with exactly one day's patience: it gives up at 0.5 a day until 06:00 on the
        // 3rd, then at 1.5 a day; still stranded at the end of the 4th with probability exp(−0.5·1 − 1.5·1.75).
        var scenario = WithPatience(Refused(0.5, lastDay: 4), patienceDays: 1, impatienceMultiplier: 3);
        var stranded = Count(scenario, s => s.AtEnd.Stranded);
        AssertBinomial(stranded, Math.Exp(-0.5 - (1.5 * 1.75)), "still stranded");
        Assert.Equal(Runs - stranded, Count(scenario, s => s.Outcomes.ReturnedInland));
    }

    [Fact]
    public void A_stranded_group_whose_patience_runs_out_on_the_day_it_is_refused_gives_up_faster_from_that_minute()
    {
        // Refused at 06:00 on 2 December with a quarter of a day's patience: it gives up at 0.5 a day until noon, then
        // at 2.5 a day; still stranded at the end of the day with probability exp(−0.5·0.25 − 2.5·0.5).
        var scenario = WithPatience(Refused(0.5, lastDay: 2), patienceDays: 0.25, impatienceMultiplier: 5);
        AssertBinomial(Count(scenario, s => s.AtEnd.Stranded), Math.Exp(-(0.5 * 0.25) - (2.5 * 0.5)), "still stranded");
    }

    [Fact]
    public void Once_its_patience_has_run_out_a_stranded_group_gives_up_or_presents_again_in_the_ratio_of_its_impatient_rates()
    {
        // Refused at 06:00 on 2 December, the one day Peru is closed, with 0.1 day's patience: it gives up at 0.1 a day
        // until 08:24, then at 1 a day (impatience ×10). From the 3rd the rule admits it again: it gives up at 1 a day or
        // presents again at 1 a day, whichever comes first, so half of those still stranded then give up (at its
        // patient rates, only 1 in 11 would). Returned inland by the 8th: 1 − exp(−0.01 − 0.65)·(1 − 0.5).
        var scenario = ClosedOnlyOnTheDayItArrives(WithPatience(Lone(0.1), patienceDays: 0.1, impatienceMultiplier: 10), representRatePerDay: 1);
        AssertBinomial(Count(scenario, s => s.Outcomes.ReturnedInland), 1 - (Math.Exp(-0.01 - 0.65) * 0.5), "returned inland");
    }

    [Fact]
    public void A_stranded_group_chooses_with_its_impatient_rates_from_the_very_minute_its_patience_runs_out()
    {
        // Refused at 06:00 on 2 December, the one day Peru is closed, with exactly one day's patience. Patient, it
        // gives up at 0.001 a day and, from the 3rd, presents again at 1 a day; impatient, it gives up ten million
        // times as often, within its first minute. So those still stranded at 06:00 on the 3rd give up then:
        // returned inland with probability exp(−1.001·0.25). Were its choice in that minute made with its patient
        // rates, it would present again instead (1,000 to 1) and cross.
        var scenario = ClosedOnlyOnTheDayItArrives(WithPatience(Lone(0.001), patienceDays: 1, impatienceMultiplier: 10_000_000), representRatePerDay: 1);
        AssertBinomial(Count(scenario, s => s.Outcomes.ReturnedInland), Math.Exp(-1.001 * 0.25), "returned inland");
    }

    [Fact]
    public void A_group_on_the_irregular_route_is_on_it_until_the_minute_its_route_ends()
    {
        // Refused at 06:00 on 2 December, it takes the irregular route within minutes (1,000 attempts a day) and is
        // on it for half a day (±1 minute), undetected: en route at the end of every hour from 07:00 to 17:00, across
        // by 19:00.
        var scenario = OnTheRoute(routeDays: 0.5, detectionRatePerDay: 0);
        for (var seed = 1UL; seed <= 5; seed++)
        {
            var run = ScenarioRunner.Run(scenario, seed);
            var hour = (int hourEnd) => run.Hours[24 + hourEnd - 1].IrregularEnRoute;
            Assert.All(Enumerable.Range(7, 11), h => Assert.Equal(1, hour(h)));
            Assert.Equal(0, hour(19));
            Assert.Equal(1, run.Summary.Outcomes.CrossedIrregular);
        }
    }

    [Theory]
    [InlineData(288, 1)]
    [InlineData(144, 2)] // troops double the detection rate
    public void A_group_on_the_irregular_route_is_detected_only_while_it_is_on_it(double detectionRatePerDay, double militarizationMultiplier)
    {
        // Refused at 06:00 on 2 December, it takes the irregular route within minutes and is on it for exactly 5
        // minutes, detected at 288 a day (one every 5 minutes on average; or at 144 a day doubled by troops) and then
        // sent back inland: detected with probability 1 − exp(−288·5/1,440) = 1 − e⁻¹. Were it also detectable in the
        // minute its route ends or the one after, that would be 1 − e^−1.2 or more.
        var onTheRoute = OnTheRoute(routeDays: 5.0 / Minutes.PerDay, detectionRatePerDay);
        var militarization = new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = militarizationMultiplier } };
        var scenario = onTheRoute with { Policies = [TestScenarios.Policy("militarization", new DateOnly(2025, 12, 1), null, militarization)] };
        var returned = Count(scenario, s => s.Outcomes.ReturnedInland);
        AssertBinomial(returned, 1 - Math.Exp(-1), "detected and returned inland");
        Assert.Equal(Runs - returned, Count(scenario, s => s.Outcomes.CrossedIrregular));
    }

    [Fact]
    public void With_an_impatience_multiplier_of_1_patience_running_out_during_a_day_changes_nothing()
    {
        // Refused at 06:00 on 2 December with exactly one day's patience, giving up at 1 a day before and after it runs
        // out at 06:00 on the 3rd: still stranded at the end of the 3rd with probability exp(−1.75), as if it had no
        // patience. (Were the day's draw at the patient rate allowed past 06:00, the group would face both draws from
        // then on: exp(−2.5).)
        var scenario = WithPatience(Refused(1.0, lastDay: 3), patienceDays: 1, impatienceMultiplier: 1);
        var stranded = Count(scenario, s => s.AtEnd.Stranded);
        AssertBinomial(stranded, Math.Exp(-1.75), "still stranded");
    }
}
