using System.ComponentModel;

namespace BorderSim.Core.Scenarios;

/// <summary>How groups decide, as rates per day. A rate r becomes a probability 1 - exp(-r * tick) per tick.</summary>
public sealed record Behaviour
{
    public double DirectIrregularShare { get; init; }

    public required double IrregularAttemptRatePerDay { get; init; }

    public double MoneyMultiplier { get; init; } = 2.0;

    public double ImpatienceMultiplier { get; init; } = 3.0;

    public required double GiveUpRatePerDay { get; init; }

    public double RepresentRatePerDay { get; init; } = 2.0;

    public required IrregularRoute IrregularRoute { get; init; }
}

public sealed record IrregularRoute
{
    [Description("Days spent crossing outside the complexes (Gamma distribution).")]
    public required GammaDays DurationDays { get; init; }

    public required double DetectionRatePerDay { get; init; }

    public double InterceptedReturnedInlandShare { get; init; }
}
