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

public sealed class ParameterNumberFormatTests
{
    [Theory]
    [InlineData(0.125, "0.125")]
    [InlineData(30000, "30,000")]
    [InlineData(-0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e-7, "0.0000001")]
    public void Exact_keeps_every_decimal_a_parameter_was_given_with(double value, string expected) => Assert.Equal(expected, NumberFormat.Exact(value));

    [Theory]
    [InlineData(13503.125, "13,503")]
    [InlineData(42.46, "42.5")]
    [InlineData(3.14159, "3.14")]
    [InlineData(0.000412345, "0.000412")]
    [InlineData(0, "0")]
    [InlineData(-1234567.8, "-1,234,568")]
    public void Compact_keeps_about_three_significant_figures(double value, string expected) => Assert.Equal(expected, NumberFormat.Compact(value));
}
