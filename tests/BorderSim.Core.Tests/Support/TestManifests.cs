using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Support;

/// <summary>Manifests as a command would write them, with fixed provenance, for tests of what manifests hold.</summary>
internal static class TestManifests
{
    /// <summary>The manifest of a run of <paramref name="resolved"/> from <paramref name="scenarioFile"/>, with no overrides.</summary>
    public static RunManifest Run(Scenario resolved, string scenarioFile) => new()
    {
        BordersimVersion = "0.1.0",
        GitCommit = null,
        DotnetVersion = ".NET 10.0.1",
        Machine = "Linux X64, 2 cores",
        CommandLine = ["bordersim", "run", scenarioFile],
        ScenarioFile = scenarioFile,
        ScenarioSha256 = "00",
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Overrides = [],
        ResolvedScenario = resolved,
        Files = ResultWriter.Files,
    };
}
