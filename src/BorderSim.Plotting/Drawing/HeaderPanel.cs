using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>The title (bold), subtitle and legend, left-aligned with the figure's margin above everything else.</summary>
internal sealed class HeaderPanel : FigurePanel
{
    private readonly Chart _chart;
    private readonly ChartStyle _style;
    private readonly Legend _legend;
    private readonly LabelStyle _title;
    private readonly LabelStyle _subtitle;
    private IReadOnlyList<string> _titleLines = [];
    private IReadOnlyList<string> _subtitleLines = [];
    private float _legendHeight;

    public HeaderPanel(Chart chart, ChartStyle style, Legend legend)
    {
        _chart = chart;
        _style = style;
        _legend = legend;
        _title = ChartText.Style(style.TitleFontSize, style.TextColor, bold: true);
        _subtitle = ChartText.Style(style.SubtitleFontSize, style.MutedTextColor);
        Edge = Edge.Top;
    }

    public override void Prepare(PixelRect figure, float dataLeft, float dataRight, Paint paint)
    {
        var width = Width(figure);
        _titleLines = ChartText.Wrap(_chart.Title, _title, width, paint);
        _subtitleLines = _chart.Subtitle is { } subtitle ? ChartText.Wrap(subtitle, _subtitle, width, paint) : [];
        _legendHeight = _legend.ManualItems.Count == 0 ? 0 : _legend.GetLayout(new PixelSize(width, 10_000), paint).LegendRect.Height;
        Height = (_titleLines.Count * ChartText.LineHeight(_title))
            + (_subtitleLines.Count > 0 ? 2 + (_subtitleLines.Count * ChartText.LineHeight(_subtitle)) : 0)
            + (_legendHeight > 0 ? (float)(_style.LegendFontSize * 0.6) + _legendHeight : 0)
            + 8;
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        var x = rp.FigureRect.Left + (float)_style.Padding;
        var y = GetPanelRect(rp.DataRect, size, offset, rp.Paint).Top;
        foreach (var line in _titleLines)
        {
            ChartText.Draw(rp, _title, line, x, y);
            y += ChartText.LineHeight(_title);
        }
        if (_subtitleLines.Count > 0)
        {
            y += 2;
        }
        foreach (var line in _subtitleLines)
        {
            ChartText.Draw(rp, _subtitle, line, x, y);
            y += ChartText.LineHeight(_subtitle);
        }
        if (_legendHeight > 0)
        {
            y += (float)(_style.LegendFontSize * 0.6);
            _legend.Render(rp.Canvas, rp.Paint, new PixelRect(x, x + Width(rp.FigureRect), y + _legendHeight, y), Alignment.UpperLeft);
        }
    }

    private float Width(PixelRect figure) => figure.Width - (2 * (float)_style.Padding);
}
