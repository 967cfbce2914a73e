using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>Chile's authorities shelter stranded people: places per day, vulnerable groups first.</summary>
public sealed record ShelteringEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "sheltering";

    public required double PlacesPerDay { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context) =>
        conditions.ShelterPlacesPerDay += PlacesPerDay;

    public bool Contradicts(IPolicyEffect other) => false;
}
