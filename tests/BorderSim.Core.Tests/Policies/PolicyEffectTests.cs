using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Policies;

/// <summary>What each effect does to a day's conditions (ODD §7.1), read from the compiled timeline.</summary>
public sealed class PolicyEffectTests
{
    private static readonly DateOnly Start = new(2025, 12, 10); // a Wednesday

    /// <summary>The conditions of every day of <see cref="TestScenarios.Small"/> (1 to 30 December) under the policies.</summary>
    private static (DayConditions[] Days, SimulationCalendar Calendar) Compile(params PolicyEffects[] effects)
    {
        var scenario = TestScenarios.Small() with
        {
            Policies = effects.Select((e, i) => TestScenarios.Policy($"p{i}", Start, null, e)).ToArray(),
        };
        var calendar = new SimulationCalendar(scenario.Window.Start, scenario.Window.End, TickLength.Day);
        return (PolicyTimeline.Compile(scenario, calendar), calendar);
    }

    private static DayConditions On(params PolicyEffects[] effects)
    {
        var (days, calendar) = Compile(effects);
        return days[calendar.DayIndex(Start)];
    }

    private static PolicyEffects Deterring(double deterrence) =>
        new() { Militarization = new MilitarizationEffect { Deterrence = deterrence } };

    [Fact]
    public void One_deterrence_deters_its_own_share()
    {
        Assert.Equal(0.0, DayConditions.Default(EntryRuleKind.Open, false).Deterrence);
        Assert.Equal(0.3, On(Deterring(0.3)).Deterrence, 12);
    }

    [Fact]
    public void Two_deterrences_of_0_5_compound_to_0_75_and_three_to_0_875()
    {
        Assert.Equal(0.75, On(Deterring(0.5), Deterring(0.5)).Deterrence, 12);
        Assert.Equal(0.875, On(Deterring(0.5), Deterring(0.5), Deterring(0.5)).Deterrence, 12);
        Assert.Equal(1 - (0.7 * 0.6), On(Deterring(0.3), Deterring(0.4)).Deterrence, 12);
    }

