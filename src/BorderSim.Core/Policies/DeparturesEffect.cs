using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>A multiplier on departures from the pool: an ultimatum, an election, a deadline, news of a closed border. Overlaps compound.</summary>
public sealed record DeparturesEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "departures";

    public required double Multiplier { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context) =>
        conditions.DepartureMultiplier *= Multiplier;

    public bool Contradicts(IPolicyEffect other) => false;
}
