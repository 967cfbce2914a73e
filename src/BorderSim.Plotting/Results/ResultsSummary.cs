using System.Text.Json;
using BorderSim.Core.Results;

namespace BorderSim.Plotting.Results;

/// <summary>A key figure as summary.json gives it: a run's number, or an ensemble's median with its 90% interval.</summary>
public sealed record FigureValue(double Value, double? P5, double? P95)
{
    public bool HasInterval => P5 is not null && P95 is not null;
}

/// <summary>How persons who departed ended up (summary.json's <c>outcomes</c>); null where the file does not say.</summary>
public sealed record OutcomeCounts(double? CrossedRegular, double? CrossedIrregular, double? LeftByCorridor, double? Repatriated, double? ReturnedInland)
{
    public double Total => (CrossedRegular ?? 0) + (CrossedIrregular ?? 0) + (LeftByCorridor ?? 0) + (Repatriated ?? 0) + (ReturnedInland ?? 0);

    /// <summary>An outcome by its summary.json key (crossed_regular, …); null when the summary does not give it.</summary>
    public double? Get(string key) => key switch
    {
        "crossed_regular" => CrossedRegular,
        "crossed_irregular" => CrossedIrregular,
        "left_by_corridor" => LeftByCorridor,
        "repatriated" => Repatriated,
        "returned_inland" => ReturnedInland,
        _ => null,
    };

    /// <summary>Reads <c>outcomes</c> of <paramref name="parent"/>, or (an ensemble's summary) the same names on the parent itself.</summary>
    internal static OutcomeCounts ReadFrom(JsonElement parent) =>
        Read(JsonRead.Get(parent, "outcomes") is { ValueKind: JsonValueKind.Object } outcomes ? outcomes : parent);

    internal static OutcomeCounts Read(JsonElement? e) => new(
        JsonRead.Number(e, "crossed_regular"), JsonRead.Number(e, "crossed_irregular"), JsonRead.Number(e, "left_by_corridor"),
        JsonRead.Number(e, "repatriated"), JsonRead.Number(e, "returned_inland"));
}

/// <summary>A row of summary.json's <c>by_nationality</c> or <c>by_vulnerability</c>.</summary>
public sealed record BreakdownRow(string Name, double? Departed, OutcomeCounts Outcomes, double? StrandedPersonDays);

/// <summary>
/// An observation set against the run (summary.json's <c>observations</c>). For an ensemble, <see cref="Simulated"/> is
/// the median and <see cref="SimulatedRange"/> the 5–95% range of the runs, and <see cref="WithinRange"/> says whether
/// the observation meets that range.
/// </summary>
public sealed record ObservationRow(DateOnly Date, string? Time, string Metric, double Observed, double? Low, double? High, double? Simulated, double? Error, bool? WithinRange, string Source, string Quote)
{
    public (double Low, double High)? SimulatedRange { get; init; }
}

/// <summary>summary.json, read tolerantly: every figure is optional, unknown properties are ignored.</summary>
public sealed record ResultsSummary
{
    /// <summary>"run" or "ensemble" (null in files older than the field).</summary>
    public string? Kind { get; init; }

    /// <summary>Every key figure of <see cref="KeyFigureDefinitions"/> that the file gives, by name.</summary>
    public IReadOnlyDictionary<string, FigureValue> Figures { get; init; } = new Dictionary<string, FigureValue>();

    public string? Scenario { get; init; }
    public string? Seed { get; init; }
    public string? Tick { get; init; }
    public int? Replicates { get; init; }
    public DateOnly? WindowStart { get; init; }
    public DateOnly? WindowEnd { get; init; }
    public double? PeakStranded { get; init; }
    public DateOnly? PeakStrandedDate { get; init; }
    public double? StrandedPersonDays { get; init; }
    public double? Departed { get; init; }
    public OutcomeCounts Outcomes { get; init; } = new(null, null, null, null, null);
    public double? IrregularAttempts { get; init; }
    public double? Intercepted { get; init; }
    public double? RefusedAtSantaRosa { get; init; }
    public double? ShelterAdmissions { get; init; }
    public double? PersonsEverStranded { get; init; }
    public double? DaysStrandedMedian { get; init; }
    public double? DaysStrandedP90 { get; init; }
    public double? DaysStrandedMean { get; init; }
    public IReadOnlyList<BreakdownRow> ByNationality { get; init; } = [];
    public IReadOnlyList<BreakdownRow> ByVulnerability { get; init; } = [];
    public IReadOnlyList<ObservationRow> Observations { get; init; } = [];

