using BorderSim.Core.Calibration;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

public sealed class AbcSmcTests
{
    // A toy model with a known posterior: y = θ + N(0, 1) noise, θ ~ uniform 0–10, y observed at 5. With the distance
    // |y − 5| shrinking towards 0 the ABC posterior approaches N(5, 1): median 5, 90% interval about 3.4–6.6.
    private static readonly Prior Theta = Priors.Of("behaviour.give_up_rate_per_day", 0, 10);

    private static double[] Toy(IReadOnlyList<double> theta, ulong seed)
    {
        var random = new RandomStream(seed);
        var u1 = 1 - random.NextUnit();
        var u2 = random.NextUnit();
        return [theta[0] + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2))];
    }

    private static AbcSmcResult Run(int parallelism, int budget = 4000) => AbcSmc.Run(
        [Theta], Toy, y => Math.Abs(y[0] - 5), new AbcSmcSettings { Particles = 300, Budget = budget, MaxGenerations = 6, Seed = 11, Parallelism = parallelism });

    [Fact]
    public void Recovers_the_known_posterior_of_a_toy_model()
    {
        var result = Run(2);
        var values = result.Particles.Select(p => p.Parameters[0]).ToArray();
        var weights = result.Particles.Select(p => p.Weight).ToArray();
        Assert.Equal(1, weights.Sum(), 9);
        Assert.Equal(5, WeightedStatistics.Quantile(values, weights, 0.5), 0.3);
        // N(5, 1): 5th and 95th percentiles at 3.36 and 6.64; the ABC tolerance widens them a little.
        Assert.InRange(WeightedStatistics.Quantile(values, weights, 0.05), 2.9, 3.8);
        Assert.InRange(WeightedStatistics.Quantile(values, weights, 0.95), 6.2, 7.1);
        Assert.True(result.Generations.Count >= 4, $"only {result.Generations.Count} populations");
        Assert.True(result.Generations.Zip(result.Generations.Skip(1)).All(g => g.Second.Tolerance < g.First.Tolerance), "the tolerance falls");
        Assert.True(result.Simulations <= 4000);
    }

    [Fact]
    public void The_same_seed_gives_the_same_posterior_whatever_the_parallelism()
    {
        var one = Run(1, 1500);
        var four = Run(4, 1500);
        Assert.Equal(one.Simulations, four.Simulations);
        Assert.Equal(one.Generations, four.Generations);
        Assert.Equal(one.Particles.Select(p => (p.Parameters[0], p.Weight, p.Seed)), four.Particles.Select(p => (p.Parameters[0], p.Weight, p.Seed)));
    }

    [Fact]
    public void A_population_the_budget_cannot_finish_is_dropped_and_the_reason_given()
    {
        var result = Run(2, 700);
        Assert.True(result.Simulations <= 700);
        Assert.All(result.Particles, p => Assert.True(p.Distance <= result.Generations[^1].Tolerance));
        Assert.Contains("budget of 700", result.StopReason);
        Assert.ThrowsAny<ArgumentException>(() => AbcSmc.Run([Theta], Toy, y => 0, new AbcSmcSettings { Particles = 300, Budget = 299, Seed = 1 }));
    }

    private static AbcSmcSettings Small(int budget = 100) => new() { Particles = 4, Budget = budget, MaxGenerations = 5, Seed = 1 };

    [Fact]
    public void Without_a_parameter_to_calibrate_the_run_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => AbcSmc.Run([], Toy, y => 0, Small()));
        Assert.Equal("priors", e.ParamName);
        Assert.StartsWith("calibrate at least one parameter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_stops_when_the_tolerance_stops_falling_and_says_at_which_tolerance()
    {
        var result = AbcSmc.Run([Theta], Toy, y => 1, Small());
        Assert.Equal("the tolerance stopped falling at 1", result.StopReason);
        Assert.Equal([double.PositiveInfinity, 1], result.Generations.Select(g => g.Tolerance));
        // The prior's population: the smallest batch, 8; the next: 4 particles at half the first's acceptance rate of 4/8, plus 10%: 18.
        Assert.Equal([8, 18], result.Generations.Select(g => g.Simulations));
        Assert.Equal(26, result.Simulations);
    }

    [Fact]
    public void It_stops_when_every_particle_matches_the_observations_exactly()
    {
        var result = AbcSmc.Run([Theta], Toy, y => 0, Small());
        Assert.Equal("every accepted particle matches the observations exactly (tolerance 0)", result.StopReason);
        Assert.Equal([double.PositiveInfinity, 0], result.Generations.Select(g => g.Tolerance));
    }

    [Fact]
    public void When_the_budget_runs_out_before_the_first_population_is_complete_the_run_is_refused_with_the_counts_and_the_cause()
    {
        var e = Assert.Throws<AbcSmcException>(() => AbcSmc.Run([Theta], Toy, y => double.NaN, Small(20)));
        Assert.StartsWith("only 0 of the first population's 4 particles were found in the budget of 20 simulations: the other draws from the priors had no finite distance", e.Message, StringComparison.Ordinal);
        Assert.Equal("settings.MaxGenerations", Assert.Throws<ArgumentOutOfRangeException>(() => AbcSmc.Run([Theta], Toy, y => 0, Small(20) with { MaxGenerations = 0 })).ParamName);
    }

    [Fact]
    public void A_population_short_of_particles_asks_for_more_in_proportion_to_its_acceptance_rate_so_far()
    {
        // The distance is a uniform draw from the run's seed, each tolerance the lowest quarter of the last population's.
        // Population 1 expects a quarter of population 0's rate of 4 in 8: its first batch, 4 ÷ 0.125 + 10%, is 36; it
        // accepts 3, so the last particle is sought at the rate seen so far, (3 + 1) ÷ (36 + 1): 1 ÷ that + 10% is 11.
        // The cost of every population is thereby fixed for a seed, and with it every later proposal (a rerun from the
        // manifest must draw the same ones).
        var settings = new AbcSmcSettings { Particles = 4, Budget = 400, MaxGenerations = 3, Quantile = 0.25, Seed = 4 };
        var result = AbcSmc.Run([Theta], (theta, seed) => [theta[0], new RandomStream(seed).NextUnit()], y => y[1], settings);
        Assert.Equal([8, 36 + 11, 179], result.Generations.Select(g => g.Simulations));
    }

    [Fact]
    public void The_acceptance_rate_is_the_share_of_simulations_accepted_and_0_without_simulations()
    {
        Assert.Equal(0.25, new AbcGeneration(1, 0.5, 16, 4, 4).AcceptanceRate);
        Assert.Equal(0, new AbcGeneration(1, 0.5, 0, 0, 0).AcceptanceRate);
    }

    [Fact]
    public void A_missing_argument_or_fewer_than_two_particles_is_refused_by_its_name()
    {
        void Refused<T>(string name, Func<AbcSmcResult> call)
            where T : ArgumentException => Assert.Equal(name, Assert.Throws<T>(() => call()).ParamName);
        Refused<ArgumentNullException>("priors", () => AbcSmc.Run(null!, Toy, y => 0, Small()));
        Refused<ArgumentNullException>("simulate", () => AbcSmc.Run([Theta], null!, y => 0, Small()));
        Refused<ArgumentNullException>("distance", () => AbcSmc.Run([Theta], Toy, null!, Small()));
        Refused<ArgumentNullException>("settings", () => AbcSmc.Run([Theta], Toy, y => 0, null!));

        // A population of one has no spread to size the perturbation kernel by.
        Refused<ArgumentOutOfRangeException>("settings.Particles", () => AbcSmc.Run([Theta], Toy, y => 0, Small() with { Particles = 1 }));
    }

    [Fact]
    public void It_stops_after_the_most_populations_allowed_and_says_so()
    {
        var result = AbcSmc.Run([Theta], Toy, y => Math.Abs(y[0] - 5), Small(400) with { MaxGenerations = 3 });
        Assert.Equal("reached 3 populations", result.StopReason);
        Assert.Equal([0, 1, 2], result.Generations.Select(g => g.Index));
    }

    [Fact]
    public void A_run_cancelled_during_a_population_stops_there()
    {
        using var cancel = new CancellationTokenSource();
        var done = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => AbcSmc.Run([Theta], Toy, y => Math.Abs(y[0] - 5), Small(400), cancel.Token, () =>
        {
            if (Interlocked.Increment(ref done) == 3)
            {
                cancel.Cancel();
            }
        }));
        Assert.True(done < 8, $"{done} simulations: the first batch (8) was not cut short");
    }

    /// <summary>Population 0 and population 1 of the same run (population 0 does not depend on the number of populations).</summary>
    private static (Particle[] First, Particle[] Second) TwoPopulations(IReadOnlyList<Prior> priors, int particles, ulong seed)
    {
        var settings = new AbcSmcSettings { Particles = particles, Budget = 100 * particles, MaxGenerations = 1, Seed = seed };
        var first = AbcSmc.Run(priors, (theta, _) => [.. theta], y => 1, settings);
        var second = AbcSmc.Run(priors, (theta, _) => [.. theta], y => 1, settings with { MaxGenerations = 2 });
        Assert.Equal(2, second.Generations.Count);
        return ([.. first.Particles], [.. second.Particles]);
    }

    [Fact]
    public void A_particle_is_weighted_by_its_prior_density_over_the_mixture_of_kernels_that_could_have_proposed_it()
    {
        // ABC-SMC's importance weight (Beaumont et al. 2009): w_i ∝ π(θ_i) / Σ_j w_j K(θ_i | θ_j), normalised, with K
        // the Gaussian kernel of variance twice population 0's weighted variance. The prior is triangular 0–10 peaking at
        // 2 (density θ/10 up to 2, (10 − θ)/40 above), so the prior's part of the weight is not a constant factor.
        var prior = Priors.Of("behaviour.give_up_rate_per_day", 0, 10, UncertainDistribution.Triangular, mode: 2);
        var (first, second) = TwoPopulations([prior], 2, 3);
        Assert.All(first, p => Assert.Equal(0.5, p.Weight));
        var (a, b) = (first[0].Parameters[0], first[1].Parameters[0]);
        var sigma = Math.Abs(a - b) / Math.Sqrt(2); // √(2 × ((a − b) / 2)²)
        double Density(double x) => x <= 2 ? x / 10 : (10 - x) / 40;
        double Raw(double x) => Density(x) / ((0.5 * Math.Exp(-0.5 * Math.Pow((x - a) / sigma, 2))) + (0.5 * Math.Exp(-0.5 * Math.Pow((x - b) / sigma, 2))));
        var raw = second.Select(p => Raw(p.Parameters[0])).ToArray();

        // Rounding only: the weights are a few floating-point operations away from these.
        Assert.Equal(raw.Select(r => r / raw.Sum()), second.Select(p => p.Weight), (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.True(Math.Abs(second[0].Weight - second[1].Weight) > 0.01, $"weights {second[0].Weight} and {second[1].Weight}: equal weights would not test the rule");
    }

    [Fact]
    public void A_population_the_prior_gives_no_density_anywhere_is_weighted_equally()
    {
        // A normal prior a billionth wide over a range of 1000: population 0 sits at 500, with no spread the kernel's
        // least width (a millionth of the range, 0.001) can measure; every move lands a million standard deviations out,
        // where the prior's density is 0. No particle is more likely than another: each gets 1/N, not 0/0.
        var prior = Priors.Of("population.base_departures_persons_per_day", 0, 1000, UncertainDistribution.Normal, mode: 500, sd: 1e-9);
        var (_, second) = TwoPopulations([prior], 4, 1);
        Assert.All(second, p => Assert.Equal(0, prior.Density(p.Parameters[0])));
        Assert.All(second, p => Assert.Equal(0.25, p.Weight));
    }

    [Fact]
    public void The_kernel_width_is_the_root_of_twice_the_weighted_variance_and_at_least_a_millionth_of_the_prior_range()
    {
        var prior = Priors.Of("behaviour.give_up_rate_per_day", 2, 6);
        Particle At(double x, double weight) => new([x], weight, 0, 0, []);
        // Rounding only (1e-15 of values near 1e-6 and 1).
        Assert.Equal(4e-6, Assert.Single(AbcSmc.KernelScales([prior], [At(3, 0.5), At(3, 0.5)])), 1e-15);

        // With spread: √(2 × the weighted variance), here the variance of 2 and 4 weighted 3 : 1, 0.75.
        Assert.Equal(Math.Sqrt(1.5), Assert.Single(AbcSmc.KernelScales([prior], [At(2, 0.75), At(4, 0.25)])), 1e-15);
    }

    [Fact]
    public void When_no_move_stays_inside_every_prior_the_proposal_is_a_copy_of_a_particle_drawn_by_weight()
    {
        // 60 parameters, each uniform 0–1: a move of population 0 (kernel sd about 0.4) stays inside one range two
        // times in three, inside all 60 about once in 10^11 moves. After 10,000 tries a proposal copies a particle, drawn
        // by weight: 20 draws from 20 equally weighted particles draw about 13 distinct ones (20 × (1 − 0.95^20)).
        var priors = Enumerable.Repeat(Priors.Of("behaviour.give_up_rate_per_day", 0, 1), 60).ToArray();
        var (first, second) = TwoPopulations(priors, 20, 2);
        var parents = second.Select(p => Array.FindIndex(first, q => q.Parameters.SequenceEqual(p.Parameters))).ToArray();
        Assert.DoesNotContain(-1, parents);
        Assert.True(parents.Distinct().Count() >= 10, $"the copies are of particles {string.Join(", ", parents)} only");
    }
}
