namespace BorderSim.Core.Sensitivity;

/// <summary>
/// Sobol first-order and total indices from the outputs at a Saltelli design (<see cref="SensitivityDesign.Sobol"/>):
/// S1 by Saltelli et al. (2010), V_i = mean(f(B)(f(A_B^i) − f(A))); ST by Jansen (1999), mean((f(A) − f(A_B^i))²) / 2;
/// both divided by the variance of f over A and B together. Each with a percentile bootstrap interval over base samples.
/// </summary>
public static class SobolIndices
{
    /// <param name="design">A Sobol design.</param>
    /// <param name="outputs">One output per point of the design, in its order.</param>
    /// <param name="resamples">Bootstrap sets of base samples, from <see cref="Bootstrap.Resamples"/> (N each).</param>
    /// <param name="confidence">The interval's coverage, e.g. 0.95.</param>
    public static IReadOnlyList<SensitivityIndex> Analyze(SensitivityDesign design, IReadOnlyList<double> outputs, IReadOnlyList<int[]> resamples, double confidence)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(resamples);
        if (design.Method != SensitivityMethod.Sobol || outputs.Count != design.Points.Count)
        {
            throw new ArgumentException($"expected one output per point of a Sobol design ({design.Points.Count}), found {outputs.Count}");
        }

        var k = design.Parameters;
        var all = Enumerable.Range(0, design.Samples).ToArray();
        var estimate = Estimate(outputs, k, all);
        var boot = resamples.Select(set => Estimate(outputs, k, set)).ToArray();
        var result = new List<SensitivityIndex>(2 * k);
        for (var i = 0; i < k; i++)
        {
            var p = i;
            var (s1Low, s1High) = Bootstrap.Interval(boot.Select(b => b.S1[p]), confidence);
            var (stLow, stHigh) = Bootstrap.Interval(boot.Select(b => b.ST[p]), confidence);
            result.Add(new SensitivityIndex(i, "S1", estimate.S1[i], s1Low, s1High));
            result.Add(new SensitivityIndex(i, "ST", estimate.ST[i], stLow, stHigh));
        }

        return result;
    }

    /// <summary>S1 and ST of each parameter from the base samples <paramref name="samples"/> (repeats allowed).</summary>
    public static (double[] S1, double[] ST) Estimate(IReadOnlyList<double> outputs, int k, IReadOnlyList<int> samples)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(samples);
        var block = k + 2;
        var n = samples.Count;

        // The variance of f over A and B together (two-pass, for accuracy).
        var mean = 0.0;
        foreach (var j in samples)
        {
            mean += outputs[j * block] + outputs[(j * block) + 1];
        }

        mean /= 2.0 * n;
        var variance = 0.0;
        foreach (var j in samples)
        {
            var da = outputs[j * block] - mean;
            var db = outputs[(j * block) + 1] - mean;
            variance += (da * da) + (db * db);
        }

        variance /= 2.0 * n;
        var s1 = new double[k];
        var st = new double[k];
        for (var i = 0; i < k; i++)
        {
            double first = 0, total = 0;
            foreach (var j in samples)
            {
                var fa = outputs[j * block];
                var fb = outputs[(j * block) + 1];
                var fab = outputs[(j * block) + 2 + i];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }

            s1[i] = variance > 0 ? first / n / variance : double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
        }

        return (s1, st);
    }
}
