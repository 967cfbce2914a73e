using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Sensitivity;

/// <summary>manifest.json of a sensitivity analysis (or of one slice of it): enough to rerun and check it.</summary>
public sealed record SensitivityManifest
{
    public string Kind { get; init; } = "sensitivity";

    /// <summary>"morris" or "sobol".</summary>
    public required string Method { get; init; }

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

    /// <summary>Sobol: base samples N. Morris: trajectories.</summary>
    public required int Samples { get; init; }

    /// <summary>Morris: levels of the grid.</summary>
    public int? Levels { get; init; }

    /// <summary>Points of the whole design.</summary>
    public required int Points { get; init; }

    /// <summary>"K/N" for a slice, "1/1" for a whole analysis.</summary>
    public required string Shard { get; init; }

    public required IReadOnlyList<string> Overrides { get; init; }

    public required IReadOnlyList<SensitivityParameter> Parameters { get; init; }

    /// <summary>The key figures analysed.</summary>
    public required IReadOnlyList<string> Outputs { get; init; }

    public required Scenario ResolvedScenario { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public static SensitivityParameter Describe(UncertainParameter p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var usesMode = p.Distribution is UncertainDistribution.Triangular or UncertainDistribution.Normal;
        return new SensitivityParameter(p.Path, p.Format(p.Low), p.Format(p.High), SnakeCase.From(p.Distribution.ToString()), usesMode ? p.Format(p.Mode) : null, p.Distribution == UncertainDistribution.Normal ? p.Sd : null, p.Source);
    }
}

/// <summary>One uncertain input of an analysis as the manifest records it.</summary>
public sealed record SensitivityParameter(string Key, string Low, string High, string Distribution, string? Mode, double? Sd, string Source);
