namespace BorderSim.Core.Calibration;

/// <summary>Statistics of a weighted sample (an ABC population): quantiles, means, variances, effective size.</summary>
public static class WeightedStatistics
{
    /// <summary>
    /// The weighted quantile at <paramref name="tau"/>: the smallest value whose cumulative weight (values in
    /// ascending order, ties in the order given) reaches <paramref name="tau"/> of the total.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> values, IReadOnlyList<double> weights, double tau)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var total = weights.Sum();
        double cumulative = 0;
        foreach (var i in order)
        {
            cumulative += weights[i];
            if (cumulative >= tau * total * (1 - 1e-12))
            {
                return values[i];
            }
        }

        return values[order[^1]];
    }

    public static double Mean(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += weights[i] * values[i];
            total += weights[i];
        }

        return sum / total;
    }

    public static double Variance(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        var mean = Mean(values, weights);
        double sum = 0, total = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += weights[i] * (values[i] - mean) * (values[i] - mean);
            total += weights[i];
        }

        return sum / total;
    }

    /// <summary>Kish's effective sample size, (Σw)² / Σw².</summary>
    public static double EffectiveSampleSize(IReadOnlyList<double> weights)
    {
        double sum = 0, squares = 0;
        foreach (var w in weights)
        {
            sum += w;
            squares += w * w;
        }

        return squares == 0 ? 0 : sum * sum / squares;
    }
}
