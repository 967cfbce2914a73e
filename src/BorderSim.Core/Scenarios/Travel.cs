using System.ComponentModel;

namespace BorderSim.Core.Scenarios;

/// <summary>The journey north to Arica.</summary>
public sealed record Travel
{
    [Description("Days from leaving home to reaching Arica (Gamma distribution).")]
    public required GammaDays TravelDays { get; init; }
}
