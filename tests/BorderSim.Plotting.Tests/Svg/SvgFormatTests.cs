namespace BorderSim.Plotting.Tests.Svg;

public sealed class SvgFormatTests
{
    [Theory]
    [InlineData(1.006, "1.01")]
    [InlineData(12.3456, "12.35")]
    [InlineData(-0.001, "0")]
    [InlineData(1200, "1200")]
    [InlineData(0.5, "0.5")]
    public void Numbers_are_rounded_to_two_decimals_invariantly(double value, string expected) =>
        Assert.Equal(expected, SvgFormat.Number(value));

    [Fact]
    public void Non_finite_coordinates_are_rejected() => Assert.Throws<ArgumentOutOfRangeException>(() => SvgFormat.Number(double.NaN));

    [Fact]
    public void Text_is_escaped_and_stripped_of_invalid_characters() =>
        Assert.Equal("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; e", SvgFormat.Escape("a <b> & \"c\" 'd' \u0001e"));

    [Fact]
    public void Writer_refuses_unclosed_elements()
    {
        var w = new SvgWriter();
        w.Open("g");
        Assert.Throws<InvalidOperationException>(() => w.ToString());
    }
}
