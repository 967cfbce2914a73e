namespace BorderSim.Plotting.Tests.Style;

public sealed class ColorRampTests
{
    [Fact]
    public void Viridis_runs_from_light_yellow_for_low_to_dark_purple_for_high()
    {
        var ramp = ColorRamp.Viridis;
        Assert.Equal("#FDE725", ramp.At(0));
        Assert.Equal("#440154", ramp.At(1));
        Assert.Equal("#21908C", ramp.At(0.5));
        Assert.True(ColorRamp.Luminance(ramp.At(0)) > ColorRamp.Luminance(ramp.At(0.5)));
        Assert.True(ColorRamp.Luminance(ramp.At(0.5)) > ColorRamp.Luminance(ramp.At(1)));
    }

    [Fact]
    public void Fractions_are_clamped_and_blended_between_stops()
    {
        var ramp = new ColorRamp(["#000000", "#FFFFFF"]);
        Assert.Equal("#000000", ramp.At(-3));
        Assert.Equal("#FFFFFF", ramp.At(7));
        Assert.Equal("#000000", ramp.At(double.NaN));
        Assert.Equal("#808080", ramp.At(0.5));
        Assert.Equal(["#FFFFFF", "#000000"], ramp.Reversed().Stops);
    }

    [Fact]
    public void Luminance_is_zero_for_black_and_one_for_white()
    {
        Assert.Equal(0, ColorRamp.Luminance("#000000"), 9);
        Assert.Equal(1, ColorRamp.Luminance("#FFFFFF"), 9);
    }

    [Theory]
    [InlineData("#FFF")]
    [InlineData("red")]
    public void A_ramp_needs_two_hex_colours(string bad)
    {
        Assert.Throws<ArgumentException>(() => new ColorRamp(["#000000", bad]));
        Assert.Throws<ArgumentException>(() => new ColorRamp(["#000000"]));
    }
}
