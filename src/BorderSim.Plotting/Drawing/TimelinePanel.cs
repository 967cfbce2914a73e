using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>The strip under the date axis: long or overlapping periods as labelled bars in rows, so they do not bury the plot in shading.</summary>
internal sealed class TimelinePanel : FigurePanel
{
    private readonly ChartStyle _style;
    private readonly IReadOnlyList<PeriodBand> _periods;
    private readonly DayAxis _axis;
    private LaneLabel[] _labels = [];
    private LanePlan _plan = LanePlan.Empty;

    public TimelinePanel(ChartStyle style, IReadOnlyList<PeriodBand> periods, DayAxis axis)
    {
        _style = style;
        _periods = periods;
        _axis = axis;
        Edge = Edge.Bottom;
    }

    public string? Note => _plan.Note;

    private static float RowHeight(float fontSize) => (fontSize * 1.45f) + 4;

    public override void Prepare(PixelRect figure, float dataLeft, float dataRight, Paint paint)
    {
        _labels = _periods.Select(p => new LaneLabel(p.Label, LaneAnchor.Bar, _axis.Pixel(p.Start, dataLeft, dataRight), _axis.PixelAfter(p.End, dataLeft, dataRight),
            -(p.End.DayNumber - p.Start.DayNumber))).ToArray();
        var size = (float)_style.AnnotationFontSize;
        _plan = LanePlanner.Plan(_labels, [size, size * 0.85f, size * 0.75f], s => Math.Max(1, (int)(figure.Height * 0.15f / RowHeight(s))),
            (text, s) => ChartText.Width(Label(s), text, paint), dataLeft, dataRight, "policies on the timeline", "left off the timeline");
        Height = _plan.LaneCount == 0 ? 0 : 6 + (_plan.LaneCount * RowHeight(_plan.FontSize));
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        var top = GetPanelRect(rp.DataRect, size, offset, rp.Paint).Top + 6;
        var label = Label(_plan.FontSize);
        var barHeight = _plan.FontSize * 1.45f;
        foreach (var placed in _plan.Placed)
        {
            var request = _labels[placed.Index];
            var period = _periods[placed.Index];
            var y = top + (placed.Lane * RowHeight(_plan.FontSize));
            var fill = new FillStyle { Color = Color.FromHex(period.Color ?? _style.PeriodFill).WithOpacity(0.3) };
            fill.Render(rp.Canvas, new PixelRect(request.X0, Math.Max(request.X0 + 2, request.X1), y + barHeight, y), rp.Paint);
            ChartText.Draw(rp, label, placed.Text, placed.TextLeft, y + ((barHeight - (_plan.FontSize * 1.15f)) / 2));
        }
    }

    private LabelStyle Label(float size) => ChartText.Style(size, _style.TextColor);
}
