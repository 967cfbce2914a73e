using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// What refused, sheltered and intercepted groups do next (ODD §7.6, §7.7, §7.9, §7.10, §7.11), checked on whole runs
/// with fixed seeds. Each test states a rule of the model; the counts are exact wherever the rule makes them so.
/// </summary>
public sealed class WaitingRuleTests
{
    private static readonly DateOnly ClosureStart = new(2025, 12, 5);
    private static readonly DateOnly ClosureEnd = new(2025, 12, 14);

    /// <summary><see cref="TestScenarios.Waiting"/> with Peru open except for a closure from 5 to 14 December.</summary>
    private static Scenario ClosureThenOpen(params PolicyEntry[] more) => TestScenarios.Waiting() with
    {
        Border = TestScenarios.Waiting().Border with { DefaultEntryRule = EntryRuleKind.Open },
        Policies =
        [
            TestScenarios.Policy("closure", ClosureStart, 10, new PolicyEffects { EntryRule = new EntryRuleEffect { Rule = EntryRuleKind.Closed } }),
            .. more,
        ],
    };

    /// <summary>Persons who reached Arica on the closure's days and the day before (one processed at midnight was refused).</summary>
    private static long ArrivalsAroundClosure(RunResult run) => run.Days
        .Where(d => d.Date >= ClosureStart.AddDays(-1) && d.Date <= ClosureEnd)
        .Sum(d => (long)d.Flows.ArrivalsAtBorder);

    /// <summary>Everyone who reached Chacalluta crossed regularly: nobody is left waiting and nobody left another way.</summary>
    private static void AssertEveryoneWhoArrivedCrossedRegularly(RunSummary s)
    {
        Assert.Equal(0, s.AtEnd.Stranded);
        Assert.Equal(0, s.AtEnd.Sheltered);
        Assert.Equal(s.Departed - s.AtEnd.Travelling - s.AtEnd.Queued, s.Outcomes.CrossedRegular);
    }

    [Fact]
    public void After_a_closure_ends_stranded_groups_queue_again_and_cross_regularly()
    {
        var run = ScenarioRunner.Run(ClosureThenOpen(), 5);
        Assert.All(run.Days.Where(d => d.Date >= ClosureStart && d.Date <= ClosureEnd), d => Assert.Equal(0, d.Flows.CrossedRegular));

        // While the closure lasts nobody refused presents again (the rule would refuse them): each person is refused once.
        Assert.InRange(run.Summary.RefusedAtSantaRosa, 1_000, ArrivalsAroundClosure(run));
        AssertEveryoneWhoArrivedCrossedRegularly(run.Summary);
    }

