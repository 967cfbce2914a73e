using System.Text.Json.Serialization;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Policies;

/// <summary>Repatriation flights: seats per flight on given weekdays, for nationalities whose country accepts returnees.</summary>
public sealed record RepatriationEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "repatriation";

    public required double SeatsPerFlight { get; init; }

    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = [];

    public required IReadOnlyList<string> Nationalities { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context)
    {
        if (Weekdays.Count == 0 || Weekdays.Contains(context.Date.DayOfWeek))
        {
            conditions.RepatriationSeatsPerDay += SeatsPerFlight;
        }

        conditions.RepatriationNationalities = context.NationalityMask(Nationalities);
    }

    public bool Contradicts(IPolicyEffect other) =>
        other is RepatriationEffect o && !o.Nationalities.SequenceEqual(Nationalities, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<(string Path, string Message)> Validate(Scenario scenario)
    {
        if (Nationalities.Count == 0)
        {
            yield return ("nationalities", "name at least one nationality whose country accepts the flights");
        }

        foreach (var problem in PolicyContext.CheckNationalities(Nationalities, scenario))
        {
            yield return problem;
        }
    }
}
