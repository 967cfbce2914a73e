namespace BorderSim.Plotting;

/// <summary>Greedy word wrapping with <see cref="TextMetrics"/> estimates.</summary>
public static class TextWrap
{
    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> (a single over-long word gets its own line).</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextMetrics.Width(candidate, fontSize, bold) > maxWidth)
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
}
