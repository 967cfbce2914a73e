using System.ComponentModel;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;

namespace BorderSim.Core.Policies;

/// <summary>A change to Chacalluta's exit-processing capacity (extra staff, a strike, a closure). Overlaps compound.</summary>
public sealed record ChacallutaCapacityEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "chacalluta_capacity";

    [Description("Multiplier on the capacity schedule (0 closes the exit control).")]
    [Range(0.0, 100.0)]
    public required double Multiplier { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context) =>
        conditions.ChacallutaCapacityMultiplier *= Multiplier;

    public bool Contradicts(IPolicyEffect other) => false;
}
