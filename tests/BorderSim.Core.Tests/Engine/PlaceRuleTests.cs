using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Who takes a corridor place or a repatriation seat, and how many (ODD §7.10). Every test starts from
/// <see cref="TestScenarios.Waiting"/>: single persons refused at Santa Rosa and then waiting, hundreds of each
/// nationality by the time the places start, so a day's places are always used in full.
/// </summary>
public sealed class PlaceRuleTests
{
    private static readonly DateOnly From = new(2025, 12, 5);

    private static RunResult Run(PolicyEffects effects) =>
        ScenarioRunner.Run(TestScenarios.Waiting() with { Policies = [TestScenarios.Policy("places", From, null, effects)] }, 3);

    private static Breakdown Of(RunResult run, string nationality) => run.Summary.ByNationality.Single(b => b.Name == nationality);

    [Fact]
    public void With_seats_and_eligible_stranded_groups_a_flight_repatriates_as_many_persons_as_it_has_seats()
    {
        var run = Run(new PolicyEffects
        {
            Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Weekdays = [DayOfWeek.Tuesday], Nationalities = ["Colombia"] },
        });

        foreach (var day in run.Days)
        {
            var flies = day.Date >= From && day.Date.DayOfWeek == DayOfWeek.Tuesday;
            Assert.True(day.Flows.Repatriated == (flies ? 40 : 0), $"{day.Date} ({day.Date.DayOfWeek}): {day.Flows.Repatriated} repatriated");
        }

