using ScottPlot;
using ScottPlot.Panels;

namespace BorderSim.Plotting;

/// <summary>
/// A panel of ours beside the plot (title block, annotation lanes, timeline strip, source line). Its height may
/// depend on the plot's left and right edges, so <see cref="FigureLayout"/> tells it them before measuring.
/// </summary>
internal abstract class FigurePanel : PanelBase
{
    /// <summary>The height worked out by the last <see cref="Prepare"/>.</summary>
    protected float Height { get; set; }

    /// <summary>Works out the panel's content for a plot spanning <paramref name="dataLeft"/> to <paramref name="dataRight"/>.</summary>
    public abstract void Prepare(PixelRect figure, float dataLeft, float dataRight, Paint paint);

    public override float Measure(Paint paint) => IsVisible ? Height : 0;
}

/// <summary>
/// Lays a chart out as ScottPlot's automatic layout does, with fixed margins round the figure, except that the
/// left and right axes are measured first, so that the panels above and below the plot (whose label lanes depend
/// on where each date falls) are measured knowing the plot's width.
/// </summary>
internal sealed class FigureLayout(ChartStyle style, IReadOnlyList<FigurePanel> panels) : ILayoutEngine
{
    /// <summary>Least height of the plot itself; a chart with less has too much text for its size.</summary>
    public const float MinimumPlotHeight = 40;

    public Layout GetLayout(PixelRect figureRect, Plot plot, Paint paint)
    {
        var all = plot.Axes.GetPanels();
        foreach (var x in all.OfType<IXAxis>())
        {
            x.RegenerateTicks(figureRect.Width, paint);
        }
        foreach (var y in all.OfType<IYAxis>())
        {
            y.RegenerateTicks(figureRect.Height * 0.6f, paint);
        }
        var sizes = new Dictionary<IPanel, float>();
        foreach (var panel in all.Where(p => p.Edge is Edge.Left or Edge.Right))
        {
            sizes[panel] = Measure(panel, paint);
        }
        var padding = (float)style.Padding;
        var left = figureRect.Left + padding + all.Where(p => p.Edge == Edge.Left).Sum(p => sizes[p]);
        var right = figureRect.Right - padding - all.Where(p => p.Edge == Edge.Right).Sum(p => sizes[p]);
        foreach (var panel in panels)
        {
            panel.Prepare(figureRect, left, right, paint);
        }
        foreach (var panel in all.Where(p => p.Edge is Edge.Top or Edge.Bottom))
        {
            sizes[panel] = Measure(panel, paint);
        }
        var top = figureRect.Top + (padding * 0.8f) + all.Where(p => p.Edge == Edge.Top).Sum(p => sizes[p]);
        var bottom = figureRect.Bottom - (padding * 0.7f) - all.Where(p => p.Edge == Edge.Bottom).Sum(p => sizes[p]);
        if (bottom - top < MinimumPlotHeight || right - left < MinimumPlotHeight)
        {
            throw new ArgumentException($"No room for the plot at {style.Width}x{style.Height}: shorten the title, subtitle or legend, or enlarge the chart.");
        }

        var offsets = new Dictionary<IPanel, float>();
        foreach (var edge in new[] { Edge.Left, Edge.Right, Edge.Top, Edge.Bottom })
        {
            float offset = 0;
            foreach (var panel in all.Where(p => p.Edge == edge))
            {
                offsets[panel] = offset;
                offset += sizes[panel];
            }
        }
        return new Layout(figureRect, new PixelRect(left, right, bottom, top), sizes, offsets);
    }

    private static float Measure(IPanel panel, Paint paint) =>
        panel.MinimumSize == panel.MaximumSize ? panel.MinimumSize : Math.Clamp(panel.Measure(paint), panel.MinimumSize, panel.MaximumSize);
}
