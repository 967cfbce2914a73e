using System.Globalization;
using BorderSim.Core.Results;

namespace BorderSim.Core.Experiments;

/// <summary>The key figures of one replicate: what ensembles and sweeps summarise across replicates.</summary>
public sealed record KeyFigures
{
    /// <summary>The numeric key figures, in column order (the peak date is separate).</summary>
    public static readonly string[] NumericNames =
        ["peak_stranded", "stranded_person_days", "crossed_irregular", "intercepted", "crossed_regular", "returned_inland", "irregular_attempts"];

    public required int PeakStranded { get; init; }

    public required DateOnly? PeakStrandedDate { get; init; }

    public required double StrandedPersonDays { get; init; }

    public required long CrossedIrregular { get; init; }

    public required long Intercepted { get; init; }

    public required long CrossedRegular { get; init; }

    public required long ReturnedInland { get; init; }

    public required long IrregularAttempts { get; init; }

    /// <summary>The simulated value at each of the scenario's observations (null outside the window).</summary>
    public required IReadOnlyList<double?> Observations { get; init; }

    public double Numeric(int index) => index switch
    {
        0 => PeakStranded,
        1 => StrandedPersonDays,
        2 => CrossedIrregular,
        3 => Intercepted,
        4 => CrossedRegular,
        5 => ReturnedInland,
        _ => IrregularAttempts,
    };

    public static KeyFigures From(RunSummary s) => new()
    {
        PeakStranded = s.PeakStranded,
        PeakStrandedDate = s.PeakStrandedDate,
        StrandedPersonDays = s.StrandedPersonDays,
        CrossedIrregular = s.Outcomes.CrossedIrregular,
        Intercepted = s.Intercepted,
        CrossedRegular = s.Outcomes.CrossedRegular,
        ReturnedInland = s.Outcomes.ReturnedInland,
        IrregularAttempts = s.IrregularAttempts,
        Observations = s.Observations.Select(o => o.Simulated).ToArray(),
    };

    /// <summary>The CSV fields after any leading columns: numeric figures, peak date, then one per observation.</summary>
    public static IEnumerable<string> Header(int observations) =>
        NumericNames.Take(1).Append("peak_stranded_date").Concat(NumericNames.Skip(1))
            .Concat(Enumerable.Range(1, observations).Select(i => $"observation_{i}"));

    public IEnumerable<string> Fields()
    {
        yield return Format(PeakStranded);
        yield return PeakStrandedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        for (var i = 1; i < NumericNames.Length; i++)
        {
            yield return Format(Numeric(i));
        }

        foreach (var o in Observations)
        {
            yield return o is { } v ? Format(v) : "";
        }
    }

    public static KeyFigures Parse(IReadOnlyList<string> fields)
    {
        double D(int i) => double.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        var observations = new double?[fields.Count - NumericNames.Length - 1];
        for (var i = 0; i < observations.Length; i++)
        {
            var text = fields[NumericNames.Length + 1 + i];
            observations[i] = text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return new KeyFigures
        {
            PeakStranded = (int)D(0),
            PeakStrandedDate = fields[1].Length == 0 ? null : DateOnly.ParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            StrandedPersonDays = D(2),
            CrossedIrregular = (long)D(3),
            Intercepted = (long)D(4),
            CrossedRegular = (long)D(5),
            ReturnedInland = (long)D(6),
            IrregularAttempts = (long)D(7),
            Observations = observations,
        };
    }

    /// <summary>Shortest round-trip form in the invariant culture: parsing it gives back the same double.</summary>
    public static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
