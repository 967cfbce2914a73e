namespace BorderSim.Plotting.Tests.Axes;

public sealed class NiceScaleTests
{
    [Fact]
    public void All_zero_data_gets_a_zero_to_ten_axis()
    {
        var ticks = NiceScale.FromZero(0);
        Assert.Equal([0, 2, 4, 6, 8, 10], ticks.Values);
        Assert.Equal(10, ticks.Max);
    }

    [Fact]
    public void Round_peak_is_covered_with_one_two_five_steps()
    {
        var ticks = NiceScale.FromZero(12000);
        Assert.Equal(2000, ticks.Step);
        Assert.Equal(["0", "2,000", "4,000", "6,000", "8,000", "10,000", "12,000"], ticks.Values.Select(ticks.Label));
    }

    [Fact]
    public void Huge_peak_uses_full_numbers_with_thousands_separators()
    {
        var ticks = NiceScale.FromZero(3_000_000);
        Assert.Equal(3_000_000, ticks.Max);
        Assert.Equal("3,000,000", ticks.Label(ticks.Max));
        Assert.Equal("500,000", ticks.Label(ticks.Values[1]));
    }

    [Fact]
    public void Small_fractional_maximum_gets_decimals()
    {
        var ticks = NiceScale.FromZero(0.3);
        Assert.Equal(0.05, ticks.Step, 12);
        Assert.Equal(2, ticks.Decimals);
        Assert.Equal("0.30", ticks.Label(ticks.Max));
        Assert.Equal("0.05", ticks.Label(ticks.Values[1]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7.5)]
    [InlineData(99)]
    [InlineData(101)]
    [InlineData(1234.5)]
    [InlineData(987654321)]
    [InlineData(0.0042)]
    public void Ticks_start_at_zero_cover_the_maximum_and_step_evenly(double max)
    {
        var ticks = NiceScale.FromZero(max);
        Assert.Equal(0, ticks.Values[0]);
        Assert.True(ticks.Max >= max, $"axis max {ticks.Max} below data max {max}");
        Assert.True(ticks.Max < max + ticks.Step + 1e-12, "more than one spare step");
        Assert.InRange(ticks.Values.Count, 3, 12);
        var mantissa = ticks.Step / Math.Pow(10, Math.Floor(Math.Log10(ticks.Step)));
        Assert.Contains(Math.Round(mantissa, 9), new[] { 1.0, 2.0, 5.0 });
        for (var i = 1; i < ticks.Values.Count; i++)
        {
            Assert.Equal(ticks.Step, ticks.Values[i] - ticks.Values[i - 1], 9);
        }
        Assert.Equal(ticks.Values.Count, ticks.Values.Select(ticks.Label).Distinct().Count());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    public void Negative_NaN_and_infinite_maxima_are_rejected(double max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceScale.FromZero(max));

    [Theory]
    [InlineData(0.9, 1)]
    [InlineData(1.6, 2)]
    [InlineData(2.9, 2)]
    [InlineData(3.1, 5)]
    [InlineData(7.2, 10)]
    [InlineData(2400, 2000)]
    [InlineData(0.024, 0.02)]
    public void Nice_step_rounds_to_one_two_five(double rough, double expected) =>
        Assert.Equal(expected, NiceScale.NiceStep(rough), 12);
}
