using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>What the XY chart and heatmap draw, and the data they refuse.</summary>
public sealed class SweepChartRenderingTests
{
    [Fact]
    public void A_grid_is_drawn_as_tiles_with_their_values_and_a_colour_legend()
    {
        var chart = SweepSampleCharts.GridHeatmap();
        Assert.True(chart.IsGrid);
        var doc = SvgInspector.Parse(SvgRenderer.Render(chart));
        var tiles = doc.Descendants(SvgInspector.Ns + "g").Single(g => (string?)g.Attribute("class") == "tiles");
        Assert.Equal(15, tiles.Elements(SvgInspector.Ns + "rect").Count());
        Assert.Equal(15, tiles.Elements(SvgInspector.Ns + "rect").Select(r => (string?)r.Attribute("fill")).Distinct().Count());
        Assert.Contains(tiles.Elements(SvgInspector.Ns + "text"), t => t.Value == "351");
        Assert.Single(doc.Descendants(SvgInspector.Ns + "linearGradient"));
        Assert.Contains(SvgInspector.Texts(doc), t => t.Value == "Mean peak_stranded (persons)");
    }

    [Fact]
    public void Scattered_cells_are_drawn_as_coloured_points()
    {
        var chart = SweepSampleCharts.ScatterHeatmap();
        Assert.False(chart.IsGrid);
        var doc = SvgInspector.Parse(SvgRenderer.Render(chart));
        Assert.Equal(80, doc.Descendants(SvgInspector.Ns + "circle").Count());
        Assert.DoesNotContain(doc.Descendants(SvgInspector.Ns + "g"), g => (string?)g.Attribute("class") == "tiles");
    }

    [Fact]
    public void Tiles_too_small_for_their_values_are_left_unlabelled()
    {
        var doc = SvgInspector.Parse(SvgRenderer.Render(SweepEdgeCharts.Crowded()));
        var tiles = doc.Descendants(SvgInspector.Ns + "g").Single(g => (string?)g.Attribute("class") == "tiles");
        Assert.Empty(tiles.Elements(SvgInspector.Ns + "text"));
    }

    [Fact]
    public void Series_with_error_bars_are_shifted_apart_and_points_alone_have_no_line()
    {
        var lines = SvgInspector.Parse(SvgRenderer.Render(SweepSampleCharts.LinePerSecondParameter()));
        var xs = lines.Descendants(SvgInspector.Ns + "circle").Select(c => SvgInspector.Number(c, "cx")).Take(15).ToArray();
        Assert.Equal(15, xs.Distinct().Count());
        var points = SvgInspector.Parse(SvgRenderer.Render(SweepSampleCharts.ScatteredWithErrorBars()));
        var lineWidth = SvgFormat.Number(ChartStyle.Default.LineWidth);
        Assert.Contains(lines.Descendants(SvgInspector.Ns + "path"), p => (string?)p.Attribute("stroke-width") == lineWidth); // what a line looks like
        Assert.DoesNotContain(points.Descendants(SvgInspector.Ns + "path"), p => (string?)p.Attribute("stroke-width") == lineWidth);
        Assert.Equal(60, points.Descendants(SvgInspector.Ns + "circle").Count(c => (string?)c.Parent!.Attribute("class") == "series"));
    }

    [Fact]
    public void The_description_lists_the_values_for_screen_readers()
    {
        var doc = SvgInspector.Parse(SvgRenderer.Render(SweepSampleCharts.OneLineWithBand()));
        var desc = doc.Root!.Element(SvgInspector.Ns + "desc")!.Value;
        Assert.StartsWith("Chart of peak_stranded (persons) against behaviour.give_up_rate_per_day.", desc);
        Assert.Contains("0.1: 333 (300 to 377)", desc);
        var heat = SvgInspector.Parse(SvgRenderer.Render(SweepSampleCharts.GridHeatmap())).Root!.Element(SvgInspector.Ns + "desc")!.Value;
        Assert.Contains("a grid of 5 × 3 tiles", heat);
        Assert.Contains("highest 351.38 at behaviour.give_up_rate_per_day 0.1, policies[2].duration_days 90", heat);
    }

    [Fact]
    public void Bad_xy_data_is_rejected_with_the_series_named()
    {
        XYChart With(XYPoint p) => new("t") { Series = [new XYSeries("Median", [p])] };
        Assert.Contains("Median", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(With(new XYPoint(double.NaN, 1)))).Message);
        Assert.Contains("low > high", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(With(new XYPoint(1, 1) { Low = 3, High = 2 }))).Message);
        Assert.Contains("no points", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new XYChart("t"))).Message);
        var category = With(new XYPoint(3, 1)) with { XCategories = ["a", "b"] };
        Assert.Contains("not the index", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(category)).Message);
    }

    [Fact]
    public void Bad_heatmap_data_is_rejected()
    {
        Assert.Contains("no cells", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new HeatmapChart("t", []))).Message);
        Assert.Contains("infinite", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new HeatmapChart("t", [new HeatCell(1, 1, double.PositiveInfinity)]))).Message);
        var category = new HeatmapChart("t", [new HeatCell(0, 2, 1)]) { YCategories = ["a", "b"] };
        Assert.Contains("y = 2, which is not the index", Assert.Throws<ArgumentException>(() => SvgRenderer.Render(category)).Message);
    }

    [Fact]
    public void Charts_fit_a_small_canvas_without_overlapping_text()
    {
        var small = ChartStyle.Default with { Width = 640, Height = 400 };
        foreach (var chart in new Chart[] { SweepSampleCharts.LinePerSecondParameter(), SweepSampleCharts.GridHeatmap(), SweepSampleCharts.ScatterHeatmap(), SweepEdgeCharts.Crowded() })
        {
            SvgInspector.AssertNoTextOverlaps(SvgRenderer.Render(chart, small));
        }
    }

    [Fact]
    public void A_value_axis_title_longer_than_the_axis_is_set_smaller()
    {
        var chart = SweepSampleCharts.OneLineWithBand() with { YAxisLabel = "population.nationalities[0].documented_share (persons)" };
        var doc = SvgInspector.Parse(SvgRenderer.Render(chart, ChartStyle.Default with { Width = 800, Height = 450 }));
        var title = doc.Descendants(SvgInspector.Ns + "text").Single(t => t.Value == chart.YAxisLabel);
        Assert.InRange(SvgInspector.Number(title, "font-size"), 9.33, 13.99);
    }
}
