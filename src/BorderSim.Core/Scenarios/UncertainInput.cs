namespace BorderSim.Core.Scenarios;

/// <summary>
/// One uncertain input of a scenario, as the scenario file states it under <c>uncertainty:</c>: the key path of a number
/// or date, the range it may plausibly take, how likely each value is, and why. Sensitivity analysis and calibration read
/// these as their parameters and priors; <c>validate</c> checks them. An entry that gives only <see cref="Key"/> takes
/// the parameter catalogue's plausible range and a uniform distribution.
/// </summary>
public sealed record UncertainInput
{
    // What each key means, its unit and limits: the parameter catalogue (uncertainty[].key, ...), which the JSON Schema reads.
    public required string Key { get; init; }

    public IReadOnlyList<string>? Range { get; init; }

    public UncertainDistribution Distribution { get; init; } = UncertainDistribution.Uniform;

    public string? Mode { get; init; }

    public double? Sd { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }
}

/// <summary>The distributions an uncertain input may take over its range.</summary>
public enum UncertainDistribution
{
    /// <summary>Every value of the range equally likely.</summary>
    Uniform,

    /// <summary>Most likely at the mode, falling linearly to zero at both ends of the range.</summary>
    Triangular,

    /// <summary>A normal distribution (mean at the mode, standard deviation sd) truncated to the range.</summary>
    Normal,

    /// <summary>Uniform in the logarithm: each factor of ten of the range equally likely (the range above zero).</summary>
    LogUniform,
}