    [Fact]
    public void Sheltered_groups_wait_while_the_rule_refuses_them_and_present_again_once_it_admits_them()
    {
        var shelter = TestScenarios.Policy("shelter", new DateOnly(2025, 12, 1), null, new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 1_000 } });
        var run = ScenarioRunner.Run(ClosureThenOpen(shelter), 5);

        // Plenty of places: every refused person is sheltered, once, and nobody sheltered is refused again.
        Assert.InRange(run.Summary.RefusedAtSantaRosa, 1_000, ArrivalsAroundClosure(run));
        Assert.Equal(run.Summary.RefusedAtSantaRosa, run.Summary.ShelterAdmissions);
        Assert.True(run.Days.Single(d => d.Date == ClosureEnd).EndOfDay.Sheltered >= 1_000, "the shelters hold everyone refused until the closure ends");
        AssertEveryoneWhoArrivedCrossedRegularly(run.Summary);
    }

    [Fact]
    public void Sheltered_groups_neither_give_up_nor_try_the_irregular_route()
    {
        // Stranded groups would give up or try the route at 1 a day each; a shelter place, waiting from midnight,
        // takes every refused group within its minute, so almost nobody is stranded long enough to do either.
        var scenario = TestScenarios.Waiting() with
        {
            Behaviour = TestScenarios.Waiting().Behaviour with { GiveUpRatePerDay = 1, IrregularAttemptRatePerDay = 1 },
            Policies = [TestScenarios.Policy("shelter", new DateOnly(2025, 12, 1), null, new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 1_000 } })],
        };
        var s = ScenarioRunner.Run(scenario, 5).Summary;
        Assert.True(s.AtEnd.Sheltered > 4_000, $"{s.AtEnd.Sheltered} sheltered at the end");
        Assert.InRange(s.Outcomes.ReturnedInland + s.IrregularAttempts, 0, s.AtEnd.Sheltered / 100);
    }

    [Fact]
    public void Shelters_take_vulnerable_groups_before_any_other()
    {
        // About 20 vulnerable persons arrive a day and 30 places come in: the vulnerable hardly wait, the others take
        // what is left and wait for days.
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with { VulnerableShareSingles = 0.1 },
            Policies = [TestScenarios.Policy("shelter", new DateOnly(2025, 12, 1), null, new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 30 } })],
        };
        var s = ScenarioRunner.Run(scenario, 5).Summary;
        var vulnerable = s.ByVulnerability.Single(b => b.Name == "vulnerable");
        var others = s.ByVulnerability.Single(b => b.Name == "not_vulnerable");
        var vulnerableDays = vulnerable.StrandedPersonDays / vulnerable.Departed;
        var otherDays = others.StrandedPersonDays / others.Departed;
        Assert.True(vulnerableDays < 0.1 * otherDays, $"days stranded per person: vulnerable {vulnerableDays:F2}, others {otherDays:F2}");
    }

    /// <summary>Undocumented groups who all head straight for the irregular route, where most are detected; Peru is closed.</summary>
    private static Scenario Intercepted(double returnedInlandShare, params PolicyEntry[] policies) => TestScenarios.Waiting() with
    {
        Population = TestScenarios.Waiting().Population with
        {
            Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 }],
        },
        Behaviour = TestScenarios.Waiting().Behaviour with
        {
            DirectIrregularShare = 1,
            IrregularRoute = new IrregularRoute
            {
                DurationDays = new GammaDays { Mean = 1, Shape = 3 },
                DetectionRatePerDay = 5,
                InterceptedReturnedInlandShare = returnedInlandShare,
            },
        },
        Policies = policies,
    };

    [Fact]
    public void An_intercepted_group_whose_returned_inland_share_is_1_ends_returned_inland()
    {
        var s = ScenarioRunner.Run(Intercepted(1), 5).Summary;
        Assert.True(s.Intercepted > 3_000, $"{s.Intercepted} intercepted");
        Assert.Equal(s.Intercepted, s.Outcomes.ReturnedInland);
        Assert.Equal(0, s.DaysStranded.PersonsEverStranded);
        Assert.Equal(new StrandingTimes { PersonsEverStranded = 0, Median = null, P90 = null, Mean = null }, s.DaysStranded); // unknown, not 0 days
        Assert.Equal(0, s.RefusedAtSantaRosa); // nobody queued: the direct share of 1 sends everyone to the route
    }

    [Fact]
    public void An_intercepted_group_whose_returned_inland_share_is_0_is_stranded_again()
    {
        var s = ScenarioRunner.Run(Intercepted(0), 5).Summary;
        Assert.True(s.Intercepted > 3_000, $"{s.Intercepted} intercepted");
        Assert.Equal(0, s.Outcomes.ReturnedInland);
        Assert.Equal(s.Intercepted, s.AtEnd.Stranded); // nobody here tries again, gives up or is admitted
        Assert.Equal(s.Departed - s.AtEnd.Travelling - s.Intercepted - s.AtEnd.IrregularRoute, s.Outcomes.CrossedIrregular);
    }

    [Fact]
    public void A_militarization_s_returned_inland_share_overrides_the_default_while_in_force()
    {
        var troops = TestScenarios.Policy("troops", new DateOnly(2025, 12, 1), null, new PolicyEffects
        {
            Militarization = new MilitarizationEffect { InterceptedReturnedInlandShare = 1 },
        });
        var s = ScenarioRunner.Run(Intercepted(0, troops), 5).Summary;
        Assert.True(s.Intercepted > 3_000, $"{s.Intercepted} intercepted");
        Assert.Equal(s.Intercepted, s.Outcomes.ReturnedInland);
    }

    [Fact]
    public void A_deterrence_of_1_stops_every_irregular_choice()
    {
        var troops = TestScenarios.Policy("troops", new DateOnly(2025, 12, 1), null, new PolicyEffects
        {
            Militarization = new MilitarizationEffect { Deterrence = 1 },
        });
        var scenario = Intercepted(0, troops) with
        {
            Behaviour = Intercepted(0).Behaviour with
            {
                IrregularAttemptRatePerDay = 5,
                Queue = new QueueBehaviour { IrregularAttemptRatePerDay = 5 },
            },
        };
        var s = ScenarioRunner.Run(scenario, 5).Summary;
        Assert.Equal(0, s.IrregularAttempts);
        Assert.True(s.RefusedAtSantaRosa > 4_000, "everyone queues and is refused instead");
    }

    [Fact]
    public void Documented_groups_never_take_the_irregular_route_whatever_the_rates()
    {
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with { Nationalities = [new NationalityShare { Name = "Colombia", Share = 1, DocumentedShare = 1 }] },
            Border = TestScenarios.Waiting().Border with { DefaultEntryRule = EntryRuleKind.Open },
            Behaviour = TestScenarios.Waiting().Behaviour with
            {
                DirectIrregularShare = 1,
                Queue = new QueueBehaviour { IrregularAttemptRatePerDay = 5 },
            },
        };
        var s = ScenarioRunner.Run(scenario, 5).Summary;
        Assert.Equal(0, s.IrregularAttempts);
        Assert.Equal(s.Departed - s.AtEnd.Travelling - s.AtEnd.Queued, s.Outcomes.CrossedRegular);
    }

    [Fact]
    public void An_undocumented_group_heads_straight_for_the_irregular_route_with_the_direct_share_doubled_by_money()
    {
        // s = 0.3, money multiplier 2, half the groups with money: 0.5 · 0.3 + 0.5 · 0.6 = 0.45 of arrivals go straight
        // to the route (nobody queued or stranded here ever attempts it). Four binomial standard errors allowed.
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with
            {
                Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 }],
                SmugglerMoneyShare = 0.5,
            },
            Behaviour = TestScenarios.Waiting().Behaviour with { DirectIrregularShare = 0.3 },
        };
        var s = ScenarioRunner.Run(scenario, 5).Summary;
        var arrived = (double)(s.Departed - s.AtEnd.Travelling);
        var sd = Math.Sqrt(0.45 * 0.55 / arrived);
        Assert.InRange(s.IrregularAttempts / arrived, 0.45 - (4 * sd), 0.45 + (4 * sd));
    }

    [Theory]
    [InlineData(2.0, 0.0)]
    [InlineData(0.0, 2.0)]
    public void Groups_leaving_the_queue_take_the_irregular_route_or_give_up_as_the_queues_rates_say(double irregularPerDay, double giveUpPerDay)
    {
        // Undocumented groups queue at a Chacalluta that processes nobody; nobody is detected on the route.
        var waiting = TestScenarios.Waiting();
        var scenario = waiting with
        {
            Population = waiting.Population with { Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 }] },
            Behaviour = waiting.Behaviour with
            {
                Queue = new QueueBehaviour { IrregularAttemptRatePerDay = irregularPerDay, GiveUpRatePerDay = giveUpPerDay },
                IrregularRoute = waiting.Behaviour.IrregularRoute with { DetectionRatePerDay = 0 },
            },
            Policies = [TestScenarios.Policy("no processing", waiting.Window.Start, null, new PolicyEffects { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = 0 } })],
        };
        var s = ScenarioRunner.Run(scenario, 4).Summary;
        var leftTheQueue = s.Departed - s.AtEnd.Travelling - s.AtEnd.Queued;
        Assert.True(leftTheQueue > 100, $"{leftTheQueue} left the queue");
        Assert.Equal(0, s.Outcomes.CrossedRegular + s.RefusedAtSantaRosa);
        Assert.Equal(irregularPerDay > 0 ? leftTheQueue : 0, s.IrregularAttempts);
        Assert.Equal(giveUpPerDay > 0 ? leftTheQueue : 0, s.Outcomes.ReturnedInland);
    }

    [Theory]
    [InlineData(2.0, 0.0)]
    [InlineData(0.0, 2.0)]
    public void Stranded_groups_take_the_irregular_route_or_give_up_as_their_rates_say(double irregularPerDay, double giveUpPerDay)
    {
        // Undocumented groups refused at a closed Santa Rosa; nobody is detected on the route, so nobody is stranded twice.
        var waiting = TestScenarios.Waiting();
        var scenario = waiting with
        {
            Population = waiting.Population with { Nationalities = [new NationalityShare { Name = "Venezuela", Share = 1, DocumentedShare = 0 }] },
            Behaviour = waiting.Behaviour with
            {
                IrregularAttemptRatePerDay = irregularPerDay,
                GiveUpRatePerDay = giveUpPerDay,
                IrregularRoute = waiting.Behaviour.IrregularRoute with { DetectionRatePerDay = 0 },
            },
        };
        var s = ScenarioRunner.Run(scenario, 4).Summary;
        var leftStranded = s.RefusedAtSantaRosa - s.AtEnd.Stranded;
        Assert.True(leftStranded > 100, $"{leftStranded} left Stranded");
        Assert.Equal(irregularPerDay > 0 ? leftStranded : 0, s.IrregularAttempts);
        Assert.Equal(giveUpPerDay > 0 ? leftStranded : 0, s.Outcomes.ReturnedInland);
    }
}
