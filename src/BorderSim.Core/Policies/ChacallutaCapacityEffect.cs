using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>A change to Chacalluta's exit-processing capacity (extra staff, a strike, a closure). Overlaps compound.</summary>
public sealed record ChacallutaCapacityEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "chacalluta_capacity";

    public required double Multiplier { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context) =>
        conditions.ChacallutaCapacityMultiplier *= Multiplier;

    public bool Contradicts(IPolicyEffect other) => false;
}
