using System.Text;
using System.Text.Json;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Results;

/// <summary>
/// Where two versions of a results file first differ: <see cref="Location"/> (a CSV line and column, a JSON key path or a
/// text line and column) and the expected and actual text there, shortened to a readable snippet.
/// </summary>
public sealed record FileDifference(string File, string Location, string Expected, string Actual);

/// <summary>
/// Finds the first difference between two versions of a results file, told the way a person reads the file: CSV by
/// line and column name, JSON by key path, anything else by line and column. Byte-identical files have none.
/// </summary>
public static class ResultsDiff
{
    private const int SnippetBefore = 30;
    private const int SnippetLength = 90;
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null if they are the same bytes.</summary>
    public static FileDifference? Compare(string fileName, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (expected.SequenceEqual(actual))
        {
            return null;
        }

        var e = Utf8.GetString(expected);
        var a = Utf8.GetString(actual);
        var found = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => CsvDifference(e, a),
            ".json" => JsonDifference(e, a),
            _ => null,
        } ?? TextDifference(e, a) ?? ("bytes", $"{expected.Length} bytes", $"{actual.Length} bytes (same text, other encoding)");
        return new FileDifference(fileName, found.Location, found.Expected, found.Actual);
    }

    /// <inheritdoc cref="Compare(string, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>
    public static FileDifference? Compare(string fileName, string expected, string actual) =>
        Compare(fileName, Utf8.GetBytes(expected), Utf8.GetBytes(actual));

    private static (string Location, string Expected, string Actual)? TextDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            if (i >= e.Length || i >= a.Length)
            {
                return ($"line {i + 1}", i < e.Length ? Quote(e[i], 0) : "(end of file)", i < a.Length ? Quote(a[i], 0) : "(end of file)");
            }

            if (!string.Equals(e[i], a[i], StringComparison.Ordinal))
            {
                var column = FirstDifference(e[i], a[i]);
                return ($"line {i + 1}, column {column + 1}", Quote(e[i], column), Quote(a[i], column));
            }
        }

        return null;
    }

    private static (string Location, string Expected, string Actual)? CsvDifference(string expected, string actual)
    {
        var e = Lines(expected);
        var a = Lines(actual);
        if (e.Length == 0 || a.Length == 0)
        {
            return null;
        }

        var header = Fields(e[0]);
        if (!string.Equals(e[0], a[0], StringComparison.Ordinal))
        {
            var other = Fields(a[0]);
            for (var k = 0; k < Math.Max(header.Count, other.Count); k++)
            {
                var x = k < header.Count ? header[k] : null;
                var y = k < other.Count ? other[k] : null;
                if (!string.Equals(x, y, StringComparison.Ordinal))
                {
                    return ($"line 1 (the header), column {k + 1}", x is null ? "(no such column)" : Quote(x, 0), y is null ? "(no such column)" : Quote(y, 0));
                }
            }

            return null;
        }

        for (var i = 1; i < Math.Max(e.Length, a.Length); i++)
        {
            if (i >= e.Length || i >= a.Length)
            {
                return ($"line {i + 1}", i < e.Length ? Quote(e[i], 0) : $"(end of file after {Count(e.Length - 1)})", i < a.Length ? Quote(a[i], 0) : $"(end of file after {Count(a.Length - 1)})");
            }

            if (string.Equals(e[i], a[i], StringComparison.Ordinal))
            {
                continue;
            }

            var x = Fields(e[i]);
            var y = Fields(a[i]);
            var key = x.Count > 0 && header.Count > 0 ? $" ({header[0]} {x[0]})" : "";
            for (var k = 0; k < Math.Max(x.Count, y.Count); k++)
            {
                var u = k < x.Count ? x[k] : null;
                var v = k < y.Count ? y[k] : null;
                if (!string.Equals(u, v, StringComparison.Ordinal))
                {
                    var column = k < header.Count ? header[k] : $"{k + 1}";
                    return ($"line {i + 1}{key}, column {column}", u is null ? "(no such field)" : Quote(u, 0), v is null ? "(no such field)" : Quote(v, 0));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The lines of a text, without the empty one after a final newline (a missing final newline is left to <see cref="TextDifference"/>).</summary>
    private static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static string Count(int rows) => rows == 1 ? "1 row" : $"{rows} rows";

    private static IReadOnlyList<string> Fields(string line) =>
        Csv.Read(line.TrimEnd('\r')) is [var row, ..] ? row.Fields.Select(f => f.Text).ToArray() : [];

    private static (string Location, string Expected, string Actual)? JsonDifference(string expected, string actual)
    {
        try
        {
            using var e = JsonDocument.Parse(expected);
            using var a = JsonDocument.Parse(actual);
            return JsonDifference(e.RootElement, a.RootElement, "");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string Location, string Expected, string Actual)? JsonDifference(JsonElement e, JsonElement a, string path)
    {
        var where = path.Length == 0 ? "the whole file" : path;
        if (e.ValueKind != a.ValueKind)
        {
            return (where, Raw(e), Raw(a));
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var actualKeys = a.EnumerateObject().Select(p => p.Name).ToList();
                foreach (var property in e.EnumerateObject())
                {
                    var key = Join(path, property.Name);
                    if (!a.TryGetProperty(property.Name, out var other))
                    {
                        return (key, Raw(property.Value), "(no such key)");
                    }

                    if (JsonDifference(property.Value, other, key) is { } found)
                    {
                        return found;
                    }
                }

                var expectedKeys = e.EnumerateObject().Select(p => p.Name).ToList();
                if (actualKeys.FirstOrDefault(k => !expectedKeys.Contains(k)) is { } extra)
                {
                    return (Join(path, extra), "(no such key)", Raw(a.GetProperty(extra)));
                }

                return expectedKeys.SequenceEqual(actualKeys)
                    ? null
                    : ($"{where}: the order of the keys", string.Join(", ", expectedKeys), string.Join(", ", actualKeys));
            case JsonValueKind.Array:
                var (x, y) = (e.EnumerateArray().ToArray(), a.EnumerateArray().ToArray());
                for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
                {
                    if (JsonDifference(x[i], y[i], $"{path}[{i}]") is { } found)
                    {
                        return found;
                    }
                }

                return x.Length == y.Length
                    ? null
                    : ($"{where}: {x.Length} against {y.Length} items; item [{Math.Min(x.Length, y.Length)}]",
                        x.Length > y.Length ? Raw(x[y.Length]) : "(none)", y.Length > x.Length ? Raw(y[x.Length]) : "(none)");
            default:
                var (u, v) = (e.GetRawText(), a.GetRawText());
                return string.Equals(u, v, StringComparison.Ordinal) ? null : (where, Raw(e), Raw(a));
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>
    /// A JSON value on one line, shortened: each line's indentation goes, the spaces within a line (a string's own) stay.
    /// A line break cannot be inside a JSON string, so a line's leading spaces are always layout.
    /// </summary>
    private static string Raw(JsonElement value)
    {
        var text = string.Join(' ', ScenarioJson.Serialize(value).TrimEnd('\n').ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimStart(' ')));
        return text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
    }

    private static int FirstDifference(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                return i;
            }
        }

        return n;
    }

    /// <summary>The text around <paramref name="column"/> in quotes, with control characters (\r, \t, a BOM) made visible.</summary>
    private static string Quote(string line, int column)
    {
        var start = Math.Max(0, column - SnippetBefore);
        var end = Math.Min(line.Length, start + SnippetLength);
        var sb = new StringBuilder(start > 0 ? "…\"" : "\"");
        foreach (var c in line.AsSpan(start, end - start))
        {
            sb.Append(c switch
            {
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\uFEFF' => "\\uFEFF",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append(end < line.Length ? "\"…" : "\"").ToString();
    }
}
