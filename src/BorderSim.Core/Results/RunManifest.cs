using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Results;

/// <summary>What manifest.json records: enough to reproduce the run and to know what produced it.</summary>
public sealed record RunManifest
{
    /// <summary>
    /// The keys that say what made the run, on which machine, how it was asked for and where the scenario file was, rather
    /// than what the run computed: a reproduction may differ in these and still be the same result (its file's content is
    /// still checked, by <c>scenario_sha256</c>). 'bordersim reproduce' gives a fresh run these values from the folder it checks.
    /// </summary>
    public static readonly IReadOnlyList<string> ProvenanceKeys = [.. RunAllManifest.ProvenanceKeys, "scenario_file"];

    /// <summary>"run"; the manifest of an ensemble or sweep says "ensemble" or "sweep", of a run-all "run-all".</summary>
    public string Kind { get; init; } = "run";

    public required string BordersimVersion { get; init; }

    public string? GitCommit { get; init; }

    public required string DotnetVersion { get; init; }

    public required string Machine { get; init; }

    public required IReadOnlyList<string> CommandLine { get; init; }

    public required string ScenarioFile { get; init; }

    public required string ScenarioSha256 { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>The scenario after overrides, with the seed and tick used: run it to get the same outputs.</summary>
    public required Scenario ResolvedScenario { get; init; }

    public required IReadOnlyList<string> Files { get; init; }
}
