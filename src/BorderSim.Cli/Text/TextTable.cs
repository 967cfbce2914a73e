using System.Text;

namespace BorderSim.Cli.Text;

/// <summary>A table of text written as aligned columns for a terminal, as Markdown, or as CSV (RFC 4180).</summary>
internal sealed record TextTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Columns padded to their widest cell, two spaces apart; the last column is not padded.</summary>
    public string Aligned()
    {
        var widths = Header.Select((h, i) => Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var s = new StringBuilder();
        foreach (var row in Rows.Prepend(Header))
        {
            for (var i = 0; i < row.Count; i++)
            {
                s.Append(i == row.Count - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            s.Append('\n');
        }

        return s.ToString();
    }

    public string Markdown()
    {
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
        var s = new StringBuilder();
        s.Append("| ").AppendJoin(" | ", Header.Select(Cell)).Append(" |\n");
        s.Append('|').AppendJoin('|', Header.Select(_ => "---")).Append("|\n");
        foreach (var row in Rows)
        {
            s.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }

        return s.ToString();
    }

    public string Csv()
    {
        static string Cell(string text) =>
            text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        var s = new StringBuilder();
        foreach (var row in Rows.Prepend(Header))
        {
            s.AppendJoin(',', row.Select(Cell)).Append('\n');
        }

        return s.ToString();
    }
}
