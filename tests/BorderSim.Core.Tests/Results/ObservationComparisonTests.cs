using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Results;

/// <summary>Observations set against one run (<see cref="TestRuns.WaitingThreeDays"/>): the simulated value, the error and whether it lies in the observation's range.</summary>
public sealed class ObservationComparisonTests
{
    private static readonly DateOnly SecondDay = new(2025, 12, 2);

    private static Observation Stranded(DateOnly date, double value, double? low, double? high) =>
        new() { Date = date, Metric = "stranded", Value = value, Low = low, High = high, Source = "test", Quote = "q" };

    /// <summary>The persons stranded at the end of 2 December: enough for the ranges around it to mean something.</summary>
    private static int StrandedAtTheEndOfTheSecondDay()
    {
        var s = TestRuns.WaitingThreeDays.Days[1].EndOfDay.Stranded;
        Assert.True(s > 10, $"{s} stranded at the end of 2 December");
        return s;
    }

    [Fact]
    public void A_simulated_value_is_within_an_observations_range_including_its_bounds_and_not_beyond_either()
    {
        var s = StrandedAtTheEndOfTheSecondDay();
        var day = SecondDay;
        var compared = ObservationComparison.Compare(TestRuns.WaitingThreeDays,
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

    /// <summary>A bare count (no range) is met by a simulated value within half of it either way, bounds included.</summary>
    [Fact]
    public void A_bare_count_is_met_within_half_of_it()
    {
        var s = StrandedAtTheEndOfTheSecondDay();
        var compared = ObservationComparison.Compare(TestRuns.WaitingThreeDays,
            [Stranded(SecondDay, s, null, null), Stranded(SecondDay, 2 * s, null, null), Stranded(SecondDay, (2 * s) + 2, null, null), Stranded(SecondDay, 0.6 * s, null, null)]);
        Assert.Equal([true, true, false, false], compared.Select(c => c.WithinRange));
    }

    /// <summary>
    /// A state (stranded, queued, …) observed at a time of day is the state at that full hour, whatever the tick: the
    /// run has one tick a day, yet 13:00 on 2 December reads the 37th hour's end; midnight on the first day reads the
    /// start, before anyone has come. A flow, or a state without a time, is the day's row of daily.csv, the first day's
    /// included.
    /// </summary>
    [Fact]
    public void A_state_observed_at_a_time_of_day_is_read_at_that_hour_and_anything_else_from_the_days_row()
    {
        var run = TestRuns.WaitingThreeDays;
        Observation At(DateOnly date, string metric, TimeOnly? time) => new() { Date = date, Time = time, Metric = metric, Value = 1, Source = "test", Quote = "q" };
        var compared = ObservationComparison.Compare(run,
        [
            At(new DateOnly(2025, 12, 2), "stranded", new TimeOnly(13, 0)),
            At(new DateOnly(2025, 12, 3), "queued", new TimeOnly(6, 30)),
            At(new DateOnly(2025, 12, 1), "stranded", new TimeOnly(0, 0)),
            At(new DateOnly(2025, 12, 1), "departures", new TimeOnly(13, 0)),
            At(new DateOnly(2025, 12, 1), "stranded", null),
        ]);

        Assert.Equal(
            [run.Hours[24 + 13 - 1].Stranded, run.Hours[48 + 6 - 1].Queued, 0, run.Days[0].Flows.Departures, run.Days[0].EndOfDay.Stranded],
            compared.Select(c => c.Simulated!.Value));
        Assert.NotEqual(run.Hours[24 + 13 - 1].Stranded, run.Days[1].EndOfDay.Stranded); // 13:00 is not the day's end
        Assert.NotEqual(0, run.Days[0].Flows.Departures);
        Assert.Equal("13:00", compared[0].Time);
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
