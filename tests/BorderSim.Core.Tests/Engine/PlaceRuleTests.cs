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
}
