using BorderSim.Core.Results;

namespace BorderSim.Core.Experiments;

/// <summary>summary.json of an ensemble: each key figure's distribution across replicates.</summary>
public sealed record EnsembleSummary
{
    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required int Replicates { get; init; }

    public required DateOnly WindowStart { get; init; }

    public required DateOnly WindowEnd { get; init; }

    public required Distribution PeakStranded { get; init; }

    /// <summary>Percentiles of the date of the peak (inverse empirical distribution, so each is a real date).</summary>
    public required DateDistribution PeakStrandedDate { get; init; }

    public required Distribution StrandedPersonDays { get; init; }

    public required Distribution CrossedIrregular { get; init; }

    public required Distribution Intercepted { get; init; }

    public required Distribution CrossedRegular { get; init; }

    public required Distribution ReturnedInland { get; init; }

    public required Distribution IrregularAttempts { get; init; }

    public required IReadOnlyList<EnsembleObservation> Observations { get; init; }

    public static EnsembleSummary From(EnsembleData data)
    {
        var figures = data.Replicates.Select(r => r.Figures).ToArray();
        Distribution Of(int index) => Quantiles.Describe(figures.Select(f => f.Numeric(index)));
        return new EnsembleSummary
        {
            Scenario = data.Scenario.Name,
            Seed = data.Scenario.Seed,
            Tick = data.Scenario.Tick,
            Replicates = data.Replicates.Count,
            WindowStart = data.Scenario.Window.Start,
            WindowEnd = data.Scenario.Window.End,
            PeakStranded = Of(0),
            PeakStrandedDate = DateDistribution.From(figures.Select(f => f.PeakStrandedDate)),
            StrandedPersonDays = Of(1),
            CrossedIrregular = Of(2),
            Intercepted = Of(3),
            CrossedRegular = Of(4),
            ReturnedInland = Of(5),
            IrregularAttempts = Of(6),
            Observations = data.Observations.Select((o, i) => EnsembleObservation.From(o, figures.Select(f => f.Observations[i]))).ToArray(),
        };
    }
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
