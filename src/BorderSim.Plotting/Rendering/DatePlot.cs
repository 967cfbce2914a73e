namespace BorderSim.Plotting;

/// <summary>
/// The plot area of a chart over dates: a value axis from zero, a calendar axis, shaded periods and
/// event markers whose labels are staggered in lanes above the plot.
/// </summary>
internal sealed class DatePlot
{
    private readonly ChartStyle _style;
    private readonly ChartFrame _frame;
    private readonly string? _yAxisLabel;
    private readonly List<(PeriodBand Period, double X0, double X1, LaneItem Lane)> _periods = [];
    private readonly List<(EventMarker Event, double X, bool LabelLeft, LaneItem Lane)> _events = [];
    private int[] _eventLanes = [];
    private int[] _periodLanes = [];
    private readonly List<(PeriodBand Period, double X0, double X1, double TextStart, int Row)> _timeline = [];

    public DatePlot(ChartStyle style, ChartFrame frame, DateWindow window, double yDataMax, string? yAxisLabel,
        IReadOnlyList<PeriodBand> periods, IReadOnlyList<EventMarker> events)
    {
        _style = style;
        _frame = frame;
        _yAxisLabel = yAxisLabel;
        Window = window;

        var xAxisHeight = (style.TickFontSize * 1.3) + 12;
        var roughHeight = frame.ContentBottom - frame.ContentTop - xAxisHeight;
        YTicks = NiceScale.FromZero(yDataMax, Math.Clamp((int)Math.Round(roughHeight / 80), 3, 8));

        var widestTick = YTicks.Values.Max(v => TextMetrics.Width(YTicks.Label(v), style.TickFontSize));
        Left = frame.Left + (yAxisLabel is null ? 0 : AxisText.VerticalTitleWidth(style)) + widestTick + 10;
        Right = frame.Right - 12;
        X = new DateScale(window.First, window.Last, Left, Right);
        XTicks = DateTicks.Compute(window.First, window.Last, Right - Left, style.TickFontSize);

        foreach (var period in periods.Where(p => p.End < p.Start))
        {
            throw new ArgumentException($"Period '{period.Label}' ends before it starts.");
        }
        var laneCount = PlaceAnnotations(periods.Where(p => p.Placement == PeriodPlacement.Shaded).ToList(), events);
        var rowCount = PlaceTimeline(periods.Where(p => p.Placement == PeriodPlacement.Timeline).ToList());
        LaneHeight = (style.AnnotationFontSize * 1.3) + 6;
        TimelineRowHeight = TimelineBarHeight + 4;
        _xAxisHeight = xAxisHeight;
        Top = frame.ContentTop + (laneCount * LaneHeight) + (laneCount > 0 ? 8 : 4);
        Bottom = frame.ContentBottom - xAxisHeight - (rowCount > 0 ? (rowCount * TimelineRowHeight) + 6 : 0);
        if (Bottom - Top < 40)
        {
            throw new ArgumentException("Too many annotation lanes for the chart height: shorten labels or enlarge the chart.");
        }
    }

    public DateWindow Window { get; }
    public DateScale X { get; }
    public AxisTicks YTicks { get; }
    public DateTickSet XTicks { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }
    public double LaneHeight { get; }
    public double TimelineRowHeight { get; }
    private double TimelineBarHeight => _style.AnnotationFontSize * 1.45;
    private readonly double _xAxisHeight;

    public double Y(double value) => Bottom - (value / YTicks.Max * (Bottom - Top));

    /// <summary>Clip path id covering the plot, with room for a line's stroke at the top and bottom.</summary>
    public string ClipId => _frame.IdPrefix + "-plot";

