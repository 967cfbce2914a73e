using BorderSim.Core.Experiments;
using BorderSim.Core.Randomness;

namespace BorderSim.Core.Sensitivity;

/// <summary>
/// Percentile bootstrap over independent blocks (Sobol base samples, Morris trajectories): the statistic is computed
/// again on <c>resamples</c> sets of blocks drawn with replacement, and the interval is the middle
/// <c>confidence</c> share of those values.
/// </summary>
public static class Bootstrap
{
    /// <summary>Resample sets of <paramref name="blocks"/> block indices, drawn from <paramref name="random"/>.</summary>
    public static int[][] Resamples(int blocks, int resamples, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var sets = new int[resamples][];
        for (var b = 0; b < resamples; b++)
        {
            var set = new int[blocks];
            for (var j = 0; j < blocks; j++)
            {
                set[j] = random.Next(blocks);
            }

            sets[b] = set;
        }

        return sets;
    }

    /// <summary>The percentile interval of the statistics (NaNs left out; NaN if all are).</summary>
    public static (double Low, double High) Interval(IEnumerable<double> statistics, double confidence)
    {
        var sorted = statistics.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        var tail = (1 - confidence) / 2;
        return (Quantiles.Of(sorted, tail), Quantiles.Of(sorted, 1 - tail));
    }
}
