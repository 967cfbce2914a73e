using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>
/// Draws a <see cref="HeatmapChart"/>: a grid as tiles (one column per x value, one row per y value, each labelled with
/// its value when every label fits), any other cells as coloured points; a colour bar on the right.
/// </summary>
internal static class HeatmapFigure
{
    public static Figure Build(HeatmapChart chart, ChartStyle style)
    {
        if (chart.Cells.Count == 0)
        {
            throw new ArgumentException($"Heatmap '{chart.Title}' has no cells.");
        }
        if (chart.Cells.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || !double.IsFinite(c.Value)))
        {
            throw new ArgumentException($"Heatmap '{chart.Title}' has a missing or infinite value.");
        }
        var figure = new Figure(chart, style);
        var plot = figure.Plot;
        var (low, high) = (chart.Cells.Min(c => c.Value), chart.Cells.Max(c => c.Value));
        if (high - low <= 1e-9 * Math.Max(1, Math.Abs(high)))
        {
            (low, high) = (low - (Math.Abs(low) < 1e-9 ? 1 : Math.Abs(low) / 10), high + (Math.Abs(high) < 1e-9 ? 1 : Math.Abs(high) / 10));
        }
        var colors = new RampAxis(style.Sequential, low, high);
        double Fraction(double v) => (v - low) / (high - low);

        if (chart.IsGrid)
        {
            var xs = chart.Cells.Select(c => c.X).Distinct().Order().ToArray();
            var ys = chart.Cells.Select(c => c.Y).Distinct().Order().ToArray();
            var xNames = xs.Select(x => Axes.Text(chart.XCategories, x)).ToArray();
            var yNames = ys.Select(y => Axes.Text(chart.YCategories, y)).ToArray();
            plot.Axes.SetLimits(-0.5, xs.Length - 0.5, -0.5, ys.Length - 0.5);
            plot.Axes.Bottom.TickGenerator = Axes.Ticks(xNames);
            plot.Axes.Left.TickGenerator = Axes.Ticks(yNames);
            using var paint = Paint.NewDisposablePaint();
            var labelStyle = ChartText.Style(style.TickFontSize, style.TextColor);
            var cellWidth = (style.Width * 0.7) / xs.Length;
            var cellHeight = (style.Height * 0.5) / ys.Length;
            var labelled = chart.Cells.All(c => ChartText.Width(labelStyle, NumberFormat.Compact(c.Value), paint) + 6 <= cellWidth) && style.TickFontSize * 1.4 <= cellHeight;
            foreach (var cell in chart.Cells)
            {
                var (i, j) = (Array.IndexOf(xs, cell.X), Array.IndexOf(ys, cell.Y));
                var hex = style.Sequential.At(Fraction(cell.Value));
                var tile = plot.Add.Rectangle(i - 0.5, i + 0.5, j - 0.5, j + 0.5);
                tile.FillColor = Figure.Color(hex);
                tile.LineColor = Figure.Color(style.Background);
                tile.LineWidth = 1;
                if (labelled)
                {
                    var text = plot.Add.Text(NumberFormat.Compact(cell.Value), i, j);
                    text.LabelStyle = ChartText.Style(style.TickFontSize, ColorRamp.Luminance(hex) < 0.3 ? "#FFFFFF" : style.TextColor);
                    text.LabelStyle.Text = NumberFormat.Compact(cell.Value);
                    text.LabelStyle.Alignment = Alignment.MiddleCenter;
                }
            }
        }
        else
        {
            var xValues = chart.Cells.Select(c => c.X).ToArray();
            var yValues = chart.Cells.Select(c => c.Y).ToArray();
            var (x0, x1) = Axes.Range(xValues.Min(), xValues.Max(), chart.XCategories);
            var (y0, y1) = Axes.Range(yValues.Min(), yValues.Max(), chart.YCategories);
            plot.Axes.SetLimits(x0, x1, y0, y1);
            plot.Axes.Bottom.TickGenerator = Axes.Ticks(chart.XCategories);
            plot.Axes.Left.TickGenerator = Axes.Ticks(chart.YCategories);
            plot.Grid.XAxisStyle.IsVisible = true;
            foreach (var cell in chart.Cells.OrderBy(c => c.Value))
            {
                var marker = plot.Add.Marker(cell.X, cell.Y, MarkerShape.FilledCircle, chart.Cells.Count > 60 ? 9 : 13, Figure.Color(style.Sequential.At(Fraction(cell.Value))));
                marker.MarkerStyle.OutlineColor = Figure.Color(style.AxisColor);
                marker.MarkerStyle.OutlineWidth = 0.75f;
            }
        }
        plot.Axes.Bottom.Label.Text = chart.XAxisLabel ?? "";
        plot.Axes.Left.Label.Text = chart.YAxisLabel ?? "";
        plot.Axes.Bottom.MinorTickStyle.Length = 0;

        var bar = new ScottPlot.Panels.ColorBar(colors, Edge.Right) { Label = chart.ValueLabel ?? "", Width = 18 };
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = NumberFormat.Compact };
        bar.Axis.TickLabelStyle.FontName = ChartFonts.Name;
        bar.Axis.TickLabelStyle.FontSize = (float)style.TickFontSize;
        bar.Axis.TickLabelStyle.ForeColor = Figure.Color(style.MutedTextColor);
        bar.LabelStyle.FontName = ChartFonts.Name;
        bar.LabelStyle.FontSize = (float)style.AxisLabelFontSize;
        bar.LabelStyle.Bold = false;
        bar.LabelStyle.ForeColor = Figure.Color(style.TextColor);
        plot.Axes.AddPanel(bar);

        figure.Description = $"Heatmap of {chart.ValueLabel ?? "the value"} over {chart.XAxisLabel ?? "x"} and {chart.YAxisLabel ?? "y"}: "
            + string.Join("; ", chart.Cells.Take(60).Select(c => $"({Axes.Text(chart.XCategories, c.X)}, {Axes.Text(chart.YCategories, c.Y)}): {NumberFormat.Compact(c.Value)}"))
            + (chart.Cells.Count > 60 ? $"; and {chart.Cells.Count - 60} more" : "") + ".";
        figure.Finish();
        return figure;
    }

    /// <summary>Our colour ramp as a ScottPlot colour axis, for the colour bar.</summary>
    private sealed class RampAxis(ColorRamp ramp, double low, double high) : IHasColorAxis, IColormap
    {
        public IColormap Colormap => this;

        public string Name => "BorderSim sequential";

        public ScottPlot.Range GetRange() => new(low, high);

        public Color GetColor(double position) => double.IsNaN(position) ? Colors.Transparent : Figure.Color(ramp.At(position));
    }
}
