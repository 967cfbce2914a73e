using BorderSim.Core.Experiments;
using BorderSim.Core.Results;

namespace BorderSim.Core.Tests.Results;

/// <summary>How a key figure reads wherever it is shown to people (the command line, reports, comparison tables).</summary>
public sealed class FigureTextTests
{
    [Theory]
    [InlineData(158.5, "159")]
    [InlineData(158.4, "158")]
    [InlineData(12345.2, "12,345")]
    [InlineData(-2.5, "-3")]
    [InlineData(0, "0")]
    public void A_figure_is_a_whole_number_with_thousands_separated_and_halves_rounded_away_from_zero(double value, string text) =>
        Assert.Equal(text, FigureText.Number(value));

    [Fact]
    public void An_ensembles_figure_is_its_median_with_the_90_percent_interval_of_the_replicates()
    {
        var d = new Distribution { Mean = 160, P5 = 140.2, P25 = 150, P50 = 158.5, P75 = 165, P95 = 1171.5 };

        Assert.Equal("159 (90% interval 140–1,172)", FigureText.MedianWithInterval(d));
        Assert.Equal("140–1,172", FigureText.Interval(d));
    }
}
