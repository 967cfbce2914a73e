using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>Bad data is rejected with a message that says what is wrong, rather than drawn wrongly.</summary>
public sealed class ValidationTests
{
    private static readonly DateOnly Day = new(2025, 12, 1);

    [Fact]
    public void Negative_values_are_rejected_with_series_and_date()
    {
        var chart = new TimeSeriesChart("t") { Series = [new LineSeries("Stranded", [new DatePoint(Day, -3)])] };
        var e = Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart));
        Assert.Contains("Stranded", e.Message);
        Assert.Contains("2025-12-01", e.Message);
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void Infinite_values_are_rejected()
    {
        var chart = new TimeSeriesChart("t") { Series = [new LineSeries("s", [new DatePoint(Day, double.PositiveInfinity)])] };
        Assert.Contains("infinite", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart)).Message);
    }

    [Fact]
    public void NaN_in_a_stacked_layer_is_rejected_but_is_a_gap_in_a_line()
    {
        var stacked = new StackedAreaChart("t", [Day], [new AreaLayer("A", [double.NaN])]);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(stacked)).Message);
        var line = new TimeSeriesChart("t") { Series = [LineSeries.Daily("s", Day, [1, double.NaN, 3])] };
        Assert.NotEmpty(ChartRenderer.Svg(line));
    }

    [Fact]
    public void Band_low_above_high_is_rejected()
    {
        var chart = new TimeSeriesChart("t")
        {
            Series = [new LineSeries("s", [new DatePoint(Day, 5)]) { Band = new SeriesBand([new BandPoint(Day, 6, 4)]) }],
        };
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart));
    }

    [Fact]
    public void Stacked_layers_must_match_the_dates()
    {
        var chart = new StackedAreaChart("t", [Day, Day.AddDays(1)], [new AreaLayer("A", [1])]);
        Assert.Contains("1 values for 2 dates", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart)).Message);
        var unordered = new StackedAreaChart("t", [Day, Day], [new AreaLayer("A", [1, 2])]);
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(unordered));
    }

    [Fact]
    public void A_chart_without_dates_or_bars_is_rejected()
    {
        Assert.Contains("no dates", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(new TimeSeriesChart("empty"))).Message);
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(new BarChart("empty", [])));
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(new BarChart("neg", [new Bar("x", -1)])));
    }

    [Fact]
    public void A_window_with_no_data_renders_an_empty_zero_to_ten_axis()
    {
        var chart = new TimeSeriesChart("only a window") { Window = new DateWindow(Day, Day.AddDays(30)) };
        var svg = ChartRenderer.Svg(chart);
        Assert.Matches(@">\s*10\s*</text>", svg);
    }

    [Fact]
    public void Reversed_windows_and_periods_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DateWindow(Day, Day.AddDays(-1)));
        var chart = SampleCharts.Flows() with { Periods = [new PeriodBand("backwards", Day, Day.AddDays(-3))] };
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart));
    }

    [Fact]
    public void A_canvas_too_small_is_rejected() =>
        Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(SampleCharts.Flows(), ChartStyle.Default with { Width = 100 }));
}
