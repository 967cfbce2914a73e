using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Results;

/// <summary>What manifest.json records: enough to reproduce the run and to know what produced it.</summary>
public sealed record RunManifest
{
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
