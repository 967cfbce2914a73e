using System.Xml.Linq;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>Properties every rendered chart must have, on the samples and on awkward data.</summary>
public sealed class ChartRenderingTests
{
    public static TheoryData<string> Names => new(AllCharts.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Chart> AllCharts = new(GoldenCharts.All)
    {
        ["nan-gaps"] = new TimeSeriesChart("Gaps")
        {
            Series = [LineSeries.Daily("With gaps", new DateOnly(2025, 12, 1), [1, 2, double.NaN, 4, 5, double.NaN, 7, double.NaN, double.NaN, 10])],
        },
        ["escaping"] = new BarChart("Tricky <text> & \"quotes\" 'here'", [new Bar("A & B <C>", 1), new Bar("Zero", 0)]) { Source = "x < y & z" },
        ["all-zero-bars"] = new BarChart("No outcomes yet", [new Bar("CrossedRegular", 0), new Bar("Stranded", 0)]),
        ["one-date-stack"] = new StackedAreaChart("One date", [new DateOnly(2026, 1, 1)], [new AreaLayer("A", [3]), new AreaLayer("B", [4])]),
        ["many-legend-items"] = new TimeSeriesChart("Twelve series to wrap the legend")
        {
            Series = Enumerable.Range(1, 12).Select(i => LineSeries.Daily($"Scenario variant {i}", new DateOnly(2025, 11, 1), Enumerable.Range(0, 60).Select(d => (double)(d * i)).ToArray())).ToArray(),
        },
        ["crowded-events"] = new TimeSeriesChart("Events on consecutive days")
        {
            Series = [LineSeries.Daily("x", new DateOnly(2025, 12, 1), Enumerable.Range(0, 30).Select(d => (double)d).ToArray())],
            Events = Enumerable.Range(10, 4).Select(d => new EventMarker($"Event number {d}", new DateOnly(2025, 12, d))).ToArray(),
            Periods = [new PeriodBand("Long period", new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 1)), new PeriodBand("Short", new DateOnly(2025, 12, 12), new DateOnly(2025, 12, 14))],
        },
        ["window-clips-data"] = SampleCharts.StrandedWithBand() with { Window = new DateWindow(new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 15)) },
        ["small-canvas"] = SampleCharts.Flows(),
    };

    private static ChartStyle StyleFor(string name) => name == "small-canvas" ? ChartStyle.Default with { Width = 640, Height = 400 } : ChartStyle.Default;

    private static string Render(string name) => SvgRenderer.Render(AllCharts[name], StyleFor(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Svg_is_well_formed_with_viewbox_and_accessible_title(string name)
    {
        var doc = XDocument.Parse(Render(name));
        var root = doc.Root!;
        Assert.Equal(SvgInspector.Ns + "svg", root.Name);
        Assert.Equal("img", root.Attribute("role")?.Value);
        var style = StyleFor(name);
        Assert.Equal($"0 0 {style.Width} {style.Height}", root.Attribute("viewBox")?.Value);

        var ids = root.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal(2, ids.Length);
        var title = root.Elements(SvgInspector.Ns + "title").Single();
        var desc = root.Elements(SvgInspector.Ns + "desc").Single();
        Assert.Equal(ids[0], title.Attribute("id")?.Value);
        Assert.Equal(ids[1], desc.Attribute("id")?.Value);
        Assert.Equal(AllCharts[name].Title, title.Value);
        Assert.False(string.IsNullOrWhiteSpace(desc.Value));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Rendering_is_deterministic(string name) => Assert.Equal(Render(name), Render(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Text_never_overlaps(string name) => SvgInspector.AssertNoTextOverlaps(Render(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Numbers_are_invariant_and_rounded(string name)
    {
        var doc = XDocument.Parse(Render(name));
        foreach (var attribute in doc.Descendants().Attributes().Where(a => a.Name.LocalName is "x" or "y" or "width" or "height" or "cx" or "cy" or "x1" or "y1" or "x2" or "y2"))
        {
            Assert.Matches(@"^-?\d+(\.\d{1,2})?$", attribute.Value);
        }
        foreach (var path in doc.Descendants(SvgInspector.Ns + "path"))
        {
            Assert.Matches(@"^([MLZ]|-?\d+(\.\d{1,2})?| )+$", path.Attribute("d")!.Value);
        }
    }

    [Fact]
    public void Text_is_escaped_and_survives_a_round_trip()
    {
        var doc = XDocument.Parse(Render("escaping"));
        var texts = SvgInspector.Texts(doc).Select(t => t.Value).ToList();
        Assert.Contains("Tricky <text> & \"quotes\" 'here'", texts);
        Assert.Contains("A & B <C>", texts);
        Assert.Contains("x < y & z", texts);
    }

    [Fact]
    public void Time_series_draws_every_series_band_period_event_and_observation()
    {
        var chart = SampleCharts.StrandedWithBand();
        var doc = XDocument.Parse(SvgRenderer.Render(chart));
        var texts = SvgInspector.Texts(doc).Select(t => t.Value).ToList();
        Assert.Contains("Tacna state of emergency", texts);
        Assert.Contains("Run-off 14 Dec", texts);
        Assert.Contains("Inauguration 11 Mar", texts);
        Assert.Contains("Stranded (median)", texts);
        Assert.Contains("Stranded, 5–95% of runs", texts);
        Assert.Contains("Reported counts", texts);
        Assert.Contains("IOM DTM", texts);
        Assert.Contains("Jan 2026", texts);
        Assert.Contains("Persons", texts);
        Assert.Contains(chart.Source!, texts);

        var series = doc.Descendants(SvgInspector.Ns + "g").Single(g => g.Attribute("class")?.Value == "series");
        Assert.Equal(3, series.Elements(SvgInspector.Ns + "path").Count()); // band + two lines
        Assert.Equal("7 5", series.Elements(SvgInspector.Ns + "path").Last().Attribute("stroke-dasharray")?.Value);
        var observations = doc.Descendants(SvgInspector.Ns + "g").Single(g => g.Attribute("class")?.Value == "observations");
        Assert.Equal(3, observations.Elements(SvgInspector.Ns + "circle").Count());
    }

    [Fact]
    public void Series_use_the_okabe_ito_palette_in_order_unless_given_a_colour()
    {
        var doc = XDocument.Parse(SvgRenderer.Render(SampleCharts.Flows()));
        var strokes = doc.Descendants(SvgInspector.Ns + "g").Single(g => g.Attribute("class")?.Value == "series")
            .Elements(SvgInspector.Ns + "path").Select(p => p.Attribute("stroke")!.Value);
        Assert.Equal(OkabeIto.SeriesOrder.Take(4), strokes);
        Assert.Subset(OkabeIto.All.ToHashSet(), OkabeIto.SeriesOrder.ToHashSet());
    }

    [Fact]
    public void Bar_labels_show_value_and_share()
    {
        var texts = SvgInspector.Texts(XDocument.Parse(SvgRenderer.Render(SampleCharts.Outcomes()))).Select(t => t.Value).ToList();
        Assert.Contains("12,345 (41.2%)", texts);
        Assert.Contains("CrossedRegular", texts);
        Assert.Contains("3 (<0.1%)", texts);
        var noShares = SvgInspector.Texts(XDocument.Parse(SvgRenderer.Render(SampleCharts.Outcomes() with { ShowShares = false }))).Select(t => t.Value);
        Assert.Contains("12,345", noShares);
    }

    [Fact]
    public void Stacked_area_top_layer_reaches_the_column_total()
    {
        var chart = new StackedAreaChart("Totals", [new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)], [new AreaLayer("A", [10, 20]), new AreaLayer("B", [30, 40])]);
        var doc = XDocument.Parse(SvgRenderer.Render(chart));
        var yTicks = SvgInspector.Texts(doc).Where(t => t.Parent?.Attribute("class")?.Value == "y-axis").Select(t => t.Value).ToList();
        Assert.Equal("60", yTicks[^1]);
        Assert.Equal(2, doc.Descendants(SvgInspector.Ns + "g").Single(g => g.Attribute("class")?.Value == "layers").Elements(SvgInspector.Ns + "path").Count(p => p.Attribute("fill")?.Value != "none"));
    }

    [Fact]
    public void Annotations_outside_the_window_are_left_out()
    {
        var chart = SampleCharts.StrandedWithBand() with { Window = new DateWindow(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)) };
        var texts = SvgInspector.Texts(XDocument.Parse(SvgRenderer.Render(chart))).Select(t => t.Value).ToList();
        Assert.DoesNotContain("Run-off 14 Dec", texts);
        Assert.DoesNotContain("Tacna state of emergency", texts);
        Assert.DoesNotContain("IOM DTM", texts);
        Assert.Contains("Municipality", texts);
    }

    [Fact]
    public void Same_title_gives_same_ids_different_titles_different_ids()
    {
        static string Ids(Chart c) => XDocument.Parse(SvgRenderer.Render(c)).Root!.Attribute("aria-labelledby")!.Value;
        Assert.Equal(Ids(SampleCharts.Flows()), Ids(SampleCharts.Flows() with { Subtitle = "other" }));
        Assert.NotEqual(Ids(SampleCharts.Flows()), Ids(SampleCharts.Flows() with { Title = "Other" }));
    }

    [Fact]
    public void Save_writes_the_rendered_svg()
    {
        var path = Path.Combine(Path.GetTempPath(), "bordersim-plotting-tests", "save", "flows.svg");
        SvgRenderer.Save(SampleCharts.Flows(), path);
        Assert.Equal(SvgRenderer.Render(SampleCharts.Flows()), File.ReadAllText(path));
    }
}
