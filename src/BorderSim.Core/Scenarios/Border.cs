using System.ComponentModel;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Scenarios;

/// <summary>The Chacalluta exit control and Santa Rosa's standing entry rule.</summary>
public sealed record Border
{
    public EntryRuleKind DefaultEntryRule { get; init; } = EntryRuleKind.Open;

    public bool DefaultVulnerableExempt { get; init; }

    [Description("Chacalluta's exit-processing capacity through the day, persons per hour; the blocks must cover 0-24h without overlap.")]
    public required IReadOnlyList<CapacityBlock> CapacitySchedule { get; init; }

    public double OrdinaryTravellersPersonsPerDay { get; init; }

    public double WeekendTouristsPersons { get; init; }
}

public sealed record CapacityBlock
{
    public required int FromHour { get; init; }

    public required int ToHour { get; init; }

    public required double PersonsPerHour { get; init; }
}
