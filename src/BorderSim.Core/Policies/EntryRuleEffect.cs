using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>Sets Peru's entry rule at Santa Rosa. Two different rules may not overlap in time.</summary>
public sealed record EntryRuleEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "entry_rule";

    public required EntryRuleKind Rule { get; init; }

    public bool VulnerableExempt { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context)
    {
        conditions.EntryRule = Rule;
        conditions.VulnerableExempt = VulnerableExempt;
    }

    public bool Contradicts(IPolicyEffect other) => other is EntryRuleEffect o && o != this;
}
