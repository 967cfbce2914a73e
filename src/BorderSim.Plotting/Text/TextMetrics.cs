namespace BorderSim.Plotting;

/// <summary>
/// Estimates rendered text width without a font: per-character widths (in em) close to
/// Helvetica/Arial, rounded up a little so Inter and fallback fonts still fit.
/// </summary>
public static class TextMetrics
{
    private const double BoldFactor = 1.07;

    public static double Width(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        foreach (var c in text)
        {
            em += CharWidth(c);
        }
        return em * fontSize * (bold ? BoldFactor : 1.0);
    }

    /// <summary>Height of a line of text, baseline to baseline.</summary>
    public static double LineHeight(double fontSize) => fontSize * 1.3;

    private static double CharWidth(char c) => c switch
    {
        ' ' => 0.29,
        '.' or ',' or ':' or ';' or '!' or '|' or '\'' or 'i' or 'j' or 'l' => 0.26,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or '-' or '/' => 0.36,
        >= '0' and <= '9' => 0.58,
        'm' or 'w' => 0.87,
        'M' or 'W' => 0.9,
        '%' => 0.92,
        '–' => 0.58,
        '—' => 1.0,
        >= 'A' and <= 'Z' => 0.7,
        >= 'a' and <= 'z' => 0.57,
        _ => 0.62,
    };
}
