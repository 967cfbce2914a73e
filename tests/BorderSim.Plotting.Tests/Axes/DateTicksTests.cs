namespace BorderSim.Plotting.Tests.Axes;

public sealed class DateTicksTests
{
    private const double Font = 13;

    [Fact]
    public void One_day_window_has_a_single_labelled_day_in_the_middle()
    {
        var day = new DateOnly(2025, 12, 14);
        var ticks = DateTicks.Compute(day, day, 1000, Font);
        Assert.Equal(DateTickUnit.Day, ticks.Unit);
        Assert.Equal([new DateTick(day, "14 Dec 2025")], ticks.Major);
        Assert.Empty(ticks.Minor);
        Assert.Equal(500, new DateScale(day, day, 0, 1000).Map(day), 9);
    }

    [Fact]
    public void Simulation_window_gets_month_labels_with_year_where_it_changes_and_weekly_minor_ticks()
    {
        var ticks = DateTicks.Compute(new DateOnly(2025, 11, 1), new DateOnly(2026, 3, 31), 1050, Font);
        Assert.Equal(DateTickUnit.Month, ticks.Unit);
        Assert.Equal(["Nov 2025", "Dec", "Jan 2026", "Feb", "Mar"], ticks.Major.Select(t => t.Label));
        Assert.NotEmpty(ticks.Minor);
        Assert.All(ticks.Minor, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
    }

    [Fact]
    public void Window_starting_mid_month_labels_the_next_first_of_month_with_its_year()
    {
        var ticks = DateTicks.Compute(new DateOnly(2025, 11, 17), new DateOnly(2026, 2, 10), 1000, Font);
        Assert.Equal(new DateOnly(2025, 12, 1), ticks.Major[0].Date);
        Assert.Equal(["Dec 2025", "Jan 2026", "Feb"], ticks.Major.Select(t => t.Label));
    }

    [Fact]
    public void Short_window_starting_mid_month_uses_mondays_and_daily_minor_ticks()
    {
        var first = new DateOnly(2025, 12, 17);
        var ticks = DateTicks.Compute(first, new DateOnly(2026, 1, 20), 1000, Font);
        Assert.Equal(DateTickUnit.Week, ticks.Unit);
        Assert.All(ticks.Major, t => Assert.Equal(DayOfWeek.Monday, t.Date.DayOfWeek));
        Assert.Equal(["22 Dec 2025", "29 Dec", "5 Jan 2026", "12 Jan", "19 Jan"], ticks.Major.Select(t => t.Label));
        Assert.Contains(first, ticks.Minor);
    }

    [Fact]
    public void Year_long_window_labels_every_month_when_wide()
    {
        var ticks = DateTicks.Compute(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 1050, Font);
        Assert.Equal(DateTickUnit.Month, ticks.Unit);
        Assert.Equal(12, ticks.Major.Count);
        Assert.Equal("Jan 2025", ticks.Major[0].Label);
    }

    [Theory]
    [InlineData(2025, 1, 1, 2025, 12, 31, 300)]
    [InlineData(2025, 1, 1, 2025, 12, 31, 160)]
    [InlineData(2025, 11, 1, 2026, 3, 31, 200)]
    [InlineData(2025, 12, 1, 2025, 12, 10, 90)]
    [InlineData(2020, 1, 1, 2029, 12, 31, 400)]
    [InlineData(2025, 11, 1, 2026, 3, 31, 60)]
    public void Narrow_axes_thin_labels_so_they_never_overlap(int y0, int m0, int d0, int y1, int m1, int d1, double width)
    {
        var first = new DateOnly(y0, m0, d0);
        var last = new DateOnly(y1, m1, d1);
        var ticks = DateTicks.Compute(first, last, width, Font);
        Assert.NotEmpty(ticks.Major);
        Assert.True(DateTicks.Fits(new DateScale(first, last, 0, width), ticks.Major, Font));
        Assert.All(ticks.Major, t => Assert.InRange(t.Date, first, last));
        Assert.Empty(ticks.Minor.Intersect(ticks.Major.Select(t => t.Date)));
    }

    [Fact]
    public void Thinned_year_long_axis_steps_by_whole_months()
    {
        var ticks = DateTicks.Compute(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 300, Font);
        Assert.Equal(DateTickUnit.Month, ticks.Unit);
        Assert.True(ticks.Step > 1);
        Assert.Equal("Jan 2025", ticks.Major[0].Label);
    }

    [Fact]
    public void Daily_labels_repeat_the_year_when_it_changes()
    {
        var ticks = DateTicks.Compute(new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 2), 800, Font);
        Assert.Equal(["30 Dec 2025", "31 Dec", "1 Jan 2026", "2 Jan"], ticks.Major.Select(t => t.Label));
    }

    [Fact]
    public void Reversed_window_is_rejected() =>
        Assert.Throws<ArgumentException>(() => DateTicks.Compute(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1), 800, Font));

    [Fact]
    public void Date_scale_maps_ends_to_pixel_range()
    {
        var scale = new DateScale(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 11), 100, 200);
        Assert.Equal(100, scale.Map(new DateOnly(2025, 11, 1)), 9);
        Assert.Equal(150, scale.Map(new DateOnly(2025, 11, 6)), 9);
        Assert.Equal(200, scale.Map(new DateOnly(2025, 11, 11)), 9);
    }
}
