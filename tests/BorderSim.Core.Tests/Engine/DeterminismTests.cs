using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

[RunsManyScenarios]
public sealed class DeterminismTests
{
    private static string Outputs(RunResult result)
    {
        var daily = new StringWriter();
        ResultWriter.WriteDaily(result.Days, daily);
        var ticks = new StringWriter();
        ResultWriter.WriteTicks(result.Ticks, ticks);
        return daily + "\n" + ticks + "\n" + ScenarioJson.Serialize(result.Summary);
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes()
    {
        var scenario = TestScenarios.Baseline();
        Assert.Equal(Outputs(ScenarioRunner.Run(scenario, seed: 7)), Outputs(ScenarioRunner.Run(scenario, seed: 7)));
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_on_parallel_threads()
    {
        var scenario = TestScenarios.Baseline();
        var serial = Outputs(ScenarioRunner.Run(scenario, seed: 11));
        var parallel = new string[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = Outputs(ScenarioRunner.Run(scenario, seed: 11)));
        Assert.All(parallel, p => Assert.Equal(serial, p));
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        var scenario = TestScenarios.Baseline();
        Assert.NotEqual(Outputs(ScenarioRunner.Run(scenario, seed: 1)), Outputs(ScenarioRunner.Run(scenario, seed: 2)));
    }

    [Fact]
    public void The_scenario_seed_is_used_when_none_is_given()
    {
        var scenario = TestScenarios.Small();
        Assert.Equal(Outputs(ScenarioRunner.Run(scenario)), Outputs(ScenarioRunner.Run(scenario, seed: scenario.Seed)));
    }
}
