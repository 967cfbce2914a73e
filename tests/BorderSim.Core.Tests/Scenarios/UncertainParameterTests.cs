using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>How an uncertain parameter maps the unit interval to values, where no loader has checked it.</summary>
public sealed class UncertainParameterTests
{
    /// <summary>A normal distribution centred at <paramref name="mean"/> (sd 1) over <paramref name="low"/> to <paramref name="high"/>.</summary>
    private static UncertainParameter Normal(double mean, double low, double high) => new()
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
    [InlineData(10, -50, -40, -40)] // the range 50 to 60 sd below the centre: its upper end
    [InlineData(-10, 40, 50, 40)] // 50 to 60 sd above: its lower end
    public void A_normal_whose_range_lies_so_far_in_a_tail_that_no_mass_is_left_gives_the_end_nearer_its_centre(double mean, double low, double high, double nearer)
    {
        var parameter = Normal(mean, low, high);
        Assert.All(new[] { 0.25, 0.5, 0.75 }, u => Assert.Equal(nearer, parameter.ValueAt(u)));
    }
}
