using System.ComponentModel;

namespace BorderSim.Core.Scenarios;

/// <summary>How groups decide, as rates per day: an event of rate r per day happens after an exponential time of mean 1/r days.</summary>
public sealed record Behaviour
{
    public double DirectIrregularShare { get; init; }

    public required double IrregularAttemptRatePerDay { get; init; }

    public double MoneyMultiplier { get; init; } = 2.0;

    public double ImpatienceMultiplier { get; init; } = 3.0;

    public required double GiveUpRatePerDay { get; init; }

    public double RepresentRatePerDay { get; init; } = 2.0;

    [Description("Leaving the Chacalluta queue before being processed (rates per day; none if omitted).")]
    public QueueBehaviour Queue { get; init; } = new();

    public required IrregularRoute IrregularRoute { get; init; }
}

public sealed record IrregularRoute
{
    [Description("Days spent crossing outside the complexes (Gamma distribution).")]
    public required GammaDays DurationDays { get; init; }

    public required double DetectionRatePerDay { get; init; }

    public double InterceptedReturnedInlandShare { get; init; }
}

/// <summary>Groups waiting in the Chacalluta queue may leave it before they are processed.</summary>
public sealed record QueueBehaviour
{
    public double GiveUpRatePerDay { get; init; }

    public double IrregularAttemptRatePerDay { get; init; }
}
