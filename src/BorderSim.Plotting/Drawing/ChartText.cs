using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>Text in the chart font: label styles, widths measured with the font itself, and word wrapping.</summary>
internal static class ChartText
{
    public static LabelStyle Style(double size, string color, bool bold = false) => new()
    {
        FontName = ChartFonts.Name,
        FontSize = (float)size,
        Bold = bold,
        ForeColor = Color.FromHex(color),
        Alignment = Alignment.UpperLeft,
    };

    public static float Width(LabelStyle style, string text, Paint paint) => text.Length == 0 ? 0 : style.Measure(text, paint).Width;

    /// <summary>Height of one line of text in <paramref name="style"/>.</summary>
    public static float LineHeight(LabelStyle style) => style.FontSize * 1.25f;

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (an over-long word gets a line of its own).</summary>
    public static IReadOnlyList<string> Wrap(string text, LabelStyle style, float width, Paint paint)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Width(style, candidate, paint) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
        }
        return lines;
    }

    /// <summary>Draws <paramref name="text"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(RenderPack rp, LabelStyle style, string text, float x, float y)
    {
        style.Alignment = Alignment.UpperLeft;
        style.Render(rp.Canvas, new Pixel(x, y), rp.Paint, text);
    }
}
