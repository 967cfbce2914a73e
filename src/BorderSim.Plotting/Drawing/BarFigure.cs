using ScottPlot;
using ScottPlot.TickGenerators;

namespace BorderSim.Plotting;

/// <summary>Draws a <see cref="BarChart"/>: horizontal bars from the top in the given order, each labelled with its value (and share).</summary>
internal static class BarFigure
{
    public static Figure Build(BarChart chart, ChartStyle style)
    {
        if (chart.Bars.Count == 0)
        {
            throw new ArgumentException($"Bar chart '{chart.Title}' has no bars.");
        }
        foreach (var bar in chart.Bars)
        {
            DateFigure.Check(bar.Value, $"Bar '{bar.Label}'");
        }
        var figure = new Figure(chart, style);
        var plot = figure.Plot;
        var total = chart.Bars.Sum(b => b.Value);
        var n = chart.Bars.Count;
        var labels = chart.Bars.Select(b => Label(b, total, chart.ShowShares)).ToArray();
        var bars = chart.Bars.Select((b, i) => new ScottPlot.Bar
        {
            Position = n - 1 - i,
            Value = b.Value,
            FillColor = Figure.Color(b.Color ?? chart.Color ?? style.ColorAt(0)),
            LineWidth = 0,
            Size = 0.62,
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        // A range is a whisker across the bar's end, with caps.
        foreach (var (bar, i) in chart.Bars.Select((b, i) => (b, i)).Where(x => x.b.HasRange))
        {
            var y = n - 1 - i;
            var color = Figure.Color(style.TextColor);
            foreach (var (x1, y1, x2, y2) in new[] { (bar.Low!.Value, y, bar.High!.Value, y), (bar.Low.Value, y - 0.12, bar.Low.Value, y + 0.12), (bar.High.Value, y - 0.12, bar.High.Value, y + 0.12) })
            {
                var line = plot.Add.Line(x1, y1, x2, y2);
                line.LineColor = color;
                line.LineWidth = 1.5f;
            }
        }

        var valueStyle = ChartText.Style(style.TickFontSize, style.TextColor);
        for (var i = 0; i < n; i++)
        {
            var text = plot.Add.Text(labels[i], Math.Max(chart.Bars[i].Value, chart.Bars[i].High ?? 0), n - 1 - i);
            text.LabelStyle = ChartText.Style(style.TickFontSize, style.TextColor);
            text.LabelStyle.Text = labels[i];
            text.LabelStyle.Alignment = Alignment.MiddleLeft;
            text.OffsetX = 6;
        }

        // Room right of the longest bar for its label: the widest label as a share of a rough plot width.
        using var paint = Paint.NewDisposablePaint();
        var max = chart.Bars.Max(b => Math.Max(b.Value, b.High ?? 0));
        var widest = labels.Max(l => ChartText.Width(valueStyle, l, paint)) + 14;
        var leftLabels = chart.Bars.Max(b => ChartText.Width(valueStyle, b.Label, paint)) + 12;
        var plotWidth = Math.Max(80, style.Width - (2 * style.Padding) - leftLabels);
        var right = max > 0 ? max / Math.Max(0.2, 1 - (widest / plotWidth)) : 10;
        plot.Axes.SetLimits(0, right, -0.6, n - 0.4);
        plot.Axes.Left.TickGenerator = new NumericManual(chart.Bars.Select((_, i) => (double)(n - 1 - i)).ToArray(), chart.Bars.Select(b => b.Label).ToArray());
        plot.Axes.Left.TickLabelStyle.ForeColor = Figure.Color(style.TextColor);
        plot.Axes.Bottom.TickGenerator = Figure.ValueTicks();
        plot.Axes.Bottom.Label.Text = chart.ValueAxisLabel ?? "";
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;

        figure.Description = $"Bar chart. {string.Join("; ", chart.Bars.Select((b, i) => $"{b.Label}: {labels[i]}"))}.";
        figure.Finish();
        return figure;
    }

    private static string Label(Bar bar, double total, bool shares) =>
        NumberFormat.Value(bar.Value)
        + (bar.HasRange ? $" [{NumberFormat.Value(bar.Low!.Value)}–{NumberFormat.Value(bar.High!.Value)}]" : "")
        + (shares && total > 0 ? $" ({NumberFormat.Share(bar.Value / total)})" : "");
}
