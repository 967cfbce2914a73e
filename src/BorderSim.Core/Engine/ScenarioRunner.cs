using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>Runs a scenario once, with the scenario's seed and tick unless others are given.</summary>
public static class ScenarioRunner
{
    public static RunResult Run(Scenario scenario, ulong? seed = null, TickLength? tick = null)
    {
        var resolved = Resolve(scenario, seed, tick);
        return new Simulation(resolved, resolved.Seed, TickLength.Parse(resolved.Tick)).Run();
    }

    /// <summary>The scenario with the seed and tick a run will use written into it.</summary>
    public static Scenario Resolve(Scenario scenario, ulong? seed, TickLength? tick) => scenario with
    {
        Seed = seed ?? scenario.Seed,
        Tick = (tick ?? TickLength.Parse(scenario.Tick)).ToString(),
    };
}
