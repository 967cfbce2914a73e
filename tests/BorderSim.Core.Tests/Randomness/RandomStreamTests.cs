using BorderSim.Core.Randomness;

namespace BorderSim.Core.Tests.Randomness;

public sealed class RandomStreamTests
{
    [Fact]
    public void A_stream_gives_the_same_numbers_on_every_machine()
    {
        // Golden values: xoshiro256** seeded through SplitMix64 from 42. A change here changes every run.
        var stream = new RandomStream(42);
        ulong[] golden = [1546998764402558742UL, 6990951692964543102UL, 12544586762248559009UL];
        ulong[] drawn = [stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64()];
        Assert.Equal(golden, drawn);
    }

    [Fact]
    public void Uniform_draws_are_in_the_unit_interval_with_mean_one_half()
    {
        var stream = new RandomStream(7);
        var sum = 0.0;
        const int n = 100_000;
        for (var i = 0; i < n; i++)
        {
            var u = stream.NextUnit();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
        }

        // Standard error sqrt(1/12/n) ≈ 0.0009: allow 4.
        Assert.InRange(sum / n, 0.5 - 0.0037, 0.5 + 0.0037);
    }

    [Fact]
    public void Streams_derived_from_one_seed_are_distinct_and_replicate_zero_is_the_seed()
    {
        var streams = new RandomStreams(5);
        var firsts = new[] { streams.Departures.NextUInt64(), streams.Attributes.NextUInt64(), streams.Behaviour.NextUInt64() };
        Assert.Equal(3, firsts.Distinct().Count());
        Assert.Equal(5UL, RandomStreams.ReplicateSeed(5, 0));
        var seeds = Enumerable.Range(0, 1000).Select(i => RandomStreams.ReplicateSeed(5, i)).ToArray();
        Assert.Equal(seeds.Length, seeds.Distinct().Count());
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(20251128UL)]
    [InlineData(RandomStreams.MaxSeed)]
    public void Replicate_seeds_stay_below_2_to_the_53_so_a_double_holds_them_exactly(ulong seed)
    {
        var seeds = Enumerable.Range(0, 5000).Select(i => RandomStreams.ReplicateSeed(seed, i)).ToArray();
        Assert.All(seeds, s => Assert.InRange(s, 0UL, RandomStreams.MaxSeed));
        Assert.All(seeds, s => Assert.Equal(s, (ulong)(double)s)); // what R, pandas, Excel and JavaScript read back
        Assert.Equal(seeds.Length, seeds.Distinct().Count());
        // The cut keeps the derived seeds spread over the whole 53-bit range, not bunched at its bottom.
        Assert.Contains(seeds, s => s > RandomStreams.MaxSeed / 2);
    }
}
