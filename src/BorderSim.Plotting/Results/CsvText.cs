using System.Globalization;

namespace BorderSim.Plotting.Results;

/// <summary>A row of a CSV file: its cells and its line number (the header is line 1).</summary>
internal readonly record struct CsvRow(int Line, string[] Cells);

/// <summary>
/// The comma-separated files BorderSim writes (no quoting, invariant numbers), read with errors that name the file,
/// line and column. Trailing blank lines are ignored; every row must have as many cells as the header.
/// </summary>
internal static class CsvText
{
    public static (string[] Header, IReadOnlyList<CsvRow> Rows) Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Trim().Length == 0)
        {
            count--;
        }
        if (count == 0)
        {
            throw new ResultsFormatException($"{fileName} is empty.");
        }
        var header = lines[0].TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToArray();
        var duplicate = header.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 || g.Key.Length == 0);
        if (duplicate is not null)
        {
            throw new ResultsFormatException(duplicate.Key.Length == 0 ? $"{fileName}: the header has an empty column name." : $"{fileName}: column '{duplicate.Key}' appears twice.");
        }
        var rows = new List<CsvRow>(count - 1);
        for (var i = 1; i < count; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
            {
                throw new ResultsFormatException($"{fileName} line {i + 1}: {cells.Length} cells where the header has {header.Length}.");
            }
            rows.Add(new CsvRow(i + 1, cells.Select(c => c.Trim()).ToArray()));
        }
        return (header, rows);
    }

    /// <summary>A finite invariant-culture number; an empty cell is NaN when <paramref name="emptyIsMissing"/>.</summary>
    public static double Number(string cell, string fileName, int line, string column, bool emptyIsMissing = false)
    {
        if (cell.Length == 0 && emptyIsMissing)
        {
            return double.NaN;
        }
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new ResultsFormatException($"{fileName} line {line}, column '{column}': '{cell}' is not a number.");
    }
}
