using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Results;

/// <summary>Observations set against one run (<see cref="TestRuns.WaitingThreeDays"/>): the simulated value, the error and whether it lies in the observation's range.</summary>
public sealed class ObservationComparisonTests
{
    private static Observation Stranded(DateOnly date, double value, double? low, double? high) =>
        new() { Date = date, Metric = "stranded", Value = value, Low = low, High = high, Source = "test", Quote = "q" };

    [Fact]
    public void A_simulated_value_is_within_an_observations_range_including_its_bounds_and_not_beyond_either()
    {
        var run = TestRuns.WaitingThreeDays;
        var day = new DateOnly(2025, 12, 2);
        var s = run.Days[1].EndOfDay.Stranded;
        Assert.True(s > 10, $"{s} stranded at the end of 2 December");

        var compared = ObservationComparison.Compare(run,
        [
            Stranded(day, s, s, s),
            Stranded(day, s - 5, s - 10, s - 1),
            Stranded(day, s + 5, s + 1, s + 10),
            Stranded(day, s - 5, null, s + 1),
            Stranded(day, s - 5, null, s - 1),
        ]);

        Assert.Equal([true, false, false, true, false], compared.Select(c => c.WithinRange));
        Assert.All(compared, c => Assert.Equal(s, c.Simulated));
        Assert.Equal([0.0, 5, -5, 5, 5], compared.Select(c => c.Error!.Value));
    }

    [Fact]
    public void An_observation_outside_the_window_has_no_simulated_value()
    {
        var c = Assert.Single(ObservationComparison.Compare(TestRuns.WaitingThreeDays, [Stranded(new DateOnly(2025, 12, 4), 5, 1, 10)]));

        Assert.Null(c.Simulated);
        Assert.Null(c.Error);
        Assert.Null(c.WithinRange);
    }
}
