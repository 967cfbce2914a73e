namespace BorderSim.Plotting.Tests.Axes;

/// <summary>Nice ticks over ranges that need not start at zero: spanning (ticks at both ends) and inside (ends kept).</summary>
public sealed class NiceRangeTests
{
    [Fact]
    public void Spanning_widens_to_round_ends()
    {
        var ticks = NiceScale.Spanning(0.1, 0.9, 5);
        Assert.Equal(0, ticks.Min);
        Assert.Equal(1, ticks.Max);
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], ticks.Values.Select(ticks.Label));
    }

    [Fact]
    public void Spanning_negative_to_huge_keeps_thousands_separators_and_minus()
    {
        var ticks = NiceScale.Spanning(-1_500_000, 3_000_000_000, 5);
        Assert.Equal(-500_000_000, ticks.Min);
        Assert.Equal(3_000_000_000, ticks.Max);
        Assert.Equal("-500,000,000", ticks.Label(ticks.Min));
        Assert.Contains(0, ticks.Values);
    }

    [Fact]
    public void Inside_keeps_the_data_ends_and_puts_round_ticks_between()
    {
        var ticks = NiceScale.Inside(136.4, 351.4, 5);
        Assert.Equal(136.4, ticks.Min);
        Assert.Equal(351.4, ticks.Max);
        Assert.Equal([150, 200, 250, 300, 350], ticks.Values);
    }

    [Theory]
    [InlineData(0.31, 0.39, 1)]
    [InlineData(99.9, 100.1, 1)]
    [InlineData(-7, -6.5, 1)]
    [InlineData(1e12, 1.1e12, 2)]
    public void Inside_always_has_at_least_two_ticks(double min, double max, int target)
    {
        var ticks = NiceScale.Inside(min, max, target);
        Assert.True(ticks.Values.Count >= 2, string.Join(", ", ticks.Values));
        Assert.All(ticks.Values, v => Assert.InRange(v, min, max));
    }

    [Theory]
    [InlineData(30, 25, 35)]
    [InlineData(0.25, 0.23, 0.27)]
    [InlineData(0, -1, 1)]
    [InlineData(-400, -450, -350)]
    public void Equal_ends_are_widened_around_the_value(double value, double low, double high)
    {
        var (min, max) = NiceScale.Widen(value);
        Assert.Equal(low, min, 9);
        Assert.Equal(high, max, 9);
        var ticks = NiceScale.Spanning(value, value);
        Assert.InRange(value, ticks.Min, ticks.Max);
        Assert.True(ticks.Max > ticks.Min);
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.PositiveInfinity)]
    [InlineData(-1e308, 1e308)]
    [InlineData(2, 1)]
    public void Bad_ranges_are_rejected(double min, double max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.Spanning(min, max));
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.Inside(min, max));
    }
}