    [Fact]
    public void Detection_multipliers_compound_and_a_militarization_without_a_share_keeps_the_default()
    {
        var day = On(new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = 2 } },
            new PolicyEffects { Militarization = new MilitarizationEffect { DetectionMultiplier = 3.5 } });
        Assert.Equal(7.0, day.DetectionMultiplier, 12);
        Assert.Null(day.InterceptedReturnedInlandShare);
        Assert.Equal(0.4, On(new PolicyEffects { Militarization = new MilitarizationEffect { InterceptedReturnedInlandShare = 0.4 } }).InterceptedReturnedInlandShare);
    }

    [Fact]
    public void Chacalluta_capacity_multipliers_compound()
    {
        static PolicyEffects Times(double m) => new() { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = m } };
        Assert.Equal(1.0, Compile(Times(2)).Days[0].ChacallutaCapacityMultiplier); // before the policy
        Assert.Equal(2.0, On(Times(2)).ChacallutaCapacityMultiplier, 12);
        Assert.Equal(0.5, On(Times(0.5)).ChacallutaCapacityMultiplier, 12);
        Assert.Equal(6.0, On(Times(2), Times(3)).ChacallutaCapacityMultiplier, 12);
        Assert.Equal(0.0, On(Times(2), Times(0)).ChacallutaCapacityMultiplier, 12);
    }

    [Fact]
    public void Departure_multipliers_compound_and_places_add()
    {
        var day = On(
            new PolicyEffects { Departures = new DeparturesEffect { Multiplier = 2 }, Corridor = new CorridorEffect { PlacesPerDay = 30 } },
            new PolicyEffects { Departures = new DeparturesEffect { Multiplier = 0.25 }, Corridor = new CorridorEffect { PlacesPerDay = 12 } });
        Assert.Equal(0.5, day.DepartureMultiplier, 12);
        Assert.Equal(42, day.CorridorPlacesPerDay, 12);
    }

    [Fact]
    public void A_repatriation_flies_on_its_weekdays_only_and_every_day_when_none_are_listed()
    {
        var (days, calendar) = Compile(new PolicyEffects
        {
            Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Weekdays = [DayOfWeek.Tuesday, DayOfWeek.Friday], Nationalities = ["Colombia"] },
        });
        for (var d = 0; d < days.Length; d++)
        {
            var date = calendar.DateOfDay(d);
            var flies = date >= Start && date.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday;
            Assert.True(days[d].RepatriationSeatsPerDay == (flies ? 40 : 0), $"{date} ({date.DayOfWeek}): {days[d].RepatriationSeatsPerDay} seats");
        }

        var (everyDay, _) = Compile(new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Nationalities = ["Colombia"] } });
        Assert.All(everyDay.Skip(calendar.DayIndex(Start)), d => Assert.Equal(40, d.RepatriationSeatsPerDay));
        Assert.All(everyDay.Take(calendar.DayIndex(Start)), d => Assert.Equal(0, d.RepatriationSeatsPerDay));

        // Two flights on one day add their seats.
        var two = new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 25, Nationalities = ["Colombia"] } };
        Assert.Equal(50, On(two, two).RepatriationSeatsPerDay);
    }

    [Theory]
    [InlineData(new string[0], ulong.MaxValue)]
    [InlineData(new[] { "Venezuela" }, 0b001UL)]
    [InlineData(new[] { "Colombia" }, 0b010UL)]
    [InlineData(new[] { "peru" }, 0b100UL)]
    [InlineData(new[] { "Peru", "VENEZUELA" }, 0b101UL)]
    [InlineData(new[] { "Colombia", "colombia" }, 0b010UL)] // named twice: still admitted
    [InlineData(new[] { "Haiti" }, 0UL)]
    public void A_nationality_list_admits_exactly_the_nationalities_it_names(string[] names, ulong mask)
    {
        var context = new PolicyContext(Start, ["Venezuela", "Colombia", "Peru"]);
        Assert.Equal(mask, context.NationalityMask(names));
    }

    [Fact]
    public void Corridor_and_repatriation_nationalities_reach_the_day_s_conditions()
    {
        var day = On(new PolicyEffects
        {
            Corridor = new CorridorEffect { PlacesPerDay = 10, Nationalities = ["Colombia"], DocumentsRequired = true },
            Repatriation = new RepatriationEffect { SeatsPerFlight = 10, Nationalities = ["Colombia"] },
        });
        Assert.Equal(0b10UL, day.CorridorNationalities);
        Assert.True(day.CorridorDocumentsRequired);
        Assert.Equal(0b10UL, day.RepatriationNationalities);
        Assert.Equal(ulong.MaxValue, On(new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 10 } }).CorridorNationalities);
    }

    [Fact]
    public void An_entry_rule_sets_the_rule_and_its_exemption_and_the_default_holds_outside_it()
    {
        var (days, calendar) = Compile(new PolicyEffects { EntryRule = new EntryRuleEffect { Rule = EntryRuleKind.Closed, VulnerableExempt = true } });
        Assert.Equal(EntryRuleKind.Open, days[0].EntryRule);
        Assert.False(days[0].VulnerableExempt);
        Assert.Equal(EntryRuleKind.Closed, days[calendar.DayIndex(Start)].EntryRule);
        Assert.True(days[calendar.DayIndex(Start)].VulnerableExempt);
    }

    [Fact]
    public void Only_effects_of_one_kind_that_cannot_hold_together_contradict()
    {
        var closed = new EntryRuleEffect { Rule = EntryRuleKind.Closed };
        Assert.False(closed.Contradicts(new EntryRuleEffect { Rule = EntryRuleKind.Closed }));
        Assert.True(closed.Contradicts(new EntryRuleEffect { Rule = EntryRuleKind.DocumentedOnly }));
        Assert.True(closed.Contradicts(new EntryRuleEffect { Rule = EntryRuleKind.Closed, VulnerableExempt = true }));

        var venezuela = new CorridorEffect { PlacesPerDay = 1, Nationalities = ["Venezuela"] };
        Assert.False(venezuela.Contradicts(new CorridorEffect { PlacesPerDay = 99, Nationalities = ["venezuela"] }));
        Assert.True(venezuela.Contradicts(new CorridorEffect { PlacesPerDay = 1, Nationalities = ["Colombia"] }));
        Assert.True(venezuela.Contradicts(new CorridorEffect { PlacesPerDay = 1, Nationalities = ["Venezuela"], DocumentsRequired = true }));
        Assert.False(venezuela.Contradicts(closed));

        var colombia = new RepatriationEffect { SeatsPerFlight = 1, Nationalities = ["Colombia"] };
        Assert.False(colombia.Contradicts(new RepatriationEffect { SeatsPerFlight = 5, Nationalities = ["COLOMBIA"], Weekdays = [DayOfWeek.Monday] }));
        Assert.True(colombia.Contradicts(new RepatriationEffect { SeatsPerFlight = 1, Nationalities = ["Peru"] }));
        Assert.False(colombia.Contradicts(venezuela));

        var half = new MilitarizationEffect { InterceptedReturnedInlandShare = 0.5 };
        Assert.False(half.Contradicts(new MilitarizationEffect { InterceptedReturnedInlandShare = 0.5, Deterrence = 0.9 }));
        Assert.True(half.Contradicts(new MilitarizationEffect { InterceptedReturnedInlandShare = 0.6 }));
        Assert.False(half.Contradicts(new MilitarizationEffect()));
        Assert.False(new MilitarizationEffect().Contradicts(half));
        Assert.False(half.Contradicts(venezuela));

        Assert.False(new ShelteringEffect { PlacesPerDay = 1 }.Contradicts(new ShelteringEffect { PlacesPerDay = 2 }));
        Assert.False(new ChacallutaCapacityEffect { Multiplier = 1 }.Contradicts(new ChacallutaCapacityEffect { Multiplier = 2 }));
        Assert.False(new DeparturesEffect { Multiplier = 1 }.Contradicts(new DeparturesEffect { Multiplier = 2 }));
    }

    [Fact]
    public void Each_effect_is_named_by_its_key_in_the_scenario_file()
    {
        IPolicyEffect[] effects =
        [
            new EntryRuleEffect { Rule = EntryRuleKind.Closed },
            new MilitarizationEffect(),
            new CorridorEffect { PlacesPerDay = 1 },
            new ShelteringEffect { PlacesPerDay = 1 },
            new RepatriationEffect { SeatsPerFlight = 1, Nationalities = ["Colombia"] },
            new ChacallutaCapacityEffect { Multiplier = 1 },
            new DeparturesEffect { Multiplier = 1 },
        ];
        Assert.Equal(
            ["entry_rule", "militarization", "corridor", "sheltering", "repatriation", "chacalluta_capacity", "departures"],
            effects.Select(e => e.Key));
    }

    [Fact]
    public void Corridors_and_flights_may_only_name_nationalities_of_the_population()
    {
        var scenario = TestScenarios.Small(); // Venezuela and Colombia
        Assert.Empty(new CorridorEffect { PlacesPerDay = 1, Nationalities = ["venezuela", "Colombia"] }.Validate(scenario));
        Assert.Equal([("nationalities[1]", "'Peru' is not one of the population's nationalities")],
            new CorridorEffect { PlacesPerDay = 1, Nationalities = ["Colombia", "Peru"] }.Validate(scenario));
        Assert.Equal([("nationalities[0]", "'Peru' is not one of the population's nationalities")],
            new RepatriationEffect { SeatsPerFlight = 1, Nationalities = ["Peru"] }.Validate(scenario));

        // Flights must name a country that accepts them: Venezuela refuses returnees, so none is assumed.
        Assert.Equal([("nationalities", "name at least one nationality whose country accepts the flights")],
            new RepatriationEffect { SeatsPerFlight = 1, Nationalities = [] }.Validate(scenario));

        // A nationality the population lists twice (itself an error reported elsewhere) is still known.
        var twice = scenario with
        {
            Population = scenario.Population with { Nationalities = [.. scenario.Population.Nationalities, scenario.Population.Nationalities[0]] },
        };
        Assert.Empty(new CorridorEffect { PlacesPerDay = 1, Nationalities = ["Venezuela"] }.Validate(twice));
        Assert.Empty(((IPolicyEffect)new ShelteringEffect { PlacesPerDay = 1 }).Validate(scenario)); // effects without nationalities have nothing to check
    }
}
