using System.Globalization;
using System.Text;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Text from a file or the command line made safe to print: control characters (an ESC that would drive the
/// terminal, a bell, a NUL, a line break inside a value) and bidirectional overrides become \uXXXX escapes.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                s.Append(c);
            }
        }

        return s.ToString();
    }

    /// <summary>C0 and C1 control characters, DEL, and the bidirectional embeddings, overrides and isolates.</summary>
    public static bool IsControl(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool NeedsEscape(char c) => IsControl(c);
}
