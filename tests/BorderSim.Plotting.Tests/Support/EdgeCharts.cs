namespace BorderSim.Plotting.Tests.Support;

/// <summary>Charts on awkward data: one day, all zeros, a huge peak over a year.</summary>
internal static class EdgeCharts
{
    public static TimeSeriesChart OneDay() => new("A single day")
    {
        Subtitle = "One data point per series",
        YAxisLabel = "Persons",
        Series =
        [
            new LineSeries("Stranded", [new DatePoint(new DateOnly(2025, 12, 14), 1234)])
            {
                Band = new SeriesBand([new BandPoint(new DateOnly(2025, 12, 14), 1000, 1500)]),
            },
            new LineSeries("Queued", [new DatePoint(new DateOnly(2025, 12, 14), 456)]),
        ],
        Events = [SampleCharts.RunOff],
        Observations = [new Observation(new DateOnly(2025, 12, 14), 1300) { Low = 1100, High = 1450, Label = "Press" }],
        ObservationsLabel = "Reported",
    };

    public static TimeSeriesChart AllZeroMidMonth() => new("Nothing happened")
    {
        Subtitle = "All values are zero; the window starts mid-month",
        Source = "Source: test data",
        Series = [LineSeries.Daily("Deaths", new DateOnly(2025, 11, 17), new double[40])],
        Periods = [new PeriodBand("Holiday", new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 26))],
    };

    public static TimeSeriesChart HugePeakYear()
    {
        var start = new DateOnly(2025, 1, 1);
        var values = Enumerable.Range(0, 365).Select(d => Math.Round(3_000_000 * Math.Exp(-Math.Pow((d - 200) / 10.0, 2)))).ToArray();
        return new TimeSeriesChart("A year-long window with a huge peak")
        {
            Subtitle = "Peak of 3,000,000 on 20 July",
            YAxisLabel = "Persons",
            Series = [LineSeries.Daily("Cumulative arrivals", start, values)],
            Events = [new EventMarker("New Year", new DateOnly(2025, 1, 1)), new EventMarker("Peak", new DateOnly(2025, 7, 20)), new EventMarker("Year end", new DateOnly(2025, 12, 31))],
            Periods =
            [
                new PeriodBand("Summer", new DateOnly(2025, 6, 21), new DateOnly(2025, 9, 22)),
                new PeriodBand("Overlapping window", new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 15)),
            ],
        };
    }
}
