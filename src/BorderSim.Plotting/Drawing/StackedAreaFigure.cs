using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>Draws a <see cref="StackedAreaChart"/>: each layer filled between the sum of the layers below it and that sum plus its own values.</summary>
internal static class StackedAreaFigure
{
    public static Figure Build(StackedAreaChart chart, ChartStyle style)
    {
        Validate(chart);
        var figure = new Figure(chart, style);
        var window = new DateWindow(chart.Dates.Min(), chart.Dates.Max());
        var totals = new double[chart.Dates.Count];
        var tops = chart.Layers.Select(layer => totals = totals.Zip(layer.Values, (a, b) => a + b).ToArray()).ToArray();
        DateFigure.Setup(figure, window, totals.DefaultIfEmpty(0).Max(), chart.YAxisLabel, chart.Periods, chart.Events);

        var xs = chart.Dates.Select(DayAxis.X).ToArray();
        var below = new double[chart.Dates.Count];
        for (var i = 0; i < chart.Layers.Count; i++)
        {
            var color = Figure.Color(chart.Layers[i].Color ?? style.ColorAt(i)).WithOpacity(0.85);
            var fill = figure.Plot.Add.FillY(xs.Length == 1 ? [xs[0] - 0.3, xs[0] + 0.3] : xs,
                xs.Length == 1 ? [below[0], below[0]] : below, xs.Length == 1 ? [tops[i][0], tops[i][0]] : tops[i]);
            fill.FillColor = color;
            fill.LineWidth = 0;
            fill.MarkerSize = 0;
            below = tops[i];
        }
        // Legend from the top layer down, as the layers read on the chart.
        for (var i = chart.Layers.Count - 1; i >= 0; i--)
        {
            figure.AddLegend(chart.Layers[i].Name).FillColor = Figure.Color(chart.Layers[i].Color ?? style.ColorAt(i)).WithOpacity(0.85);
        }
        figure.Description = string.Join(". ",
            new[] { $"Stacked area chart from {CalendarTicks.DayLabel(window.First)} to {CalendarTicks.DayLabel(window.Last)}", "Layers from the bottom: " + string.Join(", ", chart.Layers.Select(l => l.Name)) }
                .Concat(DateFigure.Describe(chart.Periods, chart.Events))) + ".";
        figure.Finish();
        return figure;
    }

    private static void Validate(StackedAreaChart chart)
    {
        if (chart.Dates.Count == 0)
        {
            throw new ArgumentException($"Chart '{chart.Title}' has no dates.");
        }
        if (chart.Dates.Zip(chart.Dates.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException($"Chart '{chart.Title}': dates must be in increasing order.");
        }
        foreach (var layer in chart.Layers)
        {
            if (layer.Values.Count != chart.Dates.Count)
            {
                throw new ArgumentException($"Layer '{layer.Name}' has {layer.Values.Count} values for {chart.Dates.Count} dates.");
            }
            for (var i = 0; i < layer.Values.Count; i++)
            {
                DateFigure.Check(layer.Values[i], $"Layer '{layer.Name}'", chart.Dates[i]);
            }
        }
    }
}
