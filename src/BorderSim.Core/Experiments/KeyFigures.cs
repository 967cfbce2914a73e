using System.Globalization;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>
/// The key figures of one replicate (<see cref="KeyFigureDefinitions"/>, in that order), the date of its peak, and
/// the simulated value at each of the scenario's observations: what ensembles and sweeps summarise across replicates.
/// </summary>
public sealed record KeyFigures
{
    /// <summary>The numeric key figures' names, in column order (the peak date is separate).</summary>
    public static readonly string[] NumericNames = KeyFigureDefinitions.All.Select(d => d.Name).ToArray();

    /// <summary>One value per <see cref="KeyFigureDefinitions.All"/>.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    public required DateOnly? PeakStrandedDate { get; init; }

    /// <summary>The simulated value at each of the scenario's observations (null outside the window).</summary>
    public required IReadOnlyList<double?> Observations { get; init; }

    public double Numeric(int index) => Values[index];

    public double this[string name] => Values[KeyFigureDefinitions.IndexOf(name)];

    public static KeyFigures From(RunSummary s) => new()
    {
        Values = KeyFigureDefinitions.All.Select(d => d.Read(s)).ToArray(),
        PeakStrandedDate = s.PeakStrandedDate,
        Observations = s.Observations.Select(o => o.Simulated).ToArray(),
    };

    /// <summary>
    /// The CSV fields after any leading columns: the numeric figures with the peak date after the peak, then one per
    /// observation, named after it (<see cref="ObservationColumns"/>).
    /// </summary>
    public static IEnumerable<string> Header(IReadOnlyList<Observation> observations) =>
        NumericNames.Take(1).Append(KeyFigureDefinitions.PeakStrandedDate).Concat(NumericNames.Skip(1))
            .Concat(ObservationColumns(observations));

    /// <summary>
    /// A column name for each observation that says what it holds, usable as a name in R and pandas: the simulated
    /// value of the metric at the observation's date (and time), e.g. <c>sim_stranded_20251201_1300</c>; a name
    /// that repeats gets a suffix <c>_2</c>, <c>_3</c>.
    /// </summary>
    public static IReadOnlyList<string> ObservationColumns(IReadOnlyList<Observation> observations)
    {
        var names = new List<string>(observations.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            var name = "sim_" + SafeName(o.Metric) + "_" + o.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                + (o.Time is { } t ? "_" + t.ToString("HHmm", CultureInfo.InvariantCulture) : "");
            var n = seen.GetValueOrDefault(name) + 1;
            seen[name] = n;
            names.Add(n == 1 ? name : $"{name}_{n}");
        }

        return names;
    }

    public IEnumerable<string> Fields()
    {
        yield return Format(Values[0]);
        yield return PeakStrandedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        for (var i = 1; i < Values.Count; i++)
        {
            yield return Format(Values[i]);
        }

        foreach (var o in Observations)
        {
            yield return o is { } v ? Format(v) : "";
        }
    }

    /// <summary>Reads back <see cref="Fields"/>.</summary>
    public static KeyFigures Parse(IReadOnlyList<string> fields)
    {
        if (fields.Count < NumericNames.Length + 1)
        {
            throw new InvalidDataException($"expected at least {NumericNames.Length + 1} key-figure fields, found {fields.Count}");
        }

        double D(int i) => double.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        var values = new double[NumericNames.Length];
        values[0] = D(0);
        for (var i = 1; i < values.Length; i++)
        {
            values[i] = D(i + 1);
        }

        var observations = new double?[fields.Count - NumericNames.Length - 1];
        for (var i = 0; i < observations.Length; i++)
        {
            var text = fields[NumericNames.Length + 1 + i];
            observations[i] = text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return new KeyFigures
        {
            Values = values,
            PeakStrandedDate = fields[1].Length == 0 ? null : DateOnly.ParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Observations = observations,
        };
    }

    /// <summary>Shortest round-trip form in the invariant culture: parsing it gives back the same double.</summary>
    public static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string SafeName(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
}
