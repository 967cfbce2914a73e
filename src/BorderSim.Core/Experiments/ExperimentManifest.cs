using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>manifest.json of an ensemble or sweep (or of one slice of it): enough to rerun, check and merge it.</summary>
public sealed record ExperimentManifest
{
    /// <summary>"ensemble" or "sweep".</summary>
    public required string Kind { get; init; }

    public required string BordersimVersion { get; init; }

    public string? GitCommit { get; init; }

    public required string DotnetVersion { get; init; }

    public required string Machine { get; init; }

    public required IReadOnlyList<string> CommandLine { get; init; }

    public required string ScenarioFile { get; init; }

    public required string ScenarioSha256 { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required int Replicates { get; init; }

    /// <summary>"K/N" for a slice, "1/1" for a whole experiment.</summary>
    public required string Shard { get; init; }

    /// <summary>The replicate seeds of this folder, in order (ensembles).</summary>
    public IReadOnlyList<ulong> ReplicateSeeds { get; init; } = [];

    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>The varied parameters as given (sweeps).</summary>
    public IReadOnlyList<string> Vary { get; init; } = [];

    /// <summary>Latin hypercube points, if the sweep is one.</summary>
    public int? Lhs { get; init; }

    /// <summary>The sweep's points (values of the varied parameters).</summary>
    public IReadOnlyList<string[]> Points { get; init; } = [];

    public required Scenario ResolvedScenario { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    public required IReadOnlyList<string> Files { get; init; }
}
