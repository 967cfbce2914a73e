using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>Departures follow the configured intensity: a compound Poisson process in persons.</summary>
[RunsManyScenarios]
public sealed class DepartureTests
{
    // Small(): group sizes 1 and 3, half each: E[size] = 2, E[size²] = 5.
    private const double MeanSize = 2.0;
    private const double MeanSizeSquared = 5.0;

    [Theory]
    [InlineData("24h")]
    [InlineData("6h")]
    [InlineData("1h")]
    public void Total_departures_match_the_rate_within_four_standard_deviations(string tick)
    {
        var scenario = TestScenarios.Small() with { Tick = tick };
        var days = scenario.Window.End.DayNumber - scenario.Window.Start.DayNumber + 1;
        var expected = scenario.Population.BaseDeparturesPersonsPerDay * days; // the pool of 1,000,000 shrinks by under 1%: allowed for below
        var groupsRate = expected / MeanSize;
        var sd = Math.Sqrt(groupsRate * MeanSizeSquared);
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var result = ScenarioRunner.Run(scenario, seed);
            Assert.InRange(result.Summary.Departed, expected - (4 * sd) - (0.01 * expected), expected + (4 * sd));
        }
    }

    [Fact]
    public void A_departure_multiplier_scales_departures_only_on_its_days()
    {
        var scenario = TestScenarios.Small() with
        {
            Policies =
            [
                new PolicyEntry
                {
                    Label = "ultimatum",
                    Start = new DateOnly(2025, 12, 11),
                    End = new DateOnly(2025, 12, 20),
                    Effects = new PolicyEffects { Departures = new DeparturesEffect { Multiplier = 5 } },
                },
            ],
        };
        var inside = 0.0;
        var outside = 0.0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var days = ScenarioRunner.Run(scenario, seed).Days;
            inside += days.Where(d => d.Date >= new DateOnly(2025, 12, 11) && d.Date <= new DateOnly(2025, 12, 20)).Average(d => d.Flows.Departures);
            outside += days.Where(d => d.Date < new DateOnly(2025, 12, 11) || d.Date > new DateOnly(2025, 12, 20)).Average(d => d.Flows.Departures);
        }

        // 10 seeds × 10 days at 1,000/day against 200/day: the ratio is 5 within a few percent.
        Assert.InRange(inside / outside, 4.6, 5.4);
    }

    [Fact]
    public void Departures_stop_when_the_pool_is_empty_and_never_overdraw_it()
    {
        var scenario = TestScenarios.Small() with
        {
            Population = TestScenarios.Small().Population with { PoolPersons = 500, BaseDeparturesPersonsPerDay = 5_000 },
        };
        var sim = new Simulation(scenario, 3, TickLength.Parse("6h"));
        var result = sim.Run();
        Assert.Equal(500, result.Summary.Departed);
        Assert.Equal(0, result.Summary.PoolRemaining);
    }

    [Fact]
    public void Departures_slow_as_the_pool_shrinks()
    {
        // Persons per day = base × pool / initial pool: with base = pool / 10, the pool decays like exp(-t/10).
        var scenario = TestScenarios.Small() with
        {
            Population = TestScenarios.Small().Population with { PoolPersons = 100_000, BaseDeparturesPersonsPerDay = 10_000 },
            Tick = "1h",
        };
        var result = ScenarioRunner.Run(scenario, 5);
        var remainingAfter10Days = result.Days[9].PoolRemaining;
        Assert.InRange(remainingAfter10Days, 100_000 * Math.Exp(-1) * 0.97, 100_000 * Math.Exp(-1) * 1.03);
    }
}
