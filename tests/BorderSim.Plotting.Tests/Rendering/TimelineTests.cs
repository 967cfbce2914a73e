using System.Globalization;
using System.Xml.Linq;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>Periods placed in the timeline strip beneath the date axis.</summary>
public sealed class TimelineTests
{
    private static readonly DateOnly Start = new(2025, 11, 15);

    private static TimeSeriesChart Chart(params PeriodBand[] periods) => new("Timeline")
    {
        Series = [LineSeries.Daily("x", Start, Enumerable.Range(0, 137).Select(d => (double)(d % 40)).ToArray())],
        Periods = periods,
        Events = [new EventMarker("Run-off", new DateOnly(2025, 12, 14))],
    };

    private static PeriodBand Timeline(string label, DateOnly start, DateOnly end) => new(label, start, end) { Placement = PeriodPlacement.Timeline };

    private static List<XElement> Bars(XDocument doc) =>
        doc.Descendants(SvgInspector.Ns + "g").Single(g => (string?)g.Attribute("class") == "timeline").Elements(SvgInspector.Ns + "rect").ToList();

    [Fact]
    public void Overlapping_periods_get_their_own_rows_below_the_axis_and_do_not_shade_the_plot()
    {
        var svg = SvgRenderer.Render(Chart(
            Timeline("Ultimatum", new DateOnly(2025, 11, 20), new DateOnly(2026, 3, 11)),
            Timeline("Joint patrols", new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 31)),
            Timeline("Not in the window", new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)),
            new PeriodBand("Emergency", new DateOnly(2025, 11, 28), new DateOnly(2026, 1, 26))));
        SvgInspector.AssertNoTextOverlaps(svg);
        var doc = SvgInspector.Parse(svg);
        var bars = Bars(doc);
        Assert.Equal(2, bars.Count);
        var ys = bars.Select(b => SvgInspector.Number(b, "y")).ToList();
        Assert.NotEqual(ys[0], ys[1]);
        var axis = doc.Descendants(SvgInspector.Ns + "g").Single(g => (string?)g.Attribute("class") == "x-axis").Elements(SvgInspector.Ns + "line").First();
        Assert.All(ys, y => Assert.True(y > SvgInspector.Number(axis, "y1") + 20, "timeline bars sit below the date labels"));
        var shaded = doc.Descendants(SvgInspector.Ns + "g").Single(g => (string?)g.Attribute("class") == "periods").Elements().ToList();
        Assert.Single(shaded);
        Assert.Contains("Periods on the timeline below the axis: Ultimatum", doc.Root!.Element(SvgInspector.Ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_that_do_not_overlap_share_a_row()
    {
        var doc = SvgInspector.Parse(SvgRenderer.Render(Chart(
            Timeline("First", new DateOnly(2025, 11, 20), new DateOnly(2025, 12, 20)),
            Timeline("Second", new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)))));
        Assert.Single(Bars(doc).Select(b => b.Attribute("y")!.Value).Distinct());
    }

    [Fact]
    public void A_period_clipped_by_the_window_stays_inside_the_plot()
    {
        var doc = SvgInspector.Parse(SvgRenderer.Render(Chart(Timeline("Long before and after", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)))));
        var bar = Assert.Single(Bars(doc));
        var x = SvgInspector.Number(bar, "x");
        var right = x + SvgInspector.Number(bar, "width");
        Assert.True(x > 28 && right <= 1200 - 28, string.Create(CultureInfo.InvariantCulture, $"bar from {x} to {right}"));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_rejected_wherever_it_is_drawn()
    {
        var e = Assert.Throws<ArgumentException>(() => SvgRenderer.Render(Chart(Timeline("Backwards", new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1)))));
        Assert.Contains("Backwards", e.Message, StringComparison.Ordinal);
    }
}
