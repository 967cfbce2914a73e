using BorderSim.Core.Randomness;
using BorderSim.Core.Sensitivity;

namespace BorderSim.Core.Tests.Sensitivity;

/// <summary>
/// The designs and estimators on inputs small enough to check by hand: how the points are laid out, what the
/// estimators give for outputs written out in full, the bootstrap's interval, and the inputs each refuses.
/// (KnownAnswerTests checks the same code statistically against analytic indices.)
/// </summary>
public sealed class EstimatorTests
{
    private const ulong Seed = 3;

    /// <summary>The smallest designs of two parameters, zero outputs at each of their points, and one bootstrap resample.</summary>
    private static readonly SensitivityDesign TinySobol = SensitivityDesign.Sobol(2, 2, new RandomStream(Seed));

    private static readonly SensitivityDesign TinyMorris = SensitivityDesign.Morris(2, 2, new RandomStream(Seed));

    private static readonly double[] TinySobolOutputs = new double[TinySobol.Points.Count];

    private static readonly double[] TinyMorrisOutputs = new double[TinyMorris.Points.Count];

    private static readonly int[][] OneResample = [[0, 1]];

    [Fact]
    public void A_Sobol_design_is_A_B_and_A_with_each_column_from_B_per_base_sample()
    {
        var design = SensitivityDesign.Sobol(3, 4, new RandomStream(Seed));
        Assert.Equal(5, design.BlockSize);
        Assert.Equal(4 * 5, design.Points.Count);
        Assert.Empty(design.Changed);
        for (var j = 0; j < 4; j++)
        {
            var a = design.Points[j * 5];
            var b = design.Points[(j * 5) + 1];
            Assert.All(a.Zip(b), x => Assert.NotEqual(x.First, x.Second));
            for (var i = 0; i < 3; i++)
            {
                var expected = (double[])a.Clone();
                expected[i] = b[i];
                Assert.Equal(expected, design.Points[(j * 5) + 2 + i]);
            }
        }

        Assert.Equal(["A", "B", "AB0", "AB1", "AB2", "A"], Enumerable.Range(0, 6).Select(design.Role));
    }

    [Fact]
    public void A_Morris_design_stays_on_its_grid_starts_each_trajectory_afresh_and_moves_parameters_in_every_order()
    {
        var design = SensitivityDesign.Morris(3, 300, new RandomStream(Seed), levels: 6);
        Assert.Equal(4, design.BlockSize);
        Assert.Equal(300 * 4, design.Points.Count);
        Assert.Equal(0.6, SensitivityDesign.MorrisDelta(6), 12);
        var grid = Enumerable.Range(0, 6).Select(l => l / 5.0).ToArray();
        Assert.All(design.Points, p => Assert.All(p, x => Assert.Contains(grid, g => Math.Abs(g - x) < 1e-12)));

        var orders = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < 300; t++)
        {
            Assert.Equal(-1, design.Changed[t * 4]);
            Assert.Equal("start", design.Role(t * 4));
            var order = Enumerable.Range(1, 3).Select(s => design.Changed[(t * 4) + s]).ToArray();
            Assert.Equal([0, 1, 2], order.Order());
            Assert.All(Enumerable.Range(1, 3), s => Assert.Equal("step", design.Role((t * 4) + s)));
            orders.Add(string.Join(',', order));
        }

