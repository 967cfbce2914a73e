using BorderSim.Core.Randomness;

namespace BorderSim.Core.Calibration;

/// <summary>Runs the model once at a parameter vector with a seed and returns its outputs (e.g. the simulated value at each observation).</summary>
public delegate double[] ParticleSimulator(IReadOnlyList<double> parameters, ulong seed);

/// <summary>How an ABC-SMC calibration runs.</summary>
public sealed record AbcSmcSettings
{
    /// <summary>Particles in each population.</summary>
    public required int Particles { get; init; }

    /// <summary>Most simulations in all; a generation the budget cannot finish is dropped.</summary>
    public required int Budget { get; init; }

    /// <summary>Most populations, the first (from the prior) included.</summary>
    public int MaxGenerations { get; init; } = 10;

    /// <summary>Each tolerance is this quantile of the previous population's distances (weighted).</summary>
    public double Quantile { get; init; } = 0.5;

    public required ulong Seed { get; init; }

    /// <summary>Simulations run at once; the result does not depend on it.</summary>
    public int Parallelism { get; init; } = 1;
}

/// <summary>One accepted parameter vector with its normalised importance weight.</summary>
public sealed record Particle(IReadOnlyList<double> Parameters, double Weight, double Distance, ulong Seed, IReadOnlyList<double> Outputs);

/// <summary>One population of the sequence: its tolerance and what it cost.</summary>
public sealed record AbcGeneration(int Index, double Tolerance, int Simulations, int Accepted, double EffectiveSampleSize)
{
    public double AcceptanceRate => Simulations == 0 ? 0 : (double)Accepted / Simulations;
}

