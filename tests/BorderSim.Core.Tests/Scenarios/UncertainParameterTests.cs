using BorderSim.Core.Scenarios;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>How an uncertain parameter maps the unit interval to values, where no loader has checked it.</summary>
public sealed class UncertainParameterTests
{
    /// <summary>A normal distribution centred at <paramref name="mean"/> (sd 1) over <paramref name="low"/> to <paramref name="high"/>.</summary>
    private static UncertainParameter NormalOver(double mean, double low, double high) => new()
    {
        Path = "behaviour.money_multiplier",
        Parameter = ParameterCatalog.Find("behaviour.money_multiplier")!,
        Kind = ParameterKind.Number,
        Low = low,
        High = high,
        Distribution = UncertainDistribution.Normal,
        Mode = mean,
        Sd = 1,
        Value = "2",
        Source = "test",
        RangeFromCatalogue = false,
    };

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void A_normal_cut_off_at_its_centre_puts_a_share_u_of_the_mass_left_in_its_range_below_its_value_at_u(double u)
    {
        // Half of the normal's mass lies below the range 5 to 10, so the cut is far from symmetric.
        var x = NormalOver(5, 5, 10).ValueAt(u);
        var (below, inRange) = (Normal.CDF(5, 1, x) - 0.5, Normal.CDF(5, 1, 10) - 0.5);
        Assert.Equal(u, below / inRange, 9);
    }

    [Theory]
    [InlineData(10, -50, -40, -40)] // the range 50 to 60 sd below the centre: its upper end
    [InlineData(-10, 40, 50, 40)] // 50 to 60 sd above: its lower end
    public void A_normal_whose_range_lies_so_far_in_a_tail_that_no_mass_is_left_gives_the_end_nearer_its_centre(double mean, double low, double high, double nearer)
    {
        var parameter = NormalOver(mean, low, high);
        Assert.All(new[] { 0.25, 0.5, 0.75 }, u => Assert.Equal(nearer, parameter.ValueAt(u)));
    }

    [Theory]
    [InlineData(336_000.4, "336000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e17, "100000000000000000")] // not 1E+17
    public void A_whole_number_is_written_in_digits_however_large(double value, string text) =>
        Assert.Equal(text, (NormalOver(0, 0, 1e17) with { Kind = ParameterKind.WholeNumber }).Format(value));
}
