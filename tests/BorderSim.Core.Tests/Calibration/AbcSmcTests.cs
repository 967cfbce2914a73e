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
}
