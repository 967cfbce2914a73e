using BorderSim.Core.Calibration;
using BorderSim.Core.Randomness;

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
}
