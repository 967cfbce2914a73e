using BorderSim.Core.Results;

namespace BorderSim.Core.Experiments;

/// <summary>
/// summary.json of an ensemble: each key figure's distribution across replicates, under the same names and in the
/// same shape as a run's summary.json (<see cref="RunSummary"/>), with a distribution where the run has a number:
/// the figures at the top level, the outcomes under <c>outcomes</c>.
/// </summary>
public sealed record EnsembleSummary
{
    /// <summary>"ensemble"; a run's summary says "run".</summary>
    public string Kind { get; init; } = "ensemble";

    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required int Replicates { get; init; }

    public required DateOnly WindowStart { get; init; }

    public required DateOnly WindowEnd { get; init; }

    public required Distribution PeakStranded { get; init; }

    /// <summary>
    /// Percentiles of the dates on which the replicates reached their peaks (inverse empirical distribution, so each
    /// is a real date). The median date is a replicate's peak date, not the date where the median curve is highest.
    /// </summary>
    public required DateDistribution PeakStrandedDate { get; init; }

    public required Distribution StrandedPersonDays { get; init; }

    public required Distribution QueuedPersonDays { get; init; }

    public required Distribution LongestQueue { get; init; }

    public required Distribution Departed { get; init; }

    public required OutcomeDistributions Outcomes { get; init; }

    public required Distribution IrregularAttempts { get; init; }

    public required Distribution Intercepted { get; init; }

    public required Distribution RefusedAtSantaRosa { get; init; }

    public required Distribution ShelterAdmissions { get; init; }

    public required IReadOnlyList<EnsembleObservation> Observations { get; init; }

    /// <summary>The distribution of the key figure <paramref name="name"/> (<see cref="KeyFigureDefinitions"/>).</summary>
    public Distribution this[string name] => name switch
    {
        "peak_stranded" => PeakStranded,
        "stranded_person_days" => StrandedPersonDays,
        "queued_person_days" => QueuedPersonDays,
        "longest_queue" => LongestQueue,
        "departed" => Departed,
        "crossed_regular" => Outcomes.CrossedRegular,
        "crossed_irregular" => Outcomes.CrossedIrregular,
        "left_by_corridor" => Outcomes.LeftByCorridor,
        "repatriated" => Outcomes.Repatriated,
        "returned_inland" => Outcomes.ReturnedInland,
        "irregular_attempts" => IrregularAttempts,
        "intercepted" => Intercepted,
        "refused_at_santa_rosa" => RefusedAtSantaRosa,
        "shelter_admissions" => ShelterAdmissions,
        _ => throw new ArgumentException($"'{name}' is not a key figure", nameof(name)),
    };

    public static EnsembleSummary From(EnsembleData data)
    {
        var figures = data.Replicates.Select(r => r.Figures).ToArray();
        Distribution Of(string name)
        {
            var index = KeyFigureDefinitions.IndexOf(name);
            return Quantiles.Describe(figures.Select(f => f.Numeric(index)));
        }

        return new EnsembleSummary
        {
            Scenario = data.Scenario.Name,
            Seed = data.Scenario.Seed,
            Tick = data.Scenario.Tick,
            Replicates = data.Replicates.Count,
            WindowStart = data.Scenario.Window.Start,
            WindowEnd = data.Scenario.Window.End,
            PeakStranded = Of("peak_stranded"),
            PeakStrandedDate = DateDistribution.From(figures.Select(f => f.PeakStrandedDate)),
            StrandedPersonDays = Of("stranded_person_days"),
            QueuedPersonDays = Of("queued_person_days"),
            LongestQueue = Of("longest_queue"),
            Departed = Of("departed"),
            Outcomes = new OutcomeDistributions
            {
                CrossedRegular = Of("crossed_regular"),
                CrossedIrregular = Of("crossed_irregular"),
                LeftByCorridor = Of("left_by_corridor"),
                Repatriated = Of("repatriated"),
                ReturnedInland = Of("returned_inland"),
            },
            IrregularAttempts = Of("irregular_attempts"),
            Intercepted = Of("intercepted"),
            RefusedAtSantaRosa = Of("refused_at_santa_rosa"),
            ShelterAdmissions = Of("shelter_admissions"),
            Observations = data.Observations.Select((o, i) => EnsembleObservation.From(o, figures.Select(f => f.Observations[i]))).ToArray(),
        };
    }
}

/// <summary>Each final outcome's distribution across replicates, as <see cref="OutcomeTotals"/> has its count in a run.</summary>
public sealed record OutcomeDistributions
{
    public required Distribution CrossedRegular { get; init; }

    public required Distribution CrossedIrregular { get; init; }

    public required Distribution LeftByCorridor { get; init; }

    public required Distribution Repatriated { get; init; }

    public required Distribution ReturnedInland { get; init; }
}

public sealed record DateDistribution
{
    public required DateOnly? P5 { get; init; }

    public required DateOnly? P50 { get; init; }

    public required DateOnly? P95 { get; init; }

    public static DateDistribution From(IEnumerable<DateOnly?> dates)
    {
        var days = dates.Where(d => d is not null).Select(d => d!.Value.DayNumber).Order().ToArray();
        DateOnly? At(double q) => days.Length == 0 ? null : DateOnly.FromDayNumber(days[Math.Max(0, (int)Math.Ceiling(q * days.Length) - 1)]);
        return new DateDistribution { P5 = At(0.05), P50 = At(0.50), P95 = At(0.95) };
    }
}

/// <summary>An observation against the ensemble: the simulated median and 90% interval, and whether the observation falls in it.</summary>
public sealed record EnsembleObservation
{
    public required DateOnly Date { get; init; }

    public required string? Time { get; init; }

    public required string Metric { get; init; }

    public required double Observed { get; init; }

    public required double? Low { get; init; }

    public required double? High { get; init; }

    public required Distribution? Simulated { get; init; }

    /// <summary>Simulated median minus observed.</summary>
    public required double? Error { get; init; }

    /// <summary>Whether the observed value (or its range) meets the simulated 90% interval.</summary>
    public required bool? WithinInterval { get; init; }

    public required string Source { get; init; }

    public required string Quote { get; init; }

    internal static EnsembleObservation From(Scenarios.Observation o, IEnumerable<double?> simulated)
    {
        var values = simulated.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var distribution = values.Length > 0 ? Quantiles.Describe(values) : null;
        return new EnsembleObservation
        {
            Date = o.Date,
            Time = o.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Metric = o.Metric,
            Observed = o.Value,
            Low = o.Low,
            High = o.High,
            Simulated = distribution,
            Error = distribution is null ? null : Quantiles.Round(distribution.P50 - o.Value),
            WithinInterval = distribution is null ? null : (o.High ?? o.Value) >= distribution.P5 && (o.Low ?? o.Value) <= distribution.P95,
            Source = o.Source,
            Quote = o.Quote,
        };
    }
}