    /// <summary>Clip path, shaded periods, grid and value axis labels.</summary>
    public void DrawUnderlay(SvgWriter w)
    {
        var s = _style;
        w.Open("defs");
        w.Open("clipPath", ("id", ClipId));
        w.Empty("rect", ("x", Left), ("y", Top - (s.LineWidth * 2)), ("width", Right - Left), ("height", Bottom - Top + (s.LineWidth * 3)));
        w.Close();
        w.Close();

        w.Open("g", ("class", "periods"));
        for (var i = 0; i < _periods.Count; i++)
        {
            var (period, x0, x1, _) = _periods[i];
            var top = LaneBaseline(_periodLanes[i]) - (s.AnnotationFontSize * 1.05);
            w.Empty("rect", ("x", x0), ("y", top), ("width", Math.Max(1, x1 - x0)), ("height", Bottom - top),
                ("fill", period.Color ?? s.PeriodFill), ("fill-opacity", s.PeriodOpacity));
        }
        w.Close();

        w.Open("g", ("class", "y-axis"));
        foreach (var value in YTicks.Values)
        {
            var y = Y(value);
            if (value > 0)
            {
                w.Empty("line", ("x1", Left), ("y1", y), ("x2", Right), ("y2", y), ("stroke", s.GridColor), ("stroke-width", 1));
            }
            AxisText.YTick(w, s, YTicks.Label(value), Left - 10, y);
        }
        if (_yAxisLabel is not null)
        {
            AxisText.VerticalTitle(w, s, _yAxisLabel, _frame.Left + s.AxisLabelFontSize, (Top + Bottom) / 2, Bottom - Top);
        }
        w.Close();
    }

    /// <summary>The dashed vertical event lines, from the baseline up to their labels.</summary>
    public void DrawEventLines(SvgWriter w)
    {
        var s = _style;
        w.Open("g", ("class", "event-lines"));
        for (var i = 0; i < _events.Count; i++)
        {
            var x = _events[i].X;
            var top = LaneBaseline(_eventLanes[i]) - (s.AnnotationFontSize * 0.8);
            w.Empty("line", ("x1", x), ("y1", top), ("x2", x), ("y2", Bottom), ("stroke", s.EventColor), ("stroke-width", 1.25), ("stroke-dasharray", "5 4"));
        }
        w.Close();
    }

    /// <summary>Baseline, date ticks and labels, and the period and event labels in their lanes.</summary>
    public void DrawOverlay(SvgWriter w)
    {
        var s = _style;
        w.Open("g", ("class", "x-axis"));
        AxisText.Baseline(w, s, Left, Right, Bottom);
        foreach (var date in XTicks.Minor)
        {
            var x = X.Map(date);
            w.Empty("line", ("x1", x), ("y1", Bottom), ("x2", x), ("y2", Bottom + 3.5), ("stroke", s.AxisColor), ("stroke-width", 0.75));
        }
        foreach (var tick in XTicks.Major)
        {
            var x = X.Map(tick.Date);
            w.Empty("line", ("x1", x), ("y1", Bottom), ("x2", x), ("y2", Bottom + 7), ("stroke", s.AxisColor), ("stroke-width", 1.25));
            AxisText.XTick(w, s, tick.Label, x, Bottom + 10 + s.TickFontSize);
        }
        w.Close();

        if (_timeline.Count > 0)
        {
            w.Open("g", ("class", "timeline"));
            var top = Bottom + _xAxisHeight + 6;
            foreach (var (period, x0, x1, textStart, row) in _timeline)
            {
                var y = top + (row * TimelineRowHeight);
                w.Empty("rect", ("x", x0), ("y", y), ("width", Math.Max(2, x1 - x0)), ("height", TimelineBarHeight), ("rx", 3),
                    ("fill", period.Color ?? s.PeriodFill), ("fill-opacity", s.PeriodOpacity * 2));
                w.WithText("text", period.Label, ("x", textStart), ("y", y + (TimelineBarHeight / 2) + (s.AnnotationFontSize * 0.35)),
                    ("font-size", s.AnnotationFontSize), ("fill", s.TextColor));
            }
            w.Close();
        }

        w.Open("g", ("class", "annotations"));
        for (var i = 0; i < _periods.Count; i++)
        {
            var (period, _, _, lane) = _periods[i];
            w.WithText("text", period.Label, ("x", lane.TextStart), ("y", LaneBaseline(_periodLanes[i])), ("font-size", s.AnnotationFontSize),
                ("fill", s.TextColor));
        }
        for (var i = 0; i < _events.Count; i++)
        {
            var (marker, _, labelLeft, lane) = _events[i];
            w.WithText("text", marker.Label, ("x", labelLeft ? lane.TextEnd : lane.TextStart), ("y", LaneBaseline(_eventLanes[i])),
                ("font-size", s.AnnotationFontSize), ("text-anchor", labelLeft ? "end" : "start"), ("fill", s.TextColor));
        }
        w.Close();
    }

