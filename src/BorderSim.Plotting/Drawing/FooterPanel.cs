using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>Small left-aligned text at the foot of the figure: notes from the other panels (e.g. a key to folded labels), then the source line.</summary>
internal sealed class FooterPanel : FigurePanel
{
    private readonly ChartStyle _style;
    private readonly string? _source;
    private readonly Func<IEnumerable<string>> _notes;
    private readonly LabelStyle _text;
    private IReadOnlyList<string> _lines = [];

    public FooterPanel(ChartStyle style, string? source, Func<IEnumerable<string>> notes)
    {
        _style = style;
        _source = source;
        _notes = notes;
        _text = ChartText.Style(style.SourceFontSize, style.MutedTextColor);
        Edge = Edge.Bottom;
    }

    /// <summary>The notes and source line as drawn, one entry per line.</summary>
    public IReadOnlyList<string> Lines => _lines;

    public override void Prepare(PixelRect figure, float dataLeft, float dataRight, Paint paint)
    {
        var width = figure.Width - (2 * (float)_style.Padding);
        // Notes take at most a fifth of the figure's height; the chart's description has them in full.
        var source = _source is null ? [] : ChartText.Wrap(_source, _text, width, paint);
        var notes = _notes().SelectMany(text => ChartText.Wrap(text, _text, width, paint)).ToList();
        var room = Math.Max(1, (int)(figure.Height * 0.2f / ChartText.LineHeight(_text)) - source.Count);
        if (notes.Count > room)
        {
            notes = [.. notes.Take(room - 1), "… (the chart's description lists them all)"];
        }
        _lines = [.. notes, .. source];
        Height = _lines.Count == 0 ? 0 : 10 + (_lines.Count * ChartText.LineHeight(_text));
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        var x = rp.FigureRect.Left + (float)_style.Padding;
        var y = GetPanelRect(rp.DataRect, size, offset, rp.Paint).Top + 10;
        foreach (var line in _lines)
        {
            ChartText.Draw(rp, _text, line, x, y);
            y += ChartText.LineHeight(_text);
        }
    }
}
