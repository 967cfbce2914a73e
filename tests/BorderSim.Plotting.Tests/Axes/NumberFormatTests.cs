namespace BorderSim.Plotting.Tests.Axes;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(-0.0, 0, "0")]
    [InlineData(-0.0001, 0, "0")]
    [InlineData(12000, 0, "12,000")]
    [InlineData(3000000, 0, "3,000,000")]
    [InlineData(1234.5, 1, "1,234.5")]
    [InlineData(0.25, 2, "0.25")]
    public void Fixed_uses_invariant_thousands_separators(double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberFormat.Fixed(value, decimals));

    [Theory]
    [InlineData(12345, "12,345")]
    [InlineData(2.5, "2.5")]
    [InlineData(-0.0, "0")]
    public void Value_drops_needless_decimals(double value, string expected) => Assert.Equal(expected, NumberFormat.Value(value));

    [Theory]
    [InlineData(0.41234, "41.2%")]
    [InlineData(0, "0.0%")]
    [InlineData(1, "100.0%")]
    [InlineData(0.0001, "<0.1%")]
    public void Share_is_a_one_decimal_percentage(double fraction, string expected) => Assert.Equal(expected, NumberFormat.Share(fraction));
}
