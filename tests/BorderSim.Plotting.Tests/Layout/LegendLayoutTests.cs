namespace BorderSim.Plotting.Tests.Layout;

public sealed class LegendLayoutTests
{
    [Fact]
    public void Legend_wraps_onto_new_rows_without_exceeding_the_width()
    {
        var items = Enumerable.Range(1, 9).Select(i => new LegendItem($"Series number {i}", SwatchKind.Line, OkabeIto.Blue)).ToList();
        var (placed, height) = LegendLayout.Arrange(items, left: 20, top: 0, width: 400, fontSize: 14);

        Assert.Equal(items.Count, placed.Count);
        Assert.True(placed.Select(p => p.Baseline).Distinct().Count() > 1, "expected several rows");
        Assert.All(placed, p => Assert.True(p.X + LegendLayout.ItemWidth(p.Item, 14) <= 420.001, $"{p.Item.Label} overflows"));
        Assert.Equal(placed.Select(p => p.Baseline).Distinct().Count() * LegendLayout.RowHeight(14), height, 9);
    }

    [Fact]
    public void Items_in_a_row_do_not_overlap()
    {
        var items = new[] { "Arrivals", "Crossed regularly", "Crossed irregularly", "Returned to Chile" }
            .Select(l => new LegendItem(l, SwatchKind.Line, OkabeIto.Orange)).ToList();
        var (placed, _) = LegendLayout.Arrange(items, 0, 0, 1000, 14);
        for (var i = 1; i < placed.Count; i++)
        {
            Assert.True(placed[i].X >= placed[i - 1].X + LegendLayout.ItemWidth(placed[i - 1].Item, 14));
        }
    }

    [Fact]
    public void Empty_legend_takes_no_space() => Assert.Equal(0, LegendLayout.Arrange([], 0, 0, 100, 14).Height);
}
