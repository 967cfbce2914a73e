using System.Text;

namespace BorderSim.Core.Scenarios;

/// <summary>A minimal RFC 4180 reader that remembers where each field starts.</summary>
public static class Csv
{
    public sealed record Row(int Line, IReadOnlyList<(string Text, int Column)> Fields);

    public static IReadOnlyList<Row> Read(string text)
    {
        var rows = new List<Row>();
        var fields = new List<(string, int)>();
        var field = new StringBuilder();
        int line = 1, column = 1, rowLine = 1, fieldColumn = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                    column += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                    if (c == '\n')
                    {
                        line++;
                        column = 0;
                    }
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add((field.ToString(), fieldColumn));
                field.Clear();
                fieldColumn = column + 1;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add((field.ToString(), fieldColumn));
                rows.Add(new Row(rowLine, fields.ToArray()));
                fields.Clear();
                field.Clear();
                line++;
                rowLine = line;
                column = 0;
                fieldColumn = 1;
            }
            else
            {
                field.Append(c);
            }

            column++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add((field.ToString(), fieldColumn));
            rows.Add(new Row(rowLine, fields.ToArray()));
        }

        return rows;
    }
}
