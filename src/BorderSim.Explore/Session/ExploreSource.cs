using BorderSim.Core.Scenarios;

namespace BorderSim.Explore.Session;

/// <summary>
/// What the page explores, read once by the caller (the CLI): the scenario file's path as the student typed it, its
/// text and SHA-256, and its observations. The page reads no other file and writes none.
/// </summary>
public sealed record ExploreSource
{
    /// <summary>The scenario file as given on the command line, for messages and the command lines the page shows.</summary>
    public required string Path { get; init; }

    public required string Text { get; init; }

    public required string Sha256 { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>Overrides given on the command line (--observations): part of the scenario as started, not changes.</summary>
    public IReadOnlyList<ScenarioOverride> BaseOverrides { get; init; } = [];

    /// <summary>BorderSim's version and commit, for the charts' source line.</summary>
    public required string Version { get; init; }

    public string? Commit { get; init; }

    public required string DotnetVersion { get; init; }

    public required string Machine { get; init; }
}