        Assert.Equal(4 * 40, run.Summary.Outcomes.Repatriated); // 9, 16, 23 and 30 December
        Assert.Equal(0, Of(run, "Venezuela").Outcomes.Repatriated); // Venezuela refuses returnees: none is named
    }

    [Fact]
    public void A_flight_takes_whole_groups_only_and_leaves_seats_a_group_would_not_fit_in_empty()
    {
        // Families of three and 40 seats: 13 families board, the 40th seat flies empty.
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with { GroupSizes = [new() { Size = 3, Share = 1 }] },
            Policies =
            [
                TestScenarios.Policy("flights", From, null, new PolicyEffects
                {
                    Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Weekdays = [DayOfWeek.Tuesday], Nationalities = ["Colombia"] },
                }),
            ],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.All(run.Days.Where(d => d.Flows.Repatriated > 0), d => Assert.Equal(39, d.Flows.Repatriated));
        Assert.Equal(4 * 39, run.Summary.Outcomes.Repatriated);
    }

    [Theory]
    [InlineData("Venezuela", "Colombia")]
    [InlineData("Colombia", "Venezuela")]
    public void A_corridor_for_one_nationality_admits_none_of_another(string admitted, string excluded)
    {
        var run = Run(new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 50, Nationalities = [admitted] } });
        Assert.Equal(0, Of(run, excluded).Outcomes.LeftByCorridor);
        Assert.Equal(run.Summary.Outcomes.LeftByCorridor, Of(run, admitted).Outcomes.LeftByCorridor);

        // Hundreds of the admitted nationality wait: each day in force the corridor's 50 places are all taken.
        Assert.All(run.Days, d => Assert.Equal(d.Date >= From ? 50 : 0, d.Flows.LeftByCorridor));
    }

    [Fact]
    public void A_corridor_that_requires_documents_takes_no_undocumented_group()
    {
        // Every Venezuelan here is undocumented, every Colombian documented.
        var run = Run(new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 50, DocumentsRequired = true } });
        Assert.Equal(0, Of(run, "Venezuela").Outcomes.LeftByCorridor);
        Assert.Equal(26 * 50, Of(run, "Colombia").Outcomes.LeftByCorridor); // 5 to 30 December
    }

    [Fact]
    public void A_flight_leaves_at_noon_with_those_waiting_then_and_a_single_seat_flies_too()
    {
        // A flight every day with more seats than anyone needs: at noon every stranded Colombian boards, and those
        // refused later wait for the next day's flight.
        var run = Run(new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 10_000, Nationalities = ["Colombia"] } });
        var hours = run.Hours;
        for (var d = 5; d < run.Days.Count; d++)
        {
            // [h] is the state at the end of hour h: 12:00 is before the flight's minute is handled, 13:00 after it.
            Assert.True(hours[(d * 24) + 11].Stranded > hours[(d * 24) + 12].Stranded + 40, $"day {d}: the flight takes the stranded Colombians at noon");
        }

        var single = Run(new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 1, Nationalities = ["Colombia"] } });
        Assert.All(single.Days.Where(d => d.Date >= From), d => Assert.Equal(1, d.Flows.Repatriated));
    }

    [Fact]
    public void Sheltered_groups_may_leave_by_the_corridor_and_on_flights_but_queued_and_travelling_ones_may_not()
    {
        // Shelters take everyone refused at once; the corridor (Venezuelans) and the flights (Colombians) then take
        // their places from the shelters, so the day's places are used in full though nobody is stranded.
        var scenario = TestScenarios.Waiting() with
        {
            Policies =
            [
                TestScenarios.Policy("shelter", new DateOnly(2025, 12, 1), null, new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 1_000 } }),
                TestScenarios.Policy("places", From, null, new PolicyEffects
                {
                    Corridor = new CorridorEffect { PlacesPerDay = 50, Nationalities = ["Venezuela"] },
                    Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Nationalities = ["Colombia"] },
                }),
            ],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.All(run.Days.Where(d => d.Date >= From), d => Assert.Equal((50, 40), (d.Flows.LeftByCorridor, d.Flows.Repatriated)));
        Assert.All(run.Hours, h => Assert.InRange(h.Stranded, 0, 3)); // stranded only for the minute before a shelter place
    }

    [Fact]
    public void A_group_larger_than_the_rest_of_the_day_s_places_is_passed_over_and_smaller_ones_behind_it_are_served()
    {
        // Two corridor places a day, families of three (all vulnerable here) and singles (none vulnerable): no family
        // ever fits, and the singles behind them take both places every day.
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with
            {
                GroupSizes = [new() { Size = 1, Share = 1 }, new() { Size = 3, Share = 1 }],
                VulnerableShareSingles = 0,
                VulnerableShareFamilies = 1,
            },
            Policies = [TestScenarios.Policy("corridor", From, null, new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 2 } })],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.Equal(0, run.Summary.ByVulnerability.Single(b => b.Name == "vulnerable").Outcomes.LeftByCorridor);
        Assert.All(run.Days, d => Assert.Equal(d.Date >= From ? 2 : 0, d.Flows.LeftByCorridor));
    }

    [Theory]
    [InlineData("flight")]
    [InlineData("corridor")]
    [InlineData("shelter")]
    public void Places_go_to_every_eligible_waiting_group_while_they_last_the_runs_very_first_included(string kind)
    {
        // Three persons depart in the whole run (the store's first slots) and wait; places for all of them on the first day.
        var effects = kind switch
        {
            "flight" => new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 5, Nationalities = ["Venezuela", "Colombia"] } },
            "corridor" => new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 5 } },
            _ => new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 5 } },
        };
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with { PoolPersons = 3 },
            Policies = [TestScenarios.Policy("places", From, null, effects)],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.Equal(3, run.Summary.Departed);
        var first = run.Days.Single(d => d.Date == From).Flows;
        Assert.Equal(3, kind switch { "flight" => first.Repatriated, "corridor" => first.LeftByCorridor, _ => first.ShelterAdmissions });
    }

    [Fact]
    public void Once_a_group_takes_its_place_the_next_in_line_is_served_the_same_day_with_nobody_new_arriving()
    {
        // Twelve persons depart early and are all waiting by the time a corridor of 10 places a day opens; nobody else
        // comes. The places go one after another through the first day, then the last two the next day.
        var scenario = TestScenarios.Waiting() with
        {
            Population = TestScenarios.Waiting().Population with { PoolPersons = 12, BaseDeparturesPersonsPerDay = 50 },
            Policies = [TestScenarios.Policy("corridor", From, null, new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 10 } })],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.Equal(12, run.Summary.Departed);
        Assert.Equal(10, run.Days.Single(d => d.Date == From).Flows.LeftByCorridor);
        Assert.Equal(2, run.Days.Single(d => d.Date == From.AddDays(1)).Flows.LeftByCorridor);
    }
}
