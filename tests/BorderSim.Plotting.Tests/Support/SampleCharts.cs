namespace BorderSim.Plotting.Tests.Support;

/// <summary>Fixed, formula-generated data shaped like a BorderSim run (Nov 2025 – Mar 2026).</summary>
internal static class SampleCharts
{
    public static readonly DateOnly Start = new(2025, 11, 1);
    public static readonly DateOnly End = new(2026, 3, 31);
    public static int Days => End.DayNumber - Start.DayNumber + 1;

    public static readonly PeriodBand Emergency = new("Tacna state of emergency", new DateOnly(2025, 11, 28), new DateOnly(2026, 1, 26));
    public static readonly EventMarker RunOff = new("Run-off 14 Dec", new DateOnly(2025, 12, 14));
    public static readonly EventMarker Inauguration = new("Inauguration 11 Mar", new DateOnly(2026, 3, 11));

    /// <summary>A smooth bump peaking mid-December plus a weekly ripple.</summary>
    public static double Stranded(int day) =>
        Math.Round((1800 * Math.Exp(-Math.Pow((day - 45) / 22.0, 2))) + (250 * Math.Exp(-Math.Pow((day - 130) / 12.0, 2))) + (60 * (1 + Math.Sin(day * 2 * Math.PI / 7))) + 40);

    public static TimeSeriesChart StrandedWithBand()
    {
        var median = Enumerable.Range(0, Days).Select(d => new DatePoint(Start.AddDays(d), Stranded(d))).ToArray();
        var band = median.Select(p => new BandPoint(p.Date, Math.Round(p.Value * 0.72), Math.Round((p.Value * 1.35) + 30))).ToArray();
        var queued = Enumerable.Range(0, Days).Select(d => new DatePoint(Start.AddDays(d), Math.Round(Stranded(d) * 0.45 * (1 + (0.3 * Math.Cos(d / 9.0)))))).ToArray();
        return new TimeSeriesChart("Migrants stranded at Chacalluta–Santa Rosa")
        {
            Subtitle = "Median of 200 runs with the 5–95% range; persons on each day",
            Source = "Source: BorderSim 0.1.0, scenario baseline, seed 20251101. Observations: press reports and IOM DTM counts.",
            YAxisLabel = "Persons",
            Series =
            [
                new LineSeries("Stranded (median)", median) { Band = new SeriesBand(band) { Label = "Stranded, 5–95% of runs" } },
                new LineSeries("Queued at the crossing", queued) { Dash = LineDash.Dashed },
            ],
            Periods = [Emergency],
            Events = [RunOff, Inauguration],
            ObservationsLabel = "Reported counts",
            Observations =
            [
                new Observation(new DateOnly(2025, 12, 3), 1500) { Low = 1200, High = 1900, Label = "Press, 3 Dec" },
                new Observation(new DateOnly(2025, 12, 20), 2100) { Low = 1800, High = 2500, Label = "IOM DTM" },
                new Observation(new DateOnly(2026, 2, 10), 400) { Label = "Municipality" },
            ],
        };
    }

    public static TimeSeriesChart Flows()
    {
        LineSeries Daily(string name, Func<int, double> f) => LineSeries.Daily(name, Start, Enumerable.Range(0, Days).Select(d => Math.Round(Math.Max(0, f(d)))).ToArray());
        return new TimeSeriesChart("Daily flows at the border")
        {
            Subtitle = "Median of 200 runs; persons per day",
            Source = "Source: BorderSim 0.1.0, scenario baseline.",
            YAxisLabel = "Persons per day",
            Series =
            [
                Daily("Arrivals", d => 140 + (90 * Math.Exp(-Math.Pow((d - 35) / 15.0, 2)))),
                Daily("Crossed regularly", d => d < 27 ? 120 : 35 + (25 * Math.Sin(d / 6.0))),
                Daily("Crossed irregularly", d => d < 27 ? 5 : 45 + (20 * Math.Cos(d / 5.0))),
                Daily("Returned to Chile", d => 10 + (d / 10.0)) with { Dash = LineDash.Dashed },
            ],
            Periods = [Emergency],
            Events = [RunOff, Inauguration],
        };
    }

    public static StackedAreaChart PersonsByState()
    {
        var dates = Enumerable.Range(0, Days).Select(d => Start.AddDays(d)).ToArray();
        AreaLayer Layer(string name, string color, Func<int, double> f) =>
            new(name, Enumerable.Range(0, Days).Select(d => Math.Round(Math.Max(0, f(d)))).ToArray()) { Color = color };
        return new StackedAreaChart("Persons by state", dates,
        [
            Layer("Travelling", OkabeIto.SkyBlue, d => 600 + (200 * Math.Sin(d / 20.0))),
            Layer("Queued", OkabeIto.Orange, d => Stranded(d) * 0.45),
            Layer("Stranded", OkabeIto.Vermillion, Stranded),
            Layer("Irregular route", OkabeIto.Purple, d => d < 27 ? 20 : 150 + (60 * Math.Sin(d / 8.0))),
            Layer("Sheltered", OkabeIto.Green, d => d < 30 ? 0 : Math.Min(400, (d - 30) * 8)),
        ])
        {
            Subtitle = "Median of 200 runs, persons on each day",
            Source = "Source: BorderSim 0.1.0, scenario baseline.",
            YAxisLabel = "Persons",
            Periods = [Emergency],
            Events = [RunOff, Inauguration],
        };
    }

    public static BarChart Outcomes() => new("How journeys ended by 31 March 2026",
    [
        new Bar("CrossedRegular", 12345),
        new Bar("CrossedIrregular", 8210),
        new Bar("ReturnedToChile", 4502),
        new Bar("StillStranded", 3120),
        new Bar("Sheltered", 1802),
        new Bar("Deceased", 3),
    ])
    {
        Subtitle = "Persons by final state, median of 200 runs",
        Source = "Source: BorderSim 0.1.0, scenario baseline.",
        ValueAxisLabel = "Persons",
    };
}
