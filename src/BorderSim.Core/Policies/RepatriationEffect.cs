using System.ComponentModel;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Policies;

/// <summary>Repatriation flights: seats per flight on given weekdays, for nationalities whose country accepts returnees.</summary>
public sealed record RepatriationEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "repatriation";

    [Description("Seats on each flight, persons.")]
    [Range(0.0, 100_000.0)]
    public required double SeatsPerFlight { get; init; }

    [Description("Days of the week with a flight (monday … sunday); empty means every day.")]
    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = [];

    [Description("Nationalities whose country accepts the flights. Required: Venezuela refuses returnees from Chile.")]
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
