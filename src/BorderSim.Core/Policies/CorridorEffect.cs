using System.Text.Json.Serialization;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Policies;

/// <summary>A humanitarian corridor: places per day through Peru for eligible stranded or sheltered groups.</summary>
public sealed record CorridorEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "corridor";

    public required double PlacesPerDay { get; init; }

    public IReadOnlyList<string> Nationalities { get; init; } = [];

    public bool DocumentsRequired { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context)
    {
        conditions.CorridorPlacesPerDay += PlacesPerDay;
        conditions.CorridorNationalities = context.NationalityMask(Nationalities);
        conditions.CorridorDocumentsRequired = DocumentsRequired;
    }

    public bool Contradicts(IPolicyEffect other) =>
        other is CorridorEffect o
        && (o.DocumentsRequired != DocumentsRequired || !o.Nationalities.SequenceEqual(Nationalities, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<(string Path, string Message)> Validate(Scenario scenario) =>
        PolicyContext.CheckNationalities(Nationalities, scenario);
}