    private double LaneBaseline(int lane) => Top - 7 - (lane * LaneHeight);

    /// <summary>Packs timeline periods into rows beneath the date axis so no two bars or labels touch; returns the row count.</summary>
    private int PlaceTimeline(IReadOnlyList<PeriodBand> periods)
    {
        var size = _style.AnnotationFontSize;
        var visible = periods.Where(p => p.End >= Window.First && p.Start <= Window.Last).OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        var items = new List<LaneItem>();
        var placed = new List<(PeriodBand, double, double, double)>();
        foreach (var period in visible)
        {
            var x0 = Math.Max(Left, X.Map(period.Start.DayNumber - 0.5));
            var x1 = Math.Min(Right, X.Map(period.End.DayNumber + 0.5));
            var width = TextMetrics.Width(period.Label, size);
            var textStart = Math.Min(x0 + 6, _frame.Right - width);
            items.Add(new LaneItem(Math.Min(x0, textStart), Math.Max(x1, textStart + width + 6), textStart, textStart + width));
            placed.Add((period, x0, x1, textStart));
        }
        var rows = AnnotationLanes.Assign(items, size * 0.5);
        for (var i = 0; i < placed.Count; i++)
        {
            var (period, x0, x1, textStart) = placed[i];
            _timeline.Add((period, x0, x1, textStart, rows[i]));
        }
        return rows.Length == 0 ? 0 : rows.Max() + 1;
    }

    private int PlaceAnnotations(IReadOnlyList<PeriodBand> periods, IReadOnlyList<EventMarker> events)
    {
        var size = _style.AnnotationFontSize;
        var gap = size * 0.8;
        var items = new List<LaneItem>();

        foreach (var marker in events.Where(e => Window.Contains(e.Date)).OrderByDescending(e => e.Date).ThenBy(e => e.Label, StringComparer.Ordinal))
        {
            var x = X.Map(marker.Date);
            var width = TextMetrics.Width(marker.Label, size);
            var labelLeft = x + 5 + width > _frame.Right;
            var lane = labelLeft
                ? new LaneItem(x - 5 - width, x + 1, x - 5 - width, x - 5, x)
                : new LaneItem(x - 1, x + 5 + width, x + 5, x + 5 + width, x);
            _events.Add((marker, x, labelLeft, lane));
            items.Add(lane);
        }

        foreach (var period in periods.Where(p => p.End >= Window.First && p.Start <= Window.Last).OrderBy(p => p.Start).ThenBy(p => p.End))
        {
            var x0 = Math.Max(Left, X.Map(period.Start.DayNumber - 0.5));
            var x1 = Math.Min(Right, X.Map(period.End.DayNumber + 0.5));
            var width = TextMetrics.Width(period.Label, size);
            var textStart = Math.Min(x0 + 5, _frame.Right - width);
            var lane = new LaneItem(Math.Min(x0, textStart), Math.Max(x1, textStart + width), textStart, textStart + width);
            _periods.Add((period, x0, x1, lane));
            items.Add(lane);
        }

        var lanes = AnnotationLanes.Assign(items, gap);
        _eventLanes = lanes[.._events.Count];
        _periodLanes = lanes[_events.Count..];
        return lanes.Length == 0 ? 0 : lanes.Max() + 1;
    }
}
