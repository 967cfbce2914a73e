using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>A policy acts exactly inside its dates: from its start day through its last day, both included.</summary>
[RunsManyScenarios]
public sealed class PolicyTimingTests
{
    private static readonly DateOnly Start = new(2025, 12, 10);

    private static Scenario WithClosure(PolicyEntry closure) => TestScenarios.Small() with
    {
        Behaviour = TestScenarios.Small().Behaviour with { DirectIrregularShare = 0 },
        Population = TestScenarios.Small().Population with { BaseDeparturesPersonsPerDay = 2_000 },
        Policies = [closure],
    };

    [Theory]
    [InlineData("24h")]
    [InlineData("1h")]
    public void A_closure_admits_nobody_on_its_days_and_does_not_act_outside_them(string tick)
    {
        var closure = new PolicyEntry
        {
            Label = "closed",
            Start = Start,
            DurationDays = 5,
            Effects = new PolicyEffects { EntryRule = new EntryRuleEffect { Rule = EntryRuleKind.Closed } },
        };
        var result = ScenarioRunner.Run(WithClosure(closure) with { Tick = tick }, 1);
        foreach (var day in result.Days)
        {
            var inForce = day.Date >= Start && day.Date <= Start.AddDays(4);
            if (inForce)
            {
                Assert.Equal(0, day.Flows.CrossedRegular);
                Assert.True(day.Flows.RefusedAtSantaRosa > 0, $"{day.Date}: refusals expected while closed");
            }
            else if (day.Date > new DateOnly(2025, 12, 4))
            {
                Assert.Equal(0, day.Flows.RefusedAtSantaRosa);
                Assert.True(day.Flows.CrossedRegular > 0, $"{day.Date}: crossings expected while open");
            }
        }
    }

    [Fact]
    public void End_and_duration_name_the_last_day_in_force()
    {
        var byEnd = new PolicyEntry { Label = "a", Start = Start, End = Start.AddDays(59), Effects = new PolicyEffects() };
        var byDuration = new PolicyEntry { Label = "b", Start = Start, DurationDays = 60, Effects = new PolicyEffects() };
        var openEnded = new PolicyEntry { Label = "c", Start = Start, Effects = new PolicyEffects() };
        Assert.Equal(byEnd.LastDay, byDuration.LastDay);
        Assert.False(byDuration.IsInForceOn(Start.AddDays(-1)));
        Assert.True(byDuration.IsInForceOn(Start));
        Assert.True(byDuration.IsInForceOn(Start.AddDays(59)));
        Assert.False(byDuration.IsInForceOn(Start.AddDays(60)));
        Assert.True(openEnded.IsInForceOn(Start.AddYears(5)));
    }

    [Fact]
    public void Tacna_state_of_emergency_runs_from_28_November_through_26_January()
    {
        var baseline = TestScenarios.Baseline();
        var emergency = baseline.Policies.Single(p => p.Label == "Tacna state of emergency");
        Assert.Equal(new DateOnly(2025, 11, 28), emergency.Start);
        Assert.Equal(new DateOnly(2026, 1, 26), emergency.LastDay);
        var days = PolicyTimeline.Compile(baseline, new SimulationCalendar(baseline.Window.Start, baseline.Window.End, TickLength.Day));
        var calendar = new SimulationCalendar(baseline.Window.Start, baseline.Window.End, TickLength.Day);
        Assert.Equal(EntryRuleKind.Open, days[calendar.DayIndex(new DateOnly(2025, 11, 25))].EntryRule);
        Assert.Equal(EntryRuleKind.DocumentedOnly, days[calendar.DayIndex(new DateOnly(2026, 1, 26))].EntryRule);
        Assert.Equal(EntryRuleKind.Open, days[calendar.DayIndex(new DateOnly(2026, 1, 27))].EntryRule);
    }

    [Fact]
    public void Overlapping_multipliers_compound_and_places_add()
    {
        var small = TestScenarios.Small();
        var scenario = small with
        {
            Policies =
            [
                new PolicyEntry { Label = "a", Start = Start, Effects = new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = 2, Deterrence = 0.5 }, Sheltering = new ShelteringEffect { PlacesPerDay = 10 } } },
                new PolicyEntry { Label = "b", Start = Start, Effects = new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = 3, Deterrence = 0.5 }, Sheltering = new ShelteringEffect { PlacesPerDay = 5 } } },
            ],
        };
        var calendar = new SimulationCalendar(scenario.Window.Start, scenario.Window.End, TickLength.Day);
        var day = PolicyTimeline.Compile(scenario, calendar)[calendar.DayIndex(Start)];
        Assert.Equal(6, day.DetectionMultiplier, 9);
        Assert.Equal(0.75, day.Deterrence, 9);
        Assert.Equal(15, day.ShelterPlacesPerDay, 9);
    }
}
