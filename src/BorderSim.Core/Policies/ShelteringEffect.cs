using System.ComponentModel;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;

namespace BorderSim.Core.Policies;

/// <summary>Chile's authorities shelter stranded people: places per day, vulnerable groups first.</summary>
public sealed record ShelteringEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "sheltering";

    [Description("Persons taken into shelters per day.")]
    [Range(0.0, 10_000_000.0)]
    public required double PlacesPerDay { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context) =>
        conditions.ShelterPlacesPerDay += PlacesPerDay;

    public bool Contradicts(IPolicyEffect other) => false;
}
