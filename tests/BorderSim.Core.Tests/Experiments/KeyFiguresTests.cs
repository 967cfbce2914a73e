using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>One replicate's key figures as key_figures.csv and sweep.csv hold them: the fields, their column names, and reading them back.</summary>
public sealed class KeyFiguresTests
{
    private static Observation At(string metric, int day, TimeOnly? time = null) =>
        new() { Date = new DateOnly(2025, 12, day), Time = time, Metric = metric, Value = 1, Source = "test", Quote = "q" };

    [Fact]
    public void Each_observation_has_a_column_named_after_its_metric_date_and_time_and_a_repeated_name_is_numbered()
    {
        var columns = KeyFigures.ObservationColumns(
        [
            At("stranded", 1),
            At("stranded", 1, new TimeOnly(13, 0)),
            At("stranded", 1),
            At("crossed-regular", 2),
            At("stranded", 1),
        ]);

        Assert.Equal(["sim_stranded_20251201", "sim_stranded_20251201_1300", "sim_stranded_20251201_2", "sim_crossed_regular_20251202", "sim_stranded_20251201_3"], columns);
    }

    [Fact]
    public void A_missing_peak_date_and_a_value_outside_the_window_are_empty_fields_and_read_back_as_missing()
    {
        var figures = HandBuiltExperiments.Figures(0.25, null, 1.5, null);

        var fields = figures.Fields().ToArray();
        Assert.Equal(KeyFigures.NumericNames.Length + 1 + 2, fields.Length);
        Assert.Equal(["0.25", "", "10.25"], fields[..3]);
        Assert.Equal(["1.5", ""], fields[^2..]);

        var read = KeyFigures.Parse(fields);
        Assert.Equal(figures.Values, read.Values);
        Assert.Null(read.PeakStrandedDate);
        Assert.Equal([1.5, null], read.Observations);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(14)] // one short: every numeric figure but no peak date
    public void Too_few_fields_are_refused_with_how_many_were_expected(int count)
    {
        var fields = Enumerable.Repeat("1", count).ToArray();

        var e = Assert.Throws<InvalidDataException>(() => KeyFigures.Parse(fields));
        Assert.Equal($"expected at least 15 key-figure fields, found {count}", e.Message);
    }
}
