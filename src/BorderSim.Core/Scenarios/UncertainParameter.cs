using System.Globalization;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// An uncertain input resolved against its scenario: a concrete key path, the kind of value it takes, its range as
/// numbers (a date as its day number), its distribution and the scenario's own value. It maps a fraction of the unit
/// interval to a value (<see cref="ValueAt"/>) and a value to the text <c>--set</c> takes (<see cref="Format"/>), so
/// samplers work in the unit cube whatever the parameter is. Immutable.
/// </summary>
public sealed record UncertainParameter
{
    /// <summary>The concrete key path in the binder's form: <c>policies[2].duration_days</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The parameter catalogue's entry for the key.</summary>
    public required Parameter Parameter { get; init; }

    /// <summary><see cref="ParameterKind.Number"/>, <see cref="ParameterKind.WholeNumber"/> or <see cref="ParameterKind.Date"/>.</summary>
    public required ParameterKind Kind { get; init; }

    /// <summary>Lowest value of the range, included (a date as its day number).</summary>
    public required double Low { get; init; }

    /// <summary>Highest value of the range, included (a date as its day number).</summary>
    public required double High { get; init; }

    public required UncertainDistribution Distribution { get; init; }

    /// <summary>The peak of a triangular distribution or the centre of a normal one.</summary>
    public required double Mode { get; init; }

    /// <summary>The standard deviation of a normal distribution before truncation.</summary>
    public required double Sd { get; init; }

    /// <summary>The scenario's value, as the file writes it.</summary>
    public required string Value { get; init; }

    /// <summary>Where the range comes from: the entry's source, or the catalogue's for a range taken from it.</summary>
    public required string Source { get; init; }

    public string? Note { get; init; }

    /// <summary>Whether the range is the parameter catalogue's plausible range (the entry gave none, or there is no entry).</summary>
    public required bool RangeFromCatalogue { get; init; }

    /// <summary>The key path as a column name R and pandas keep as it is (<c>policies_2.duration_days</c>).</summary>
    public string Column => Experiments.SweepDimension.ColumnName(Path);

    /// <summary>Whether values are whole (whole numbers and dates): they are drawn on the range widened by half a unit at each end, then rounded, so every value of the range has its full share.</summary>
    public bool IsDiscrete => Kind is ParameterKind.WholeNumber or ParameterKind.Date;

    /// <summary>The range as the file writes it: "0.1–1.5", "2026-01-12–2026-03-11".</summary>
    public string RangeText => $"{Format(Low)}–{Format(High)}";

    /// <summary>
    /// The value at fraction <paramref name="u"/> (0 to 1) of the distribution: its quantile function, so a uniform
    /// <paramref name="u"/> gives a value drawn from the distribution. Whole numbers and dates are rounded.
    /// </summary>
    public double ValueAt(double u)
    {
        u = Math.Clamp(u, 0, 1);
        var (a, b) = IsDiscrete ? (Low - 0.5, High + 0.5) : (Low, High);
        var x = Distribution switch
        {
            UncertainDistribution.Uniform => a + (u * (b - a)),
            UncertainDistribution.LogUniform => Math.Exp(Math.Log(a) + (u * (Math.Log(b) - Math.Log(a)))),
            UncertainDistribution.Triangular => Triangular(u, a, b, Math.Clamp(Mode, a, b)),
            UncertainDistribution.Normal => TruncatedNormal(u, a, b, Mode, Sd),
            _ => throw new InvalidOperationException($"unknown distribution {Distribution}"),
        };
        x = u == 0 ? a : u == 1 ? b : Math.Clamp(x, a, b); // the ends exactly (exp(log(a)) may miss a by a rounding)
        return IsDiscrete ? Math.Clamp(Math.Floor(x + 0.5), Low, High) : x;
    }

    /// <summary>A value as <c>--set</c> takes it: the shortest text that reads back exactly, a whole number, or YYYY-MM-DD.</summary>
    public string Format(double value) => Kind switch
    {
        ParameterKind.Date => DateOnly.FromDayNumber((int)Math.Round(value)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ParameterKind.WholeNumber => Math.Round(value).ToString("0", CultureInfo.InvariantCulture),
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>The scenario's value as a number (a date as its day number).</summary>
    public double ScenarioValue => Parse(Kind, Value) ?? double.NaN;

    /// <summary>A value's text as a number of this kind (a date as its day number), or null if it is not one.</summary>
    internal static double? Parse(ParameterKind kind, string text)
    {
        if (kind == ParameterKind.Date)
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.DayNumber : null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            && (kind != ParameterKind.WholeNumber || x == Math.Floor(x))
            ? x
            : null;
    }

    private static double Triangular(double u, double a, double b, double c)
    {
        var peak = (c - a) / (b - a);
        return u < peak
            ? a + Math.Sqrt(u * (b - a) * (c - a))
            : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
    }

    private static double TruncatedNormal(double u, double a, double b, double mean, double sd)
    {
        var lower = Normal.CDF(mean, sd, a);
        var upper = Normal.CDF(mean, sd, b);
        if (!(upper > lower))
        {
            // The range lies so far in one tail that the normal's mass there underflows: the nearer end.
            return Math.Abs(a - mean) < Math.Abs(b - mean) ? a : b;
        }

        return Normal.InvCDF(mean, sd, lower + (u * (upper - lower)));
    }
}
