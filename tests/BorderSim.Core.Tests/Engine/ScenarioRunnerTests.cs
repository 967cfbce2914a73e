using BorderSim.Core.Engine;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>A run uses the seed and tick it is given, and the scenario's own where none is given.</summary>
public sealed class ScenarioRunnerTests
{
    [Fact]
    public void A_run_uses_the_seed_and_tick_it_is_given_and_the_scenarios_own_otherwise()
    {
        var scenario = TestScenarios.Small(); // seed 42, tick 6h, 30 days

        var own = ScenarioRunner.Run(scenario);
        Assert.Equal(42UL, own.Seed);
        Assert.Equal("6h", own.Scenario.Tick);
        Assert.Equal(30 * 4, own.Ticks.Count);

        var given = ScenarioRunner.Run(scenario, seed: 7, tick: TickLength.Parse("1h"));
        Assert.Equal(7UL, given.Seed);
        Assert.Equal(7UL, given.Scenario.Seed);
        Assert.Equal("1h", given.Scenario.Tick);
        Assert.Equal(30 * 24, given.Ticks.Count);
    }
}
