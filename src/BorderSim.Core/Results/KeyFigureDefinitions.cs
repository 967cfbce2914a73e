namespace BorderSim.Core.Results;

/// <summary>
/// One headline figure of a run: its name in every output (summary.json, key_figures.csv, sweeps, comparisons), its
/// label in charts and reports, what it means, its unit, and how it is read off a run's summary.
/// </summary>
public sealed record KeyFigureDefinition(string Name, string Label, string Description, string Unit, bool IsOutcome, Func<RunSummary, double> Read);

/// <summary>
/// The key figures, in the order every output lists them: the one place that names and defines them. The date of the
/// peak is not among them (a date, not a number): it is <c>peak_stranded_date</c>, always right after
/// <c>peak_stranded</c>.
/// </summary>
public static class KeyFigureDefinitions
{
    public const string PeakStrandedDate = "peak_stranded_date";

    public static readonly IReadOnlyList<KeyFigureDefinition> All =
    [
        new("peak_stranded", "Peak stranded", "most persons stranded at the end of a day (midnight), over the window", "persons", false, s => s.PeakStranded),
        new("stranded_person_days", "Stranded person-days", "days spent stranded, summed over persons, counted minute by minute", "person-days", false, s => s.StrandedPersonDays),
        new("queued_person_days", "Queued person-days", "days spent waiting in the Chacalluta queue, summed over persons, counted minute by minute", "person-days", false, s => s.QueuedPersonDays),
        new("longest_queue", "Longest queue", "most persons waiting in the Chacalluta queue at any moment", "persons", false, s => s.LongestQueue),
        new("departed", "Departed", "persons who left the pool in Chile towards the border", "persons", false, s => s.Departed),
        new("crossed_regular", "Crossed regularly", "persons admitted at Santa Rosa", "persons", true, s => s.Outcomes.CrossedRegular),
        new("crossed_irregular", "Crossed irregularly", "persons who finished an irregular route undetected", "persons", true, s => s.Outcomes.CrossedIrregular),
        new("left_by_corridor", "Left by corridor", "persons who left through a humanitarian corridor", "persons", true, s => s.Outcomes.LeftByCorridor),
        new("repatriated", "Repatriated", "persons who left on a repatriation flight", "persons", true, s => s.Outcomes.Repatriated),
        new("returned_inland", "Returned inland", "persons who gave up, or were sent back after an interception, and went back inland", "persons", true, s => s.Outcomes.ReturnedInland),
        new("irregular_attempts", "Irregular attempts", "persons who set out on an irregular route (a person may try more than once)", "persons", false, s => s.IrregularAttempts),
        new("intercepted", "Intercepted", "persons detected on an irregular route (a person may be detected more than once)", "persons", false, s => s.Intercepted),
        new("refused_at_santa_rosa", "Refused at Santa Rosa", "persons refused entry to Peru (a person may be refused more than once)", "persons", false, s => s.RefusedAtSantaRosa),
        new("shelter_admissions", "Shelter admissions", "persons taken into shelters in Chile", "persons", false, s => s.ShelterAdmissions),
    ];

    /// <summary>The definition of <paramref name="name"/>, or null.</summary>
    public static KeyFigureDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    /// <summary>The position of <paramref name="name"/> in <see cref="All"/>; throws for an unknown name.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{name}' is not a key figure", nameof(name));
    }
}
