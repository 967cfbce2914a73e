using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Scenarios;

/// <summary>The Chacalluta exit control and Santa Rosa's standing entry rule.</summary>
public sealed record Border
{
    [Description("Peru's entry rule on days no policy sets one.")]
    public EntryRuleKind DefaultEntryRule { get; init; } = EntryRuleKind.Open;

    [Description("Whether vulnerable groups are admitted on days no policy sets the rule.")]
    public bool DefaultVulnerableExempt { get; init; }

    [Description("Chacalluta's exit-processing capacity through the day, persons per hour; the blocks must cover 0-24h without overlap.")]
    public required IReadOnlyList<CapacityBlock> CapacitySchedule { get; init; }

    [Description("Ordinary travellers (not in the model's pool) using the exit control on a weekday, persons per day.")]
    [Range(0.0, 10_000_000.0)]
    public double OrdinaryTravellersPersonsPerDay { get; init; }

    [Description("Extra tourists crossing to Tacna over a weekend (Saturday and Sunday together), persons.")]
    [Range(0.0, 10_000_000.0)]
    public double WeekendTouristsPersons { get; init; }
}

public sealed record CapacityBlock
{
    [Range(0, 23)]
    public required int FromHour { get; init; }

    [Description("End hour, excluded (24 for midnight).")]
    [Range(1, 24)]
    public required int ToHour { get; init; }

    [Range(0.0, 1_000_000.0)]
    public required double PersonsPerHour { get; init; }
}
