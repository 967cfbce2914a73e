using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Time;

/// <summary>The engine's clock (ODD §2, scales): whole minutes, ticks that divide a day, and the calendar between them.</summary>
public sealed class TimeTests
{
    [Theory]
    [InlineData("1h", 1)]
    [InlineData("6h", 6)]
    [InlineData(" 24H ", 24)]
    [InlineData("1d", 24)]
    [InlineData("8", 8)]
    [InlineData("12h", 12)]
    public void A_tick_is_read_in_hours_or_days(string text, int hours)
    {
        Assert.True(TickLength.TryParse(text, out var tick));
        Assert.Equal(hours, tick.Hours);
        Assert.Equal(24 / hours, tick.TicksPerDay);
        Assert.Equal(hours / 24.0, tick.Days, 15);
        Assert.Equal($"{hours}h", tick.ToString());
        Assert.Equal(tick, TickLength.Parse(tick.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("5h")]
    [InlineData("0h")]
    [InlineData("-6h")]
    [InlineData("+6h")]
    [InlineData("25")]
    [InlineData("2d")]
    [InlineData("48h")]
    [InlineData("6m")]
    [InlineData("1.5h")]
    [InlineData("h")]
    [InlineData("536870913d")] // 24 times it overflows to 24 hours: refused before it is multiplied
    public void A_tick_that_does_not_divide_a_day_is_refused_with_the_allowed_lengths(string? text)
    {
        Assert.False(TickLength.TryParse(text, out var tick));
        Assert.Equal(default, tick);
        var error = Assert.Throws<FormatException>(() => TickLength.Parse(text!));
        Assert.Contains("1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h", error.Message);
    }

    [Fact]
    public void Only_the_divisors_of_24_are_ticks()
    {
        var allowed = Enumerable.Range(-1, 30).Where(TickLength.IsAllowed).ToArray();
        Assert.Equal([1, 2, 3, 4, 6, 8, 12, 24], allowed);
        Assert.Contains("a tick must be a whole number of hours that divides 24 (1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h)", Assert.Throws<ArgumentOutOfRangeException>(() => new TickLength(5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TickLength(0));
        Assert.Equal(24, TickLength.Day.Hours);
    }

    [Theory]
    [InlineData(1.0, 1440)]
    [InlineData(0.5 / 1440, 1)]          // half a minute rounds to none: a duration is at least one minute
    [InlineData(0.0, 1)]                 // a duration is at least a minute
    [InlineData(-3.0, 1)]
    [InlineData(2.0 / 1440 + 0.4 / 1440, 2)]
    [InlineData(2.0 / 1440 + 0.6 / 1440, 3)]
    [InlineData(1e12, int.MaxValue / 4)] // and at most a quarter of int's range, so sums of minutes cannot overflow
    public void A_duration_in_days_is_whole_minutes_at_least_one(double days, int minutes)
    {
        Assert.Equal(minutes, Minutes.FromDays(days));
    }

    [Fact]
    public void Minutes_convert_back_to_days()
    {
        Assert.Equal(1.5, Minutes.ToDays(2160), 15);
        Assert.Equal(0.0, Minutes.ToDays(0), 15);
        Assert.Equal(1000.0, Minutes.ToDays(1_440_000L), 15);
    }

    [Fact]
    public void The_calendar_maps_ticks_to_days_hours_and_dates()
    {
        var calendar = new SimulationCalendar(new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 2), TickLength.Parse("6h"));
        Assert.Equal(3, calendar.Days);
        Assert.Equal(4, calendar.TicksPerDay);
        Assert.Equal(12, calendar.TotalTicks);
        Assert.Equal(new DateOnly(2025, 11, 30), calendar.FirstDay);
        Assert.Equal(new DateOnly(2025, 12, 2), calendar.LastDay);

        Assert.Equal(0, calendar.DayOf(3));
        Assert.Equal(1, calendar.DayOf(4));
        Assert.Equal(3, calendar.TickInDay(7));
        Assert.Equal(18, calendar.HourOf(7));
        Assert.Equal(new DateOnly(2025, 12, 1), calendar.DateOf(7));
        Assert.Equal(new DateTime(2025, 12, 1, 18, 0, 0), calendar.StartOf(7));
        Assert.Equal(new DateTime(2025, 11, 30, 0, 0, 0), calendar.StartOf(0));
        Assert.Equal(new DateOnly(2025, 12, 2), calendar.DateOfDay(2));
        Assert.Equal(2, calendar.DayIndex(new DateOnly(2025, 12, 2)));
        Assert.Equal(-1, calendar.DayIndex(new DateOnly(2025, 11, 29)));

        var oneDay = new SimulationCalendar(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), TickLength.Day);
        Assert.Equal((1, 1), (oneDay.Days, oneDay.TotalTicks));
        Assert.StartsWith("the window's end comes before its start", Assert.Throws<ArgumentException>(() => new SimulationCalendar(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1), TickLength.Day)).Message, StringComparison.Ordinal);
    }
}
