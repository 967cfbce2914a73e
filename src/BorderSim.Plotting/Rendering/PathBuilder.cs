using System.Text;

namespace BorderSim.Plotting;

/// <summary>Builds SVG path data ("M x y L x y … Z") with invariant, rounded numbers.</summary>
internal sealed class PathBuilder
{
    private readonly StringBuilder _sb = new();

    public bool IsEmpty => _sb.Length == 0;

    public PathBuilder MoveTo(double x, double y) => Append('M', x, y);

    public PathBuilder LineTo(double x, double y) => Append('L', x, y);

    public PathBuilder ClosePath()
    {
        _sb.Append('Z');
        return this;
    }

    public override string ToString() => _sb.ToString();

    private PathBuilder Append(char command, double x, double y)
    {
        if (_sb.Length > 0 && _sb[^1] != 'Z')
        {
            _sb.Append(' ');
        }
        _sb.Append(command).Append(SvgFormat.Number(x)).Append(' ').Append(SvgFormat.Number(y));
        return this;
    }
}
