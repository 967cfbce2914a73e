using BorderSim.Core.Calibration;

namespace BorderSim.Core.Tests.Calibration;

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
}
