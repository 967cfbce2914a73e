using MathNet.Numerics.Statistics;

namespace BorderSim.Core.Experiments;

/// <summary>The percentiles BorderSim reports, computed with MathNet.Numerics (definition R7, as numpy's and R's defaults).</summary>
public static class Quantiles
{
    public static readonly double[] Levels = [0.05, 0.25, 0.50, 0.75, 0.95];

    public static readonly string[] Suffixes = ["p5", "p25", "p50", "p75", "p95"];

    /// <summary>The R7 quantile of <paramref name="sorted"/> (ascending) at <paramref name="tau"/>.</summary>
    public static double Of(double[] sorted, double tau) =>
        SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);

    public static Distribution Describe(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        if (sorted.Length == 0)
        {
            return new Distribution { Mean = 0, P5 = 0, P25 = 0, P50 = 0, P75 = 0, P95 = 0 };
        }

        return new Distribution
        {
            Mean = Round(sorted.Mean()),
            P5 = Round(Of(sorted, 0.05)),
            P25 = Round(Of(sorted, 0.25)),
            P50 = Round(Of(sorted, 0.50)),
            P75 = Round(Of(sorted, 0.75)),
            P95 = Round(Of(sorted, 0.95)),
        };
    }

    /// <summary>Rounds to 6 decimals so that outputs read well and do not carry float noise.</summary>
    public static double Round(double x) => Math.Round(x, 6, MidpointRounding.ToEven);
}

/// <summary>A key figure across replicates: mean, quartiles and the 90% interval [p5, p95].</summary>
public sealed record Distribution
{
    public required double Mean { get; init; }

    public required double P5 { get; init; }

    public required double P25 { get; init; }

    public required double P50 { get; init; }

    public required double P75 { get; init; }

    public required double P95 { get; init; }

    public double[] Interval90 => [P5, P95];
}
