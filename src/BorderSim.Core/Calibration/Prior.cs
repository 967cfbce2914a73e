using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Calibration;

/// <summary>
/// The prior of one calibrated parameter: a scenario's uncertain input (its <c>uncertainty:</c> entry, or the
/// catalogue's plausible range) read as a probability distribution over its range. Draws go through the input's own
/// quantile function, so calibration and sensitivity analysis sample the same distribution; the density (which
/// importance weights need) is the distribution's over the range (for whole numbers and dates, over the range widened
/// by half a unit at each end, as they are drawn). Immutable; draws take the random stream as a parameter.
/// </summary>
public sealed record Prior(UncertainParameter Parameter)
{
    /// <summary>The concrete key path, e.g. <c>policies[5].effects.departures.multiplier</c>.</summary>
    public string Path => Parameter.Path;

    public double Low => Parameter.Low;

    public double High => Parameter.High;

    public bool Contains(double x) => x >= Low && x <= High;

    /// <summary>The prior density at <paramref name="x"/> (0 outside the range; whole numbers and dates: the range widened by half a unit).</summary>
    public double Density(double x)
    {
        var (a, b) = Parameter.IsDiscrete ? (Low - 0.5, High + 0.5) : (Low, High);
        if (x < a || x > b)
        {
            return 0;
        }

        switch (Parameter.Distribution)
        {
            case UncertainDistribution.LogUniform:
                return 1 / (x * Math.Log(b / a));
            case UncertainDistribution.Triangular:
                var c = Math.Clamp(Parameter.Mode, a, b);
                return x <= c
                    ? (c == a ? 2 / (b - a) : 2 * (x - a) / ((b - a) * (c - a)))
                    : 2 * (b - x) / ((b - a) * (b - c));
            case UncertainDistribution.Normal:
                var mass = Normal.CDF(Parameter.Mode, Parameter.Sd, b) - Normal.CDF(Parameter.Mode, Parameter.Sd, a);
                return mass > 0 ? Normal.PDF(Parameter.Mode, Parameter.Sd, x) / mass : 1 / (b - a);
            default:
                return 1 / (b - a);
        }
    }

    /// <summary>A draw from the prior.</summary>
    public double Sample(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Parameter.ValueAt(random.NextUnit());
    }

    /// <summary>The value below which the prior puts <paramref name="u"/> of its mass.</summary>
    public double Quantile(double u) => Parameter.ValueAt(u);

    /// <summary>The width of the prior's central 90% interval.</summary>
    public double Width90 => Math.Max(Quantile(0.95) - Quantile(0.05), Parameter.IsDiscrete ? 1 : 0);

    /// <summary>The value as the parameter takes it: whole numbers and dates rounded.</summary>
    public double Snap(double x) => Parameter.IsDiscrete ? Math.Round(x, MidpointRounding.ToEven) : x;

    /// <summary>The value as scenario text: what --set takes (a number, a whole number, YYYY-MM-DD).</summary>
    public string Format(double x) => Parameter.Format(Snap(x));

    /// <summary>
    /// The value rounded for people: to three significant digits (whole numbers and dates as they are), as the summary,
    /// the charts and the calibrated scenario show it; posterior.csv keeps every digit.
    /// </summary>
    public string Display(double x)
    {
        if (Parameter.IsDiscrete || x == 0 || !double.IsFinite(x))
        {
            return Format(x);
        }

        var digits = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(x))), 0, 15);
        return Math.Clamp(Math.Round(x, digits, MidpointRounding.ToEven), Low, High).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>"uniform 40–150", "log-uniform 0.1–1.5", "triangular 60–124 (mode 60)", "normal 1–3 (mean 2, sd 0.5)".</summary>
    public string Describe() => Parameter.Distribution switch
    {
        UncertainDistribution.LogUniform => $"log-uniform {Parameter.RangeText}",
        UncertainDistribution.Triangular => $"triangular {Parameter.RangeText} (mode {Parameter.Format(Parameter.Mode)})",
        UncertainDistribution.Normal => $"normal {Parameter.RangeText} (mean {Parameter.Format(Parameter.Mode)}, sd {Parameter.Sd.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})",
        _ => $"uniform {Parameter.RangeText}",
    };
}