/// <summary>The last complete population (the posterior sample) and the sequence that led to it.</summary>
public sealed record AbcSmcResult(IReadOnlyList<Prior> Priors, IReadOnlyList<AbcGeneration> Generations, IReadOnlyList<Particle> Particles, int Simulations, string StopReason);

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (Beaumont, Cornuet, Marin and Robert 2009; Toni et al.
/// 2009). Population 0 is drawn from the prior. Population t keeps the first N proposals whose distance is at most a
/// tolerance ε_t, the weighted <see cref="AbcSmcSettings.Quantile"/> of population t−1's distances; a proposal is a
/// particle of population t−1 drawn by weight and moved by a Gaussian kernel whose variance in each coordinate is
/// twice the weighted variance of population t−1 (moves leaving the prior's range are drawn again); its importance
/// weight is π(θ) / Σ_j w_j K(θ | θ_j). It stops after <see cref="AbcSmcSettings.MaxGenerations"/> populations, when
/// the budget cannot complete another, or when the tolerance stops falling. A first population that the budget cannot
/// complete throws <see cref="AbcSmcException"/>: there is no posterior to give.
/// <para>
/// Deterministic for a seed whatever the parallelism: proposal k of population t draws from its own stream, derived
/// from (seed, t, k); proposals are run in batches whose size depends only on earlier results, and accepted in order of k.
/// </para>
/// </summary>
public static class AbcSmc
{
    public static AbcSmcResult Run(
        IReadOnlyList<Prior> priors,
        ParticleSimulator simulate,
        Func<IReadOnlyList<double>, double> distance,
        AbcSmcSettings settings,
        CancellationToken cancellation = default,
        Action? simulationDone = null)
    {
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(simulate);
        ArgumentNullException.ThrowIfNull(distance);
        ArgumentNullException.ThrowIfNull(settings);
        if (priors.Count == 0)
        {
            throw new ArgumentException("calibrate at least one parameter", nameof(priors));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Particles, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Budget, settings.Particles);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxGenerations, 1);
        var generations = new List<AbcGeneration>();
        Particle[]? population = null;
        var used = 0;
        var previousRate = 1.0;
        var stop = $"reached {settings.MaxGenerations} populations";
        for (var t = 0; t < settings.MaxGenerations; t++)
        {
            var tolerance = population is null ? double.PositiveInfinity
                : WeightedStatistics.Quantile(population.Select(p => p.Distance).ToArray(), population.Select(p => p.Weight).ToArray(), settings.Quantile);
            if (population is not null && generations[^1].Tolerance <= tolerance)
            {
                stop = $"the tolerance stopped falling at {tolerance:R}";
                break;
            }

            var kernel = population is null ? null : KernelScales(priors, population);
            var accepted = new List<Particle>(settings.Particles);
            var simulations = 0;
            var next = 0;
            while (accepted.Count < settings.Particles)
            {
                var left = settings.Budget - used;
                if (left <= 0)
                {
                    break;
                }

                var rate = simulations == 0 ? (population is null ? 1 : previousRate * settings.Quantile) : (accepted.Count + 1.0) / (simulations + 1.0);
                var wanted = (int)Math.Ceiling((settings.Particles - accepted.Count) / Math.Max(rate, 0.01) * 1.1);
                var batch = Math.Min(left, Math.Clamp(wanted, 8, 20 * settings.Particles));
                var results = new (double[] Theta, ulong Seed, double[] Outputs, double Distance)[batch];
                var first = next;
                var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellation };
                Parallel.For(0, batch, options, i =>
                {
                    var random = new RandomStream(SplitMix64.Derive(SplitMix64.Derive(settings.Seed, 0xCA1B_0000UL + (ulong)t), (ulong)(first + i)));
                    var theta = population is null ? priors.Select(p => p.Sample(random)).ToArray() : Perturb(priors, population, kernel!, random);
                    var seed = random.NextUInt64() & RandomStreams.MaxSeed;
                    var outputs = simulate(theta, seed);
                    results[i] = (theta, seed, outputs, distance(outputs));
                    simulationDone?.Invoke();
                });
                next += batch;
                used += batch;
                simulations += batch;
                foreach (var r in results)
                {
                    if (accepted.Count < settings.Particles && r.Distance <= tolerance)
                    {
                        accepted.Add(new Particle(r.Theta, 0, r.Distance, r.Seed, r.Outputs));
                    }
                }
            }

            if (accepted.Count < settings.Particles)
            {
                if (population is null)
                {
                    throw new AbcSmcException($"only {accepted.Count} of the first population's {settings.Particles} particles were found in the budget of {settings.Budget} simulations: the other draws from the priors had no finite distance (in a scenario: values that together make it invalid, or that leave an observation without a simulated value)");
                }

                stop = $"the budget of {settings.Budget} simulations ran out during population {t} (dropped: {accepted.Count} of {settings.Particles} particles accepted)";
                break;
            }

            var weighted = Weigh(priors, accepted, population, kernel);
            population = weighted;
            previousRate = (double)settings.Particles / simulations;
            generations.Add(new AbcGeneration(t, tolerance, simulations, settings.Particles, WeightedStatistics.EffectiveSampleSize(weighted.Select(p => p.Weight).ToArray())));
            if (tolerance == 0)
            {
                stop = "every accepted particle matches the observations exactly (tolerance 0)";
                break;
            }
        }

        return new AbcSmcResult(priors, generations, population!, used, stop);
    }

    /// <summary>The kernel's standard deviation in each coordinate: √(2 × the weighted variance), never 0.</summary>
    internal static double[] KernelScales(IReadOnlyList<Prior> priors, IReadOnlyList<Particle> population)
    {
        var weights = population.Select(p => p.Weight).ToArray();
        return priors.Select((prior, d) =>
        {
            var variance = WeightedStatistics.Variance(population.Select(p => p.Parameters[d]).ToArray(), weights);
            return Math.Max(Math.Sqrt(2 * variance), 1e-6 * (prior.High - prior.Low));
        }).ToArray();
    }

    private static double[] Perturb(IReadOnlyList<Prior> priors, IReadOnlyList<Particle> population, double[] scales, RandomStream random)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var parent = population[Pick(population, random.NextUnit())];
            var theta = new double[priors.Count];
            var inside = true;
            for (var d = 0; d < priors.Count && inside; d++)
            {
                theta[d] = priors[d].Snap(parent.Parameters[d] + (scales[d] * Normal(random)));
                inside = priors[d].Contains(theta[d]);
            }

            if (inside)
            {
                return theta;
            }
        }

        return population[Pick(population, random.NextUnit())].Parameters.ToArray();
    }

    private static int Pick(IReadOnlyList<Particle> population, double u)
    {
        double cumulative = 0;
        for (var i = 0; i < population.Count; i++)
        {
            cumulative += population[i].Weight;
            if (u < cumulative)
            {
                return i;
            }
        }

        return population.Count - 1;
    }

    /// <summary>A standard normal draw (Box–Muller, one of the pair).</summary>
    private static double Normal(RandomStream random)
    {
        var u1 = 1 - random.NextUnit(); // in (0, 1]
        var u2 = random.NextUnit();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static Particle[] Weigh(IReadOnlyList<Prior> priors, List<Particle> accepted, IReadOnlyList<Particle>? previous, double[]? scales)
    {
        var raw = new double[accepted.Count];
        for (var i = 0; i < accepted.Count; i++)
        {
            if (previous is null)
            {
                raw[i] = 1;
                continue;
            }

            var theta = accepted[i].Parameters;
            var prior = 1.0;
            for (var d = 0; d < priors.Count; d++)
            {
                prior *= priors[d].Density(theta[d]);
            }

            double mixture = 0;
            foreach (var p in previous)
            {
                var log = 0.0;
                for (var d = 0; d < priors.Count; d++)
                {
                    var z = (theta[d] - p.Parameters[d]) / scales![d];
                    log -= 0.5 * z * z;
                }

                mixture += p.Weight * Math.Exp(log);
            }

            raw[i] = mixture > 0 ? prior / mixture : 0;
        }

        var total = raw.Sum();
        return accepted.Select((p, i) => p with { Weight = total > 0 ? raw[i] / total : 1.0 / accepted.Count }).ToArray();
    }
}
