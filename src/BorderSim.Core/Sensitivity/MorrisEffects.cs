namespace BorderSim.Core.Sensitivity;

/// <summary>
/// Morris elementary effects from the outputs at a Morris design (<see cref="SensitivityDesign.Morris"/>): each step of
/// a trajectory changes one parameter by ±Δ (a fraction of its distribution), and its elementary effect is the change in
/// the output divided by that step, so in output units per whole range. μ* is the mean absolute effect (the ranking),
/// μ the mean and σ the standard deviation (large where the parameter interacts or acts non-linearly); each with a
/// percentile bootstrap interval over trajectories.
/// </summary>
public static class MorrisEffects
{
    public static IReadOnlyList<SensitivityIndex> Analyze(SensitivityDesign design, IReadOnlyList<double> outputs, IReadOnlyList<int[]> resamples, double confidence)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(resamples);
        if (design.Method != SensitivityMethod.Morris || outputs.Count != design.Points.Count)
        {
            throw new ArgumentException($"expected one output per point of a Morris design ({design.Points.Count}), found {outputs.Count}");
        }

        var effects = Effects(design, outputs); // [trajectory][parameter]
        var all = Enumerable.Range(0, design.Samples).ToArray();
        var estimate = Statistics(effects, all, design.Parameters);
        var boot = resamples.Select(set => Statistics(effects, set, design.Parameters)).ToArray();
        var result = new List<SensitivityIndex>(3 * design.Parameters);
        for (var i = 0; i < design.Parameters; i++)
        {
            var p = i;
            var (muStarLow, muStarHigh) = Bootstrap.Interval(boot.Select(b => b.MuStar[p]), confidence);
            var (muLow, muHigh) = Bootstrap.Interval(boot.Select(b => b.Mu[p]), confidence);
            var (sigmaLow, sigmaHigh) = Bootstrap.Interval(boot.Select(b => b.Sigma[p]), confidence);
            result.Add(new SensitivityIndex(i, "mu_star", estimate.MuStar[i], muStarLow, muStarHigh));
            result.Add(new SensitivityIndex(i, "mu", estimate.Mu[i], muLow, muHigh));
            result.Add(new SensitivityIndex(i, "sigma", estimate.Sigma[i], sigmaLow, sigmaHigh));
        }

        return result;
    }

    /// <summary>The elementary effect of each parameter in each trajectory.</summary>
    public static double[][] Effects(SensitivityDesign design, IReadOnlyList<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        var block = design.BlockSize;
        var effects = new double[design.Samples][];
        for (var t = 0; t < design.Samples; t++)
        {
            effects[t] = new double[design.Parameters];
            for (var s = 1; s < block; s++)
            {
                var p = (t * block) + s;
                var i = design.Changed[p];
                var step = design.Points[p][i] - design.Points[p - 1][i];
                effects[t][i] = (outputs[p] - outputs[p - 1]) / step;
            }
        }

        return effects;
    }

    private static (double[] MuStar, double[] Mu, double[] Sigma) Statistics(double[][] effects, IReadOnlyList<int> trajectories, int k)
    {
        var r = trajectories.Count;
        var muStar = new double[k];
        var mu = new double[k];
        var sigma = new double[k];
        for (var i = 0; i < k; i++)
        {
            double sum = 0, sumAbs = 0;
            foreach (var t in trajectories)
            {
                sum += effects[t][i];
                sumAbs += Math.Abs(effects[t][i]);
            }

            mu[i] = sum / r;
            muStar[i] = sumAbs / r;
            var squares = 0.0;
            foreach (var t in trajectories)
            {
                squares += (effects[t][i] - mu[i]) * (effects[t][i] - mu[i]);
            }

            sigma[i] = r > 1 ? Math.Sqrt(squares / (r - 1)) : double.NaN;
        }

        return (muStar, mu, sigma);
    }
}