        Assert.Equal(6, orders.Count); // each of the 3! orders, as a shuffle gives them
    }

    [Theory]
    [InlineData(0, 10, "parameters")]
    [InlineData(3, 1, "samples")]
    public void A_design_needs_a_parameter_and_two_samples(int parameters, int samples, string argument)
    {
        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityDesign.Sobol(parameters, samples, new RandomStream(Seed))).ParamName);
        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityDesign.Morris(parameters, samples, new RandomStream(Seed))).ParamName);
    }

    [Fact]
    public void A_design_of_more_than_a_million_points_is_refused_and_one_of_exactly_a_million_is_not()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityDesign.Sobol(3, 200_001, new RandomStream(Seed)));
        Assert.Contains("would have 1000005 points, more than 1000000", e.Message, StringComparison.Ordinal);
        Assert.Equal(1_000_000, SensitivityDesign.Morris(1, 500_000, new RandomStream(Seed)).Points.Count);
        Assert.Contains("would have 1000002 points, more than 1000000", Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityDesign.Morris(1, 500_001, new RandomStream(Seed))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-2)]
    public void Morris_levels_must_be_even_and_at_least_2(int levels)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityDesign.Morris(2, 4, new RandomStream(Seed), levels));
        Assert.Equal("levels", e.ParamName);
        Assert.StartsWith("Morris levels must be even and at least 2.", e.Message, StringComparison.Ordinal);
        Assert.Equal(8 * 3, SensitivityDesign.Morris(2, 8, new RandomStream(Seed), levels: 2).Points.Count); // 2 levels: the smallest grid
    }

    /// <summary>
    /// k = 1, two base samples, laid out A, B, A_B per sample: f(A) = 1, 3; f(B) = 2, 6; f(A_B) = 2, 5. Over A and B the
    /// mean is 3 and the variance (4 + 1 + 0 + 9) / 4 = 3.5; S1 = mean of f(B)·(f(A_B) − f(A)) / V = (2 + 12) / 2 / 3.5;
    /// ST = mean of (f(A) − f(A_B))² / 2 / V = (1 + 4) / 4 / 3.5 (Saltelli 2010, Jansen). A bootstrap set may repeat a
    /// sample: the second twice has mean 4.5, variance 2.25, S1 = 12 / 2.25, ST = 4 / 2 / 2.25.
    /// </summary>
    [Fact]
    public void Sobol_indices_of_outputs_written_out_are_Saltelli_and_Jansens_estimates()
    {
        var design = SensitivityDesign.Sobol(1, 2, new RandomStream(Seed));
        double[] outputs = [1, 2, 2, 3, 6, 5];
        var (s1, st) = SobolIndices.Estimate(outputs, 1, [0, 1]);
        Assert.Equal(2.0, s1[0], 12);
        Assert.Equal(1.25 / 3.5, st[0], 12);
        var (s1Repeated, stRepeated) = SobolIndices.Estimate(outputs, 1, [1, 1]);
        Assert.Equal(12 / 2.25, s1Repeated[0], 12);
        Assert.Equal(2 / 2.25, stRepeated[0], 12);

        var indices = SobolIndices.Analyze(design, outputs, [[0, 1], [1, 0]], 0.95);
        Assert.Equal(["S1", "ST"], indices.Select(i => i.Index));
        Assert.All([indices[0].Estimate, indices[0].Low, indices[0].High], x => Assert.Equal(2.0, x, 12)); // every resample is the whole set
    }

    [Fact]
    public void Where_A_and_B_agree_there_is_no_variance_to_share_and_no_index_even_if_an_AB_point_differs()
    {
        var (s1, st) = SobolIndices.Estimate([4, 4, 9, 4, 4, 4], 1, [0, 1]);
        Assert.True(double.IsNaN(s1[0]), $"S1 {s1[0]}");
        Assert.True(double.IsNaN(st[0]), $"ST {st[0]}");
    }

    /// <summary>
    /// f = x₀·x₁: x₀'s effect is x₁, so it differs between trajectories that start at different x₁. The test computes
    /// each elementary effect from the points themselves, then μ, μ* and σ (the sample standard deviation).
    /// </summary>
    [Fact]
    public void Morris_statistics_are_the_mean_mean_absolute_and_standard_deviation_of_the_elementary_effects()
    {
        var design = SensitivityDesign.Morris(2, 6, new RandomStream(Seed));
        var outputs = design.Points.Select(x => (x[0] * x[1]) - x[1]).ToArray();
        var effects = new List<double>[2] { [], [] };
        for (var p = 1; p < outputs.Length; p++)
        {
            if (design.Changed[p] is var i and >= 0)
            {
                effects[i].Add((outputs[p] - outputs[p - 1]) / (design.Points[p][i] - design.Points[p - 1][i]));
            }
        }

        Assert.Equal(effects.Select(e => e.ToArray()), Enumerable.Range(0, 2).Select(i => MorrisEffects.Effects(design, outputs).Select(t => t[i]).ToArray()));
        var indices = MorrisEffects.Analyze(design, outputs, Bootstrap.Resamples(6, 50, new RandomStream(Seed)), 0.95);
        Assert.Equal(6, indices.Count);
        for (var i = 0; i < 2; i++)
        {
            var e = effects[i];
            var mean = e.Average();
            var sd = Math.Sqrt(e.Sum(x => (x - mean) * (x - mean)) / (e.Count - 1));
            var p = i;
            double Index(string name) => indices.Single(x => x.Parameter == p && x.Index == name).Estimate;
            Assert.Equal(e.Select(Math.Abs).Average(), Index("mu_star"), 12);
            Assert.Equal(mean, Index("mu"), 12);
            Assert.Equal(sd, Index("sigma"), 12);
            Assert.True(sd > 0.05, $"x{i}'s effects vary: sigma {sd}");
        }
    }

    [Fact]
    public void The_bootstrap_interval_is_the_central_share_of_the_finite_statistics_and_unknown_without_any()
    {
        var statistics = Enumerable.Range(0, 101).Select(i => (double)i).Append(double.NaN).Append(double.PositiveInfinity);
        var (p5, p95) = Bootstrap.Interval(statistics, 0.90);
        Assert.Equal(5.0, p5, 12);
        Assert.Equal(95.0, p95, 12);
        Assert.Equal((25.0, 75.0), Bootstrap.Interval(statistics, 0.50));
        var (low, high) = Bootstrap.Interval([double.NaN, double.NaN], 0.95);
        Assert.True(double.IsNaN(low) && double.IsNaN(high));
        var sets = Bootstrap.Resamples(7, 30, new RandomStream(Seed));
        Assert.Equal(30, sets.Length);
        Assert.All(sets, s => Assert.Equal(7, s.Length));
        Assert.All(sets.SelectMany(s => s), j => Assert.InRange(j, 0, 6));
        Assert.Equal(7, sets.SelectMany(s => s).Distinct().Count());
    }

    [Fact]
    public void The_variance_across_points_is_the_population_variance_and_the_noise_share_is_unknown_without_any()
    {
        Assert.Equal(1.25, SensitivityAnalysis.Variance([1, 2, 3, 4]));
        Assert.Equal(0, SensitivityAnalysis.Variance([1e9 + 1, 1e9 + 1]));
        Assert.True(double.IsNaN(SensitivityAnalysis.Variance([])));
        var flat = new OutputSensitivity { Output = "y", Indices = [], Variance = 0, NoiseVariance = 0.5 };
        Assert.False(flat.Varies);
        Assert.True(double.IsNaN(flat.NoiseShare));
        Assert.Equal(0.25, (flat with { Variance = 2 }).NoiseShare);
        Assert.True((flat with { Variance = 2 }).Varies);
    }

    [Fact]
    public void Each_estimator_refuses_outputs_that_do_not_match_its_design()
    {
        Assert.Throws<ArgumentException>(() => SobolIndices.Analyze(TinyMorris, TinyMorrisOutputs, OneResample, 0.95));
        Assert.Contains("expected one output per point of a Sobol design (8), found 6", Assert.Throws<ArgumentException>(() => SobolIndices.Analyze(TinySobol, TinyMorrisOutputs, OneResample, 0.95)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MorrisEffects.Analyze(TinySobol, TinySobolOutputs, OneResample, 0.95));
        Assert.Contains("expected one output per point of a Morris design (6), found 8", Assert.Throws<ArgumentException>(() => MorrisEffects.Analyze(TinyMorris, TinySobolOutputs, OneResample, 0.95)).Message, StringComparison.Ordinal);
        Assert.Contains("expected outputs at each of the design's 8 points, found 6", Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Analyze(TinySobol, ["y"], TinyMorrisOutputs.Select(x => new[] { x }).ToArray(), null, Seed)).Message, StringComparison.Ordinal);
    }

    /// <summary>Each public method of the designs and estimators refuses a null argument, or a count below one, by its name.</summary>
    [Fact]
    public void A_null_argument_or_an_empty_bootstrap_is_refused_by_its_name()
    {
        void Refused<T>(string name, Action call)
            where T : ArgumentException => Assert.Equal(name, Assert.Throws<T>(call).ParamName);
        Refused<ArgumentNullException>("random", () => SensitivityDesign.Sobol(3, 4, null!));
        Refused<ArgumentNullException>("random", () => SensitivityDesign.Morris(3, 4, null!));
        Refused<ArgumentNullException>("design", () => SobolIndices.Analyze(null!, TinySobolOutputs, OneResample, 0.95));
        Refused<ArgumentNullException>("outputs", () => SobolIndices.Analyze(TinySobol, null!, OneResample, 0.95));
        Refused<ArgumentNullException>("resamples", () => SobolIndices.Analyze(TinySobol, TinySobolOutputs, null!, 0.95));
        Refused<ArgumentNullException>("outputs", () => SobolIndices.Estimate(null!, 2, [0]));
        Refused<ArgumentNullException>("samples", () => SobolIndices.Estimate(TinySobolOutputs, 2, null!));
        Refused<ArgumentNullException>("design", () => MorrisEffects.Analyze(null!, TinyMorrisOutputs, OneResample, 0.95));
        Refused<ArgumentNullException>("outputs", () => MorrisEffects.Analyze(TinyMorris, null!, OneResample, 0.95));
        Refused<ArgumentNullException>("resamples", () => MorrisEffects.Analyze(TinyMorris, TinyMorrisOutputs, null!, 0.95));
        Refused<ArgumentNullException>("design", () => MorrisEffects.Effects(null!, TinyMorrisOutputs));
        Refused<ArgumentNullException>("outputs", () => MorrisEffects.Effects(TinyMorris, null!));
        Refused<ArgumentNullException>("design", () => SensitivityAnalysis.Analyze(null!, ["y"], [], null, Seed));
        Refused<ArgumentNullException>("names", () => SensitivityAnalysis.Analyze(TinySobol, null!, [], null, Seed));
        Refused<ArgumentNullException>("means", () => SensitivityAnalysis.Analyze(TinySobol, ["y"], null!, null, Seed));
        Refused<ArgumentNullException>("values", () => SensitivityAnalysis.Variance(null!));
        Refused<ArgumentNullException>("random", () => Bootstrap.Resamples(2, 2, null!));
        Refused<ArgumentOutOfRangeException>("blocks", () => Bootstrap.Resamples(0, 2, new RandomStream(Seed)));
        Refused<ArgumentOutOfRangeException>("resamples", () => Bootstrap.Resamples(2, 0, new RandomStream(Seed)));
    }
}
