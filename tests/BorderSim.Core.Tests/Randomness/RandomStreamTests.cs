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
        // A replicate's seed is part of every ensemble's reproducible output (replicates.csv lists it): pinned.
        Assert.Equal(7200058987932526UL, RandomStreams.ReplicateSeed(5, 1));
        Assert.Equal(7152865044705992UL, RandomStreams.ReplicateSeed(5, 7));
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

    [Fact]
    public void Every_kind_of_draw_comes_from_the_same_sequence_in_its_own_range()
    {
        // MathNet's samplers draw through System.Random's virtual methods: each must be the stream's own sequence.
        var stream = new RandomStream(9);
        var twin = new RandomStream(9);
        for (var i = 0; i < 2000; i++)
        {
            var raw = twin.NextUInt64();
            var unit = (raw >> 11) * (1.0 / (1UL << 53));
            switch (i % 7)
            {
                case 0:
                    Assert.Equal(unit, stream.NextDouble());
                    break;
                case 1:
                    Assert.Equal((int)(raw >> 33), stream.Next());
                    break;
                case 2:
                    Assert.Equal((int)(unit * 10), stream.Next(10));
                    break;
                case 3:
                    Assert.Equal(-5 + (int)(unit * 12), stream.Next(-5, 7));
                    break;
                case 4:
                    Assert.Equal((long)(raw >> 1), stream.NextInt64());
                    break;
                case 5:
                    Assert.Equal(unit < 0.3, stream.Chance(0.3));
                    break;
                default:
                    Assert.Equal(unit, stream.NextUnit());
                    break;
            }
        }

        // Ranges over many draws: [0, max), [min, max), non-negative, and the extremes of int.
        var ints = Enumerable.Range(0, 5000).Select(_ => stream.Next(3)).ToArray();
        Assert.Equal([0, 1, 2], ints.Distinct().Order());
        var ranged = Enumerable.Range(0, 5000).Select(_ => stream.Next(-2, 2)).ToArray();
        Assert.Equal([-2, -1, 0, 1], ranged.Distinct().Order());
        Assert.All(Enumerable.Range(0, 1000).Select(_ => stream.Next()), n => Assert.True(n >= 0));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => stream.NextInt64()), n => Assert.True(n >= 0));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => stream.Next(int.MinValue, int.MaxValue)), n => Assert.InRange(n, int.MinValue, int.MaxValue - 1));
        Assert.Equal(0, stream.Next(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Next(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Next(3, 2));
    }

    [Fact]
    public void Bytes_are_the_top_byte_of_each_draw()
    {
        var stream = new RandomStream(4);
        var twin = new RandomStream(4);
        var buffer = new byte[64];
        stream.NextBytes(buffer);
        Assert.Equal(Enumerable.Range(0, 64).Select(_ => (byte)(twin.NextUInt64() >> 56)), buffer);
        Span<byte> span = stackalloc byte[5];
        stream.NextBytes(span);
        Assert.Equal(Enumerable.Range(0, 5).Select(_ => (byte)(twin.NextUInt64() >> 56)), span.ToArray());
        Assert.True(buffer.Distinct().Count() > 32);
    }

    [Fact]
    public void Derived_seeds_depend_on_both_the_seed_and_the_label()
    {
        // Golden: a change of the derivation changes every stream of every run.
        Assert.Equal(SplitMix64.Derive(42, 1), SplitMix64.Derive(42, 1));
        Assert.NotEqual(SplitMix64.Derive(42, 1), SplitMix64.Derive(42, 2));
        Assert.NotEqual(SplitMix64.Derive(42, 1), SplitMix64.Derive(43, 1));
        var state = 0UL;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state)); // SplitMix64's published first output from 0
        Assert.Equal(0x9E3779B97F4A7C15UL, state);
    }
}
