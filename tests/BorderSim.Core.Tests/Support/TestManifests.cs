using BorderSim.Core.Calibration;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Sensitivity;

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

    /// <summary>The manifest of a small calibration of <paramref name="resolved"/>: 4 particles, one population, no parameter.</summary>
    public static CalibrationManifest Calibration(Scenario resolved) => new()
    {
        BordersimVersion = "0.1.0",
        DotnetVersion = ".NET 10.0.1",
        Machine = "Linux X64, 2 cores",
        CommandLine = ["bordersim", "calibrate", "small.yaml"],
        ScenarioFile = "small.yaml",
        ScenarioSha256 = "00",
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Overrides = [],
        Method = "abc-smc",
        Distance = "",
        Particles = 4,
        Budget = 8,
        MaxPopulations = 1,
        ToleranceQuantile = 0.5,
        Parameters = [],
        Priors = [],
        HeldOut = [],
        Simulations = 8,
        Populations = 1,
        FinalTolerance = null,
        StopReason = "",
        Replicates = 0,
        ResolvedScenario = resolved,
        Observations = [],
        Files = [],
    };

    /// <summary>The manifest of a whole Morris analysis of <paramref name="resolved"/>: two trajectories of two parameters, nothing described.</summary>
    public static SensitivityManifest Sensitivity(Scenario resolved) => new()
    {
        Method = "morris",
        BordersimVersion = "0.1.0",
        DotnetVersion = ".NET 10.0.1",
        Machine = "Linux X64, 2 cores",
        CommandLine = ["bordersim", "sensitivity", "small.yaml"],
        ScenarioFile = "small.yaml",
        ScenarioSha256 = "00",
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Replicates = 1,
        Samples = 2,
        Points = 6,
        Shard = "1/1",
        Overrides = [],
        Parameters = [],
        Outputs = ["peak_stranded"],
        ResolvedScenario = resolved,
        Files = ["indices.csv"],
    };
}
