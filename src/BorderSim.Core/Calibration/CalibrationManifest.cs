using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Calibration;

/// <summary>manifest.json of a calibration: enough to rerun and check it.</summary>
public sealed record CalibrationManifest
{
    /// <summary>"calibration".</summary>
    public string Kind { get; init; } = "calibration";

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

    /// <summary>"abc-smc".</summary>
    public required string Method { get; init; }

    /// <summary>How the distance is computed, in words.</summary>
    public required string Distance { get; init; }

    public required int Particles { get; init; }

    public required int Budget { get; init; }

    public required int MaxPopulations { get; init; }

    /// <summary>Each tolerance is this weighted quantile of the previous population's distances.</summary>
    public required double ToleranceQuantile { get; init; }

    /// <summary>The calibrated key paths, in the order of posterior.csv's columns.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Each prior as text ("log-uniform 0.1–1.5").</summary>
    public required IReadOnlyList<string> Priors { get; init; }

    /// <summary>The observation columns held out of the fit.</summary>
    public required IReadOnlyList<string> HeldOut { get; init; }

    public required int Simulations { get; init; }

    public required int Populations { get; init; }

    /// <summary>The last population's tolerance; null when only the prior population was completed.</summary>
    public required double? FinalTolerance { get; init; }

    public required string StopReason { get; init; }

    /// <summary>Replicates of the scenario as given, for comparison.</summary>
    public required int Replicates { get; init; }

    public required Scenario ResolvedScenario { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    public required IReadOnlyList<string> Files { get; init; }
}
