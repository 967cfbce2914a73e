namespace BorderSim.Core.Results;

/// <summary>One scenario of a run-all folder: its name (also its folder's), its file and the file's SHA-256.</summary>
public sealed record RunAllScenario(string Name, string ScenarioFile, string ScenarioSha256);

/// <summary>
/// manifest.json at the top of a folder written by 'bordersim run-all': what produced it, the scenario files it ran
/// (each into the folder of its name) and the scenarios drawn on comparison/comparison.svg.
/// </summary>
public sealed record RunAllManifest
{
    public const string RunAllKind = "run-all";

    /// <summary>The subfolder with the comparison chart and the key-figures table of every scenario.</summary>
    public const string ComparisonFolder = "comparison";

    /// <summary>
    /// The keys that say what made the folder and how it was asked for, rather than what it holds: 'bordersim reproduce'
    /// gives a fresh run-all these values from the folder it checks. A single run's manifest has these and where its
    /// scenario file was (<see cref="RunManifest.ProvenanceKeys"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> ProvenanceKeys = ["bordersim_version", "git_commit", "dotnet_version", "machine", "command_line"];

    public string Kind { get; init; } = RunAllKind;

    public required string BordersimVersion { get; init; }

    public string? GitCommit { get; init; }

    public required string DotnetVersion { get; init; }

    public required string Machine { get; init; }

    public required IReadOnlyList<string> CommandLine { get; init; }

    /// <summary>The scenario folders and files given, relative to the folder run-all was run from, with '/' between names.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Replicates of each scenario: 1, a single run with the scenario's own seed; more, an ensemble whose replicate 0 is that run.</summary>
    public int Replicates { get; init; } = 1;

    /// <summary>Every scenario run, in the order of their files' paths.</summary>
    public required IReadOnlyList<RunAllScenario> Scenarios { get; init; }

    /// <summary>The scenarios drawn on comparison/comparison.svg, in the order of its legend.</summary>
    public required IReadOnlyList<string> ComparisonChart { get; init; }
}
