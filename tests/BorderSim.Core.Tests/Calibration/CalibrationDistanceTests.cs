using BorderSim.Core.Calibration;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

public sealed class CalibrationDistanceTests
{
    private static Observation Count(double value, double? low = null, double? high = null) => new()
    {
        Date = new DateOnly(2025, 11, 27),
        Metric = "stranded",
        Value = value,
        Low = low,
        High = high,
        Source = "test",
        Quote = "",
    };

    [Fact]
    public void A_bare_count_is_its_own_range_and_a_quarter_of_it_is_one_unit_of_miss()
    {
        var target = ObservationTarget.From(Count(100), "c");
        Assert.Equal(0, target.Miss(100));
        Assert.Equal(1, target.Miss(125), 12);
        Assert.Equal(1, target.Miss(75), 12);
    }

    [Fact]
    public void At_least_is_open_above_and_a_range_is_free_inside()
    {
        var atLeast = ObservationTarget.From(Count(100, low: 100), "c");
        Assert.Equal(0, atLeast.Miss(400));
        Assert.Equal(2, atLeast.Miss(50), 12);
        var range = ObservationTarget.From(Count(40, 30, 50), "c");
        Assert.Equal(0, range.Miss(31));
        Assert.Equal(0, range.Miss(50));
        Assert.Equal(1, range.Miss(60), 12); // 10 above, in units of a quarter of 40
        var atMost = ObservationTarget.From(Count(10, high: 10), "c");
        Assert.Equal(0, atMost.Miss(0));
        Assert.Equal(4, atMost.Miss(20), 12); // the scale is at least one person: 2.5 here
    }

    [Fact]
    public void The_distance_is_the_root_mean_square_of_the_misses()
    {
        var targets = new[] { ObservationTarget.From(Count(100), "a"), ObservationTarget.From(Count(40, 30, 50), "b") };
        Assert.Equal(0, CalibrationDistance.Of(targets, [100, 45]));
        Assert.Equal(Math.Sqrt((4 + 1) / 2.0), CalibrationDistance.Of(targets, [150, 60]), 12);
    }

    [Fact]
    public void A_missing_argument_or_no_observation_to_fit_is_refused_by_its_name()
    {
        Assert.Throws<ArgumentNullException>("observation", () => ObservationTarget.From(null!, "c"));
        Assert.Throws<ArgumentNullException>("targets", () => CalibrationDistance.Of(null!, [1]));
        Assert.Throws<ArgumentNullException>("simulated", () => CalibrationDistance.Of([ObservationTarget.From(Count(100), "c")], null!));

        var e = Assert.Throws<ArgumentException>(() => CalibrationDistance.Of([], []));
        Assert.Equal("targets", e.ParamName);
        Assert.StartsWith("the distance needs at least one observation to fit", e.Message, StringComparison.Ordinal);
    }
}
