using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace BorderSim.Core.Scenarios;

/// <summary>How groups decide, as rates per day: an event of rate r per day happens after an exponential time of mean 1/r days.</summary>
public sealed record Behaviour
{
    [Description("Probability that an undocumented group arriving in Arica heads straight for the irregular route instead of the border complex.")]
    [Range(0.0, 1.0)]
    public double DirectIrregularShare { get; init; }

    [Description("Rate per day at which a stranded group tries the irregular route.")]
    [Range(0.0, 1_000.0)]
    public required double IrregularAttemptRatePerDay { get; init; }

    [Description("Multiplier on irregular choices for groups with money for a smuggler.")]
    [Range(0.0, 1_000.0)]
    public double MoneyMultiplier { get; init; } = 2.0;

    [Description("Multiplier on irregular attempts and giving up once a group's patience has run out.")]
    [Range(0.0, 1_000.0)]
    public double ImpatienceMultiplier { get; init; } = 3.0;

    [Description("Rate per day at which a stranded group gives up and returns inland.")]
    [Range(0.0, 1_000.0)]
    public required double GiveUpRatePerDay { get; init; }

    [Description("Rate per day at which a stranded or sheltered group presents again once the entry rule would admit it.")]
    [Range(0.0, 1_000.0)]
    public double RepresentRatePerDay { get; init; } = 2.0;

    [Description("Leaving the Chacalluta queue before being processed (rates per day; none if omitted).")]
    public QueueBehaviour Queue { get; init; } = new();

    public required IrregularRoute IrregularRoute { get; init; }
}

public sealed record IrregularRoute
{
    [Description("Days spent crossing outside the complexes (Gamma distribution).")]
    public required GammaDays DurationDays { get; init; }

    [Description("Hazard of detection per day on the route, before militarization.")]
    [Range(0.0, 1_000.0)]
    public required double DetectionRatePerDay { get; init; }

    [Description("Share of intercepted groups returned inland; the rest go back to Stranded.")]
    [Range(0.0, 1.0)]
    public double InterceptedReturnedInlandShare { get; init; }
}

/// <summary>Groups waiting in the Chacalluta queue may leave it before they are processed.</summary>
public sealed record QueueBehaviour
{
    [Description("Rate per day at which a group waiting in the Chacalluta queue gives up and returns inland.")]
    [Range(0.0, 1_000.0)]
    public double GiveUpRatePerDay { get; init; }

    [Description("Rate per day at which an undocumented group waiting in the Chacalluta queue leaves it for the irregular route, times the money multiplier and (1 - deterrence).")]
    [Range(0.0, 1_000.0)]
    public double IrregularAttemptRatePerDay { get; init; }
}
