using System.Text.RegularExpressions;
using System.Xml.Linq;
using BorderSim.Plotting.Results;
using BorderSim.Plotting.Tests.Support;
using SkiaSharp;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>What every chart drawn with ScottPlot must be: accessible, reproducible, drawn in the bundled font, and legible at small sizes.</summary>
public sealed partial class ScottPlotChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Names => new(GoldenCharts.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Svg_has_a_viewbox_role_title_description_and_ids_under_its_prefix(string name)
    {
        var chart = GoldenCharts.All[name];
        var root = XDocument.Parse(ChartRenderer.Svg(chart, id: "chart-x")).Root!;
        Assert.Equal("0 0 1200 675", (string?)root.Attribute("viewBox"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("chart-x-title chart-x-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal(chart.Title, root.Element(Svg + "title")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")!.Value));
        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToArray();
        Assert.All(ids, id => Assert.StartsWith("chart-x-", id, StringComparison.Ordinal));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Text_is_drawn_in_the_bundled_font_with_no_trailing_comma_in_glyph_positions(string name)
    {
        var svg = ChartRenderer.Svg(GoldenCharts.All[name]);
        var texts = XDocument.Parse(svg).Descendants(Svg + "text").ToArray();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.StartsWith("'Liberation Sans'", (string?)t.Attribute("font-family"), StringComparison.Ordinal));
        var title = GoldenCharts.All[name].Title;
        Assert.Contains(texts, t => t.Value.Trim().StartsWith(title[..Math.Min(10, title.Length)], StringComparison.Ordinal));
        Assert.DoesNotMatch(TrailingComma(), svg);
    }

    [Fact]
    public void The_font_comes_from_the_files_beside_the_assemblies_not_from_the_system()
    {
        ChartFonts.EnsureRegistered();
        var typeface = ScottPlot.Fonts.GetTypeface(ChartFonts.Name, bold: false, italic: false);
        Assert.Equal("Liberation Sans", typeface.FamilyName);
        Assert.True(File.Exists(Path.Combine(ChartFonts.Folder, ChartFonts.RegularFile)));
        Assert.True(File.Exists(Path.Combine(ChartFonts.Folder, "LICENSE-OFL.txt")));
        Assert.True(ScottPlot.Fonts.GetTypeface(ChartFonts.Name, bold: true, italic: false).IsBold);
    }

    [Fact]
    public void The_png_title_is_drawn_dark_on_white()
    {
        var png = ChartRenderer.Png(SampleCharts.StrandedWithBand());
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1200, 675), (bitmap.Width, bitmap.Height));
        var dark = 0;
        for (var x = 28; x < 500; x++)
        {
            for (var y = 14; y < 46; y++)
            {
                dark += bitmap.GetPixel(x, y).Red < 100 ? 1 : 0;
            }
        }
        Assert.True(dark > 500, $"only {dark} dark pixels where the title is");
        Assert.Equal(SKColors.White, bitmap.GetPixel(2, 2));
    }

    [Fact]
    public void A_scaled_png_has_that_many_more_pixels()
    {
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(SampleCharts.Outcomes(), scale: 2));
        Assert.Equal((2400, 1350), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void The_same_chart_gives_the_same_svg_twice_and_on_eight_threads_at_once()
    {
        var charts = GoldenCharts.All.Values.Take(6).ToArray();
        var first = charts.Select(c => ChartRenderer.Svg(c)).ToArray();
        var again = charts.Select(c => ChartRenderer.Svg(c)).ToArray();
        Assert.Equal(first, again);
        var parallel = new string[8 * charts.Length];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ChartRenderer.Svg(charts[i % charts.Length]));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(first[i % charts.Length], parallel[i]);
        }
    }

    [Theory]
    [InlineData(640, 360)]
    [InlineData(800, 450)]
    [InlineData(800, 500)]
    public void Results_charts_draw_at_common_small_sizes(int width, int height)
    {
        var style = ChartStyle.Default with { Width = width, Height = height };
        foreach (var fixture in ResultFixtures.Names)
        {
            var files = ResultsRendering.Render(ResultFixtures.Load(fixture), new ResultsRenderOptions { Style = style, Formats = ChartFormats.Svg });
            Assert.Equal(5, files.Count);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(200)]
    public void Any_number_of_events_and_periods_is_drawn_with_a_note_for_what_is_folded(int count)
    {
        var start = new DateOnly(2025, 11, 1);
        var chart = SampleCharts.StrandedWithBand() with
        {
            Window = new DateWindow(start, start.AddDays(120)),
            Events = Enumerable.Range(0, count).Select(i => new EventMarker($"Event number {i}", start.AddDays((i * 7) % 120))).ToArray(),
            Periods = Enumerable.Range(0, count).Select(i => new PeriodBand($"Policy number {i}", start.AddDays(i % 100), start.AddDays((i % 100) + 10))).ToArray(),
        };
        var desc = XDocument.Parse(ChartRenderer.Svg(chart, ChartStyle.Default with { Width = 640, Height = 360 })).Root!.Element(Svg + "desc")!.Value;
        if (count > 5)
        {
            Assert.Contains("Key to the numbered events and periods", desc, StringComparison.Ordinal);
        }
        if (count == 200)
        {
            Assert.Contains("drawn without a label for lack of room", desc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lane_labels_never_overlap_within_a_lane()
    {
        var labels = Enumerable.Range(0, 30).Select(i => new LaneLabel($"Label {i}", i % 2 == 0 ? LaneAnchor.Line : LaneAnchor.SpanStart, i * 20, (i * 20) + 50, i)).ToArray();
        var plan = LanePlanner.Plan(labels, [13, 11], _ => 4, (text, size) => text.Length * size * 0.5f, 0, 640, "labels");
        Assert.True(plan.LaneCount <= 4);
        foreach (var lane in plan.Placed.GroupBy(p => p.Lane))
        {
            var spans = lane.Select(p => (p.TextLeft, Right: p.TextLeft + (p.Text.Length * plan.FontSize * 0.5f))).OrderBy(s => s.TextLeft).ToArray();
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.Right <= pair.Second.TextLeft));
        }
    }

    [Fact]
    public void Month_ticks_are_english_and_name_a_window_that_starts_mid_month()
    {
        // The projects run in invariant globalization mode, so no other culture can be set; the labels are ours, not the culture's.
        {
            var texts = XDocument.Parse(ChartRenderer.Svg(SampleCharts.StrandedWithBand() with { Window = new DateWindow(new DateOnly(2025, 11, 8), new DateOnly(2026, 3, 31)) }))
                .Descendants(Svg + "text").Select(t => t.Value.Trim()).ToArray();
            Assert.Contains("8 Nov 2025", texts);
            Assert.Contains("Dec", texts);
            Assert.Contains("Jan 2026", texts);
        }
    }

    [GeneratedRegex(@"\b[xy]=""[^""]*,\s*""")]
    private static partial Regex TrailingComma();
}