    public static ResultsSummary Parse(string text, string fileName = "summary.json")
    {
        var root = JsonRead.Parse(text, fileName);
        var days = JsonRead.Get(root, "days_stranded");
        return new ResultsSummary
        {
            Kind = JsonRead.String(root, "kind"),
            Figures = ReadFigures(root),
            Scenario = JsonRead.String(root, "scenario"),
            Seed = JsonRead.NumberText(root, "seed"),
            Tick = JsonRead.String(root, "tick"),
            Replicates = JsonRead.Number(root, "replicates") is double r ? (int)r : null,
            WindowStart = JsonRead.Date(root, "window_start"),
            WindowEnd = JsonRead.Date(root, "window_end"),
            PeakStranded = JsonRead.Number(root, "peak_stranded"),
            PeakStrandedDate = JsonRead.Date(root, "peak_stranded_date"),
            StrandedPersonDays = JsonRead.Number(root, "stranded_person_days"),
            Departed = JsonRead.Number(root, "departed"),
            Outcomes = OutcomeCounts.ReadFrom(root),
            IrregularAttempts = JsonRead.Number(root, "irregular_attempts"),
            Intercepted = JsonRead.Number(root, "intercepted"),
            RefusedAtSantaRosa = JsonRead.Number(root, "refused_at_santa_rosa"),
            ShelterAdmissions = JsonRead.Number(root, "shelter_admissions"),
            PersonsEverStranded = JsonRead.Number(days, "persons_ever_stranded"),
            DaysStrandedMedian = JsonRead.Number(days, "median"),
            DaysStrandedP90 = JsonRead.Number(days, "p90"),
            DaysStrandedMean = JsonRead.Number(days, "mean"),
            ByNationality = Breakdowns(root, "by_nationality"),
            ByVulnerability = Breakdowns(root, "by_vulnerability"),
            Observations = JsonRead.Array(root, "observations").Select(ReadObservation).OfType<ObservationRow>().ToArray(),
        };
    }

    private static Dictionary<string, FigureValue> ReadFigures(JsonElement root)
    {
        var outcomes = JsonRead.Get(root, "outcomes") is { ValueKind: JsonValueKind.Object } o ? o : root;
        var figures = new Dictionary<string, FigureValue>(StringComparer.Ordinal);
        foreach (var definition in KeyFigureDefinitions.All)
        {
            var parent = definition.IsOutcome ? outcomes : root;
            if (JsonRead.Number(parent, definition.Name) is double value)
            {
                var range = JsonRead.Range(parent, definition.Name);
                figures[definition.Name] = new FigureValue(value, range?.Low, range?.High);
            }
        }

        return figures;
    }

    private static BreakdownRow[] Breakdowns(JsonElement root, string name) =>
        JsonRead.Array(root, name)
            .Select(e => new BreakdownRow(JsonRead.String(e, "name") ?? "?", JsonRead.Number(e, "departed"), OutcomeCounts.ReadFrom(e), JsonRead.Number(e, "stranded_person_days")))
            .ToArray();

    /// <summary>An observation without a date, metric or observed value cannot be placed and is left out.</summary>
    private static ObservationRow? ReadObservation(JsonElement e)
    {
        var date = JsonRead.Date(e, "date");
        var metric = JsonRead.String(e, "metric");
        var observed = JsonRead.Number(e, "observed") ?? JsonRead.Number(e, "value");
        if (date is null || metric is null || observed is null)
        {
            return null;
        }
        var within = JsonRead.Bool(e, "within_range") ?? JsonRead.Bool(e, "within_interval");
        return new ObservationRow(date.Value, JsonRead.String(e, "time"), metric, observed.Value, JsonRead.Number(e, "low"), JsonRead.Number(e, "high"),
            JsonRead.Number(e, "simulated"), JsonRead.Number(e, "error"), within, JsonRead.String(e, "source") ?? "", JsonRead.String(e, "quote") ?? "")
        {
            SimulatedRange = JsonRead.Range(e, "simulated"),
        };
    }
}
