using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>
/// The lanes above a date plot: each shaded period's label, its shading carried up to it, and each event's label
/// with its dashed line running up from the plot, planned by <see cref="LanePlanner"/> within a fifth of the figure's height.
/// </summary>
internal sealed class AnnotationPanel : FigurePanel
{
    private readonly ChartStyle _style;
    private readonly IReadOnlyList<PeriodBand> _periods;
    private readonly IReadOnlyList<EventMarker> _events;
    private readonly DayAxis _axis;
    private LaneLabel[] _labels = [];
    private LanePlan _plan = LanePlan.Empty;

    public AnnotationPanel(ChartStyle style, IReadOnlyList<PeriodBand> periods, IReadOnlyList<EventMarker> events, DayAxis axis)
    {
        _style = style;
        _periods = periods;
        _events = events;
        _axis = axis;
        Edge = Edge.Top;
    }

    public string? Note => _plan.Note;

    public static float LaneHeight(float fontSize) => (fontSize * 1.3f) + 5;

    public override void Prepare(PixelRect figure, float dataLeft, float dataRight, Paint paint)
    {
        var events = _events.Select((e, i) => new LaneLabel(e.Label, LaneAnchor.Line, _axis.Pixel(e.Date, dataLeft, dataRight), _axis.Pixel(e.Date, dataLeft, dataRight), i));
        // Longer periods matter more than shorter ones when not every label fits.
        var periods = _periods.Select(p => new LaneLabel(p.Label, LaneAnchor.SpanStart, _axis.Pixel(p.Start, dataLeft, dataRight), _axis.PixelAfter(p.End, dataLeft, dataRight),
            _events.Count + 1000 - (p.End.DayNumber - p.Start.DayNumber)));
        _labels = events.Concat(periods).ToArray();
        var size = (float)_style.AnnotationFontSize;
        _plan = LanePlanner.Plan(_labels, [size, size * 0.85f, size * 0.75f], s => Math.Max(1, (int)(figure.Height * 0.2f / LaneHeight(s))),
            (text, s) => ChartText.Width(Label(s), text, paint), dataLeft, dataRight, "events and periods");
        Height = _plan.LaneCount == 0 ? 4 : (_plan.LaneCount * LaneHeight(_plan.FontSize)) + 6;
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        var data = rp.DataRect;
        var label = Label(_plan.FontSize);
        var laneHeight = LaneHeight(_plan.FontSize);
        foreach (var placed in _plan.Placed)
        {
            var request = _labels[placed.Index];
            var laneTop = data.Top - offset - 6 - ((placed.Lane + 1) * laneHeight) + 5;
            if (request.Anchor == LaneAnchor.SpanStart)
            {
                var shade = new FillStyle { Color = Color.FromHex(_style.PeriodFill).WithOpacity(_style.PeriodOpacity) };
                shade.Render(rp.Canvas, new PixelRect(request.X0, Math.Max(request.X0 + 1, request.X1), data.Top, laneTop - 2), rp.Paint);
            }
            else
            {
                Figure.EventLine(_style).Render(rp.Canvas, new PixelLine(request.X0, laneTop, request.X0, data.Top), rp.Paint);
            }
            ChartText.Draw(rp, label, placed.Text, placed.TextLeft, laneTop);
        }
    }

    private LabelStyle Label(float size) => ChartText.Style(size, _style.TextColor);
}
