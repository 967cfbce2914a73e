using System.Globalization;
using BorderSim.Core.Randomness;

namespace BorderSim.Core.Calibration;

/// <summary>The shape of a prior over [low, high].</summary>
public enum PriorShape
{
    /// <summary>Every value in [low, high] equally likely.</summary>
    Uniform,

    /// <summary>The logarithm uniform over [ln low, ln high] (low &gt; 0): each factor of ten equally likely.</summary>
    LogUniform,

    /// <summary>A triangle over [low, high] peaking at the mode.</summary>
    Triangular,
}

/// <summary>
/// The prior of one calibrated parameter: a key path of the scenario format and a bounded distribution over its
/// plausible range. Immutable; draws take the random stream as a parameter.
/// </summary>
public sealed record Prior
{
    public Prior(string path, double low, double high, PriorShape shape = PriorShape.Uniform, double? mode = null, bool wholeNumber = false)
    {
        if (!(low < high) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentException($"{path}: a prior needs a range low < high, found {low}–{high}");
        }

        if (shape == PriorShape.LogUniform && low <= 0)
        {
            throw new ArgumentException($"{path}: a log-uniform prior needs a range above 0, found {low}–{high}");
        }

        if (shape == PriorShape.Triangular && (mode is not { } m || m < low || m > high))
        {
            throw new ArgumentException($"{path}: a triangular prior needs a mode inside {low}–{high}");
        }

        Path = path;
        Low = low;
        High = high;
        Shape = shape;
        Mode = mode;
        WholeNumber = wholeNumber;
    }

    /// <summary>The key path, e.g. <c>behaviour.give_up_rate_per_day</c> or <c>policies[5].effects.departures.multiplier</c>.</summary>
    public string Path { get; }

    public double Low { get; }

    public double High { get; }

    public PriorShape Shape { get; }

    public double? Mode { get; }

    /// <summary>The parameter takes whole numbers: draws and perturbations are rounded.</summary>
    public bool WholeNumber { get; }

    public bool Contains(double x) => x >= Low && x <= High;

    /// <summary>The prior density at <paramref name="x"/> (0 outside the range).</summary>
    public double Density(double x)
    {
        if (!Contains(x))
        {
            return 0;
        }

        return Shape switch
        {
            PriorShape.Uniform => 1 / (High - Low),
            PriorShape.LogUniform => 1 / (x * Math.Log(High / Low)),
            _ => x <= Mode!.Value
                ? (Mode.Value == Low ? 2 / (High - Low) : 2 * (x - Low) / ((High - Low) * (Mode.Value - Low)))
                : 2 * (High - x) / ((High - Low) * (High - Mode.Value)),
        };
    }

    /// <summary>A draw from the prior.</summary>
    public double Sample(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Snap(Quantile(random.NextUnit()));
    }

    /// <summary>The value below which the prior puts <paramref name="u"/> of its mass (the inverse distribution function).</summary>
    public double Quantile(double u) => Shape switch
    {
        PriorShape.Uniform => Low + (u * (High - Low)),
        PriorShape.LogUniform => Low * Math.Exp(u * Math.Log(High / Low)),
        _ => Triangle(u),
    };

    /// <summary>The width of the prior's central 90% interval.</summary>
    public double Width90 => Quantile(0.95) - Quantile(0.05);

    /// <summary>The value as the parameter takes it: rounded for whole numbers.</summary>
    public double Snap(double x) => WholeNumber ? Math.Round(x, MidpointRounding.ToEven) : x;

    /// <summary>The value as scenario text (invariant culture, round-trip).</summary>
    public string Format(double x) => Snap(x).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"uniform 40–150", "log-uniform 0.1–10", "triangular 0.2–1 (mode 0.4)".</summary>
    public string Describe() => Shape switch
    {
        PriorShape.Uniform => $"uniform {Num(Low)}–{Num(High)}",
        PriorShape.LogUniform => $"log-uniform {Num(Low)}–{Num(High)}",
        _ => $"triangular {Num(Low)}–{Num(High)} (mode {Num(Mode!.Value)})",
    };

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private double Triangle(double u)
    {
        var c = (Mode!.Value - Low) / (High - Low);
        return u < c
            ? Low + Math.Sqrt(u * (High - Low) * (Mode.Value - Low))
            : High - Math.Sqrt((1 - u) * (High - Low) * (High - Mode.Value));
    }
}
