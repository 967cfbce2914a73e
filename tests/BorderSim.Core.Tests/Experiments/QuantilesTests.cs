using BorderSim.Core.Experiments;

namespace BorderSim.Core.Tests.Experiments;

public sealed class QuantilesTests
{
    [Fact]
    public void Percentiles_agree_with_a_direct_computation_on_known_data()
    {
        // R7 (numpy's default): h = (n − 1)·q, interpolate between the floor(h)-th and ceil(h)-th smallest values.
        var values = new double[] { 7, 1, 10, 4, 2, 9, 3, 8, 6, 5 };
        var d = Quantiles.Describe(values);
        Assert.Equal(5.5, d.Mean, 12);
        Assert.Equal(1.45, d.P5, 12);
        Assert.Equal(3.25, d.P25, 12);
        Assert.Equal(5.5, d.P50, 12);
        Assert.Equal(7.75, d.P75, 12);
        Assert.Equal(9.55, d.P95, 12);
        Assert.Equal([1.45, 9.55], d.Interval90);
    }

    [Fact]
    public void One_value_is_every_percentile()
    {
        var d = Quantiles.Describe([42.0]);
        Assert.Equal(42, d.P5);
        Assert.Equal(42, d.P95);
    }

    [Fact]
    public void No_values_describe_as_zeros_not_as_numbers_that_are_not_numbers()
    {
        var d = Quantiles.Describe([]);
        Assert.Equal([0.0, 0, 0, 0, 0, 0], [d.Mean, d.P5, d.P25, d.P50, d.P75, d.P95]);
    }

    [Fact]
    public void Date_percentiles_are_real_dates()
    {
        var dates = Enumerable.Range(0, 20).Select(i => (DateOnly?)new DateOnly(2025, 12, 1).AddDays(i)).Append(null);
        var d = DateDistribution.From(dates);
        Assert.Equal(new DateOnly(2025, 12, 1), d.P5);
        Assert.Equal(new DateOnly(2025, 12, 10), d.P50);
        Assert.Equal(new DateOnly(2025, 12, 19), d.P95);
    }
}
