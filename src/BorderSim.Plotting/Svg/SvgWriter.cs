using System.Text;

namespace BorderSim.Plotting;

/// <summary>Writes indented SVG elements. Attribute values: doubles are rounded, strings escaped, nulls skipped.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    public void Open(string name, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _sb.Append(">\n");
        _open.Push(name);
    }

    public void Close()
    {
        var name = _open.Pop();
        Indent();
        _sb.Append("</").Append(name).Append(">\n");
    }

    public void Empty(string name, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _sb.Append("/>\n");
    }

    public void WithText(string name, string text, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _sb.Append('>').Append(SvgFormat.Escape(text)).Append("</").Append(name).Append(">\n");
    }

    public override string ToString()
    {
        if (_open.Count != 0)
        {
            throw new InvalidOperationException($"Unclosed element <{_open.Peek()}>.");
        }
        return _sb.ToString();
    }

    private void StartTag(string name, (string Name, object? Value)[] attributes)
    {
        Indent();
        _sb.Append('<').Append(name);
        foreach (var (key, value) in attributes)
        {
            var text = value switch
            {
                null => null,
                double d => SvgFormat.Number(d),
                int i => SvgFormat.Number(i),
                string s => SvgFormat.Escape(s),
                _ => throw new ArgumentException($"Unsupported attribute value type {value.GetType().Name}."),
            };
            if (text is not null)
            {
                _sb.Append(' ').Append(key).Append("=\"").Append(text).Append('"');
            }
        }
    }

    private void Indent() => _sb.Append(' ', _open.Count * 2);
}
