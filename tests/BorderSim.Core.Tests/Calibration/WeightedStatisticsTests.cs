using BorderSim.Core.Calibration;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// The statistics of an ABC population, worked out by hand on small samples with unequal weights that do not sum to 1
/// (a population's weights are normalised, but these must not depend on it) and with tied values. The weights are
/// small binary fractions, so every mean and variance below is exact; the effective sizes, thirds, are checked to 1e-12.
/// </summary>
public sealed class WeightedStatisticsTests
{
    [Fact]
    public void The_weighted_quantile_is_the_smallest_value_whose_cumulative_weight_reaches_it_and_needs_a_value()
    {
        double[] values = [3, 1, 2];
        double[] weights = [0.5, 0.25, 0.25];
        Assert.Equal(1, WeightedStatistics.Quantile(values, weights, 0.25));
        Assert.Equal(2, WeightedStatistics.Quantile(values, weights, 0.5));
        Assert.Equal(3, WeightedStatistics.Quantile(values, weights, 0.51));
        var e = Assert.Throws<ArgumentException>(() => WeightedStatistics.Quantile([], [], 0.5));
        Assert.Equal("values", e.ParamName);
        Assert.StartsWith("no values", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Values 3, 1, 2, 2 weighted 2, 1, 1, 4 (total 8): in ascending order the cumulative weights are 1 (the 1), 2 and
    /// 6 (the two 2s), 8 (the 3), so the quantile is 1 up to 1/8, 2 up to 6/8 and 3 beyond.
    /// </summary>
    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.125, 1)]
    [InlineData(0.126, 2)]
    [InlineData(0.25, 2)]
    [InlineData(0.75, 2)]
    [InlineData(0.76, 3)]
    [InlineData(1, 3)]
    public void The_weighted_quantile_is_the_first_value_whose_cumulative_weight_reaches_tau_whatever_the_weights_sum_to(double tau, double expected) =>
        Assert.Equal(expected, WeightedStatistics.Quantile([3, 1, 2, 2], [2, 1, 1, 4], tau));

    [Fact]
    public void The_quantile_at_0_is_the_smallest_value_even_one_of_no_weight() =>
        Assert.Equal(5, WeightedStatistics.Quantile([7, 5], [1, 0], 0));

    [Fact]
    public void The_weighted_mean_and_variance_divide_by_the_total_weight()
    {
        double[] values = [1, 2, 4];
        double[] weights = [1, 1, 2];
        // (1 + 2 + 2·4) / 4
        Assert.Equal(2.75, WeightedStatistics.Mean(values, weights));
        // (1.75² + 0.75² + 2·1.25²) / 4 = (3.0625 + 0.5625 + 3.125) / 4
        Assert.Equal(1.6875, WeightedStatistics.Variance(values, weights));
        Assert.Equal(0, WeightedStatistics.Variance([4, 4], [1, 3]));
    }

    /// <summary>Kish's effective sample size, (Σw)² / Σw²: as many equal weights as there are, fewer when they differ, none for no weight.</summary>
    [Theory]
    [InlineData(new[] { 0.25, 0.25, 0.25, 0.25 }, 4)]
    [InlineData(new[] { 3.0, 3, 3 }, 3)]
    [InlineData(new[] { 1.0, 1, 2 }, 16.0 / 6)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.4 }, 1 / 0.3)]
    [InlineData(new[] { 5.0 }, 1)]
    [InlineData(new[] { 0.0, 0 }, 0)]
    [InlineData(new double[0], 0)]
    public void The_effective_sample_size_is_kishs(double[] weights, double expected) =>
        Assert.Equal(expected, WeightedStatistics.EffectiveSampleSize(weights), 1e-12);

    [Fact]
    public void The_quantile_refuses_no_values_or_weights_by_name()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => WeightedStatistics.Quantile(null!, [1], 0.5)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => WeightedStatistics.Quantile([1], null!, 0.5)).ParamName);
    }
}
