using System.Text;
using CsCheck;

namespace BorderSim.Cli.Tests.Fuzz;

/// <summary>One malformed scenario: the file's bytes, the --set overrides given with it, and how it was made (for the failure message).</summary>
internal sealed record MalformedCase(string How, byte[] Bytes, string[] Sets)
{
    public override string ToString() => $"{How} ({Bytes.Length} bytes){(Sets.Length > 0 ? " --set " + string.Join(" --set ", Sets) : "")}";
}

/// <summary>
/// Generators of hostile input, each a small change to a valid scenario (so most cases get past the first line and
/// reach the deeper checks): bytes flipped, inserted, deleted or repeated; values replaced by hostile ones; nesting,
/// aliases and tags; other encodings; and --set overrides with hostile key paths and values.
/// </summary>
internal static class Mutations
{
    /// <summary>Hostile text to insert anywhere: control characters, broken UTF-8, YAML syntax out of place, deep nesting.</summary>
    private static readonly string[] Snippets =
    [
        "\0", "\u001b[31m", "\u001b]0;title\u0007", "\u00ff", "\u202e", "{", "[", "}", "]", ": ", "- ", "&a ", "*a", "*undefined",
        "? ", "!!binary ", "!!python/object:os.system ", "'", "\"", "\t", "\r", "\n", "%YAML 1.1\n", "---\n", "...\n", "<<: *a\n", "#",
        new string('[', 5_000), new string('{', 100) + "a: 1", string.Concat(Enumerable.Repeat("- ", 3_000)), "a: &a [*a]\n",
        new string('9', 400), "\ufeff", "\uffff", "\ud800", "a: { [: 1 }\nb: 2\n", "\n  a: { [: 1 }", "!<tag:yaml.org,2002:str> ",
    ];

    /// <summary>Hostile values for a key: out of range, not numbers, dates off the calendar, paths, aliases, huge.</summary>
    public static readonly string[] Values =
    [
        "-1", "0", "1e309", "-1e309", "NaN", ".nan", ".inf", "1e-320", "99999999999999999999", "2147483648", "-2147483649",
        "18446744073709551616", "9999-12-31", "0001-01-01", "2025-13-01", "2025-02-30", "10000-01-01", "1h30m", "0h", "25h",
        "", "~", "null", "[]", "{}", "[1, 2]", "\"../../x\"", "/etc/passwd", "..", "&x 1", "*x", "true", "yes", "0x10", "1_000",
        "\"\\e[2J\"", "\"\\0\"", "\"" + new string('x', 300) + "\"", "!!str 5", "\"\\u202e\"", "1.5.2", "+5", " 7", "1,5",
    ];

    /// <summary>Key paths for --set: real ones, list items out of range, and nonsense.</summary>
    public static readonly string[] Paths =
    [
        "seed", "name", "tick", "window.start", "window.end", "observations", "population.pool_persons",
        "population.base_departures_persons_per_day", "population.group_sizes[0].share", "population.nationalities[1].name",
        "population.patience_days.mean", "travel.travel_days.shape", "border.capacity_schedule[1].to_hour",
        "border.default_entry_rule", "behaviour.give_up_rate_per_day", "behaviour.irregular_route.duration_days.mean",
        "policies[0].start", "policies[2].start", "policies[2].duration_days", "policies[2].end", "policies[1].label",
        "policies[0].effects.departures.multiplier", "events[0].date", "events[4].label", "policies[99].start",
        "policies[-1].start", "policies[2147483648].start", "policies[0]", "policies", "population", "a..b", "[0]", ".",
        "policies[0].effects.nonsense.x", "events[0].date.day", "description",
    ];

    public static Gen<MalformedCase> File(byte[] baseline) =>
        Gen.OneOf(
            Gen.Select(Gen.Int[0, baseline.Length - 1], Gen.Byte, (at, b) => Case($"byte {at} set to 0x{b:X2}", baseline, at, 1, [b])),
            Gen.Select(Gen.Int[0, baseline.Length], Gen.Int[0, Snippets.Length - 1], (at, s) => Case($"snippet {s} inserted at {at}", baseline, at, 0, Encoding.UTF8.GetBytes(Snippets[s]))),
            Gen.Select(Gen.Int[0, baseline.Length - 1], Gen.Int[1, 400], (at, n) => Case($"{n} bytes deleted at {at}", baseline, at, Math.Min(n, baseline.Length - at), [])),
            Gen.Int[0, baseline.Length - 1].Select(at => new MalformedCase($"cut at {at}", baseline[..at], [])),
            Gen.Select(Gen.Int[0, baseline.Length - 1], Gen.Int[1, 300], Gen.Int[0, baseline.Length], (at, n, to) => Case($"{n} bytes from {at} repeated at {to}", baseline, to, 0, baseline[at..Math.Min(baseline.Length, at + n)])),
            Gen.Select(Gen.Int[0, 200], Gen.Int[0, Values.Length - 1], (line, v) => ReplaceValue(baseline, line, Values[v])),
            Gen.Select(Gen.Int[0, 200], Gen.Int[-3, 3], (line, shift) => Indent(baseline, line, shift)),
            Gen.Int[0, 6].Select(e => Encode(baseline, e)));

    public static Gen<MalformedCase> Overrides(byte[] baseline) =>
        Gen.Select(Gen.Int[0, Paths.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, Paths.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, 3],
            (p1, v1, p2, v2, shape) => new MalformedCase("overrides", baseline, shape switch
            {
                0 => [$"{Paths[p1]}={Values[v1]}"],
                1 => [$"{Paths[p1]}={Values[v1]}", $"{Paths[p2]}={Values[v2]}"],
                2 => [$"{Paths[p1]}={Values[v1]}", $"{Paths[p1]}={Values[v2]}"],
                _ => [(v2 % 3) switch { 0 => Values[v1], 1 => $"={Values[v2]}", _ => Paths[p1] }], // not key=value at all
            }));

    private static MalformedCase Case(string how, byte[] source, int at, int remove, byte[] insert) =>
        new(how, [.. source[..at], .. insert, .. source[(at + remove)..]], []);

    private static MalformedCase ReplaceValue(byte[] source, int lineIndex, string value)
    {
        var lines = Encoding.UTF8.GetString(source).Split('\n');
        var candidates = lines.Select((l, i) => (l, i)).Where(t => t.l.Contains(": ", StringComparison.Ordinal) && !t.l.TrimStart().StartsWith('#')).ToArray();
        var (line, index) = candidates[lineIndex % candidates.Length];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var comment = line.IndexOf("  #", colon, StringComparison.Ordinal);
        lines[index] = line[..(colon + 2)] + value + (comment > 0 ? line[comment..] : "");
        return new MalformedCase($"line {index + 1} set to '{value}'", Encoding.UTF8.GetBytes(string.Join('\n', lines)), []);
    }

    private static MalformedCase Indent(byte[] source, int lineIndex, int shift)
    {
        var lines = Encoding.UTF8.GetString(source).Split('\n');
        var index = lineIndex % lines.Length;
        lines[index] = shift >= 0 ? new string(' ', shift) + lines[index] : lines[index].Length >= -shift && lines[index][..(-shift)].Trim().Length == 0 ? lines[index][(-shift)..] : lines[index];
        return new MalformedCase($"line {index + 1} indented by {shift}", Encoding.UTF8.GetBytes(string.Join('\n', lines)), []);
    }

    private static MalformedCase Encode(byte[] source, int kind)
    {
        var text = Encoding.UTF8.GetString(source);
        return kind switch
        {
            0 => new("UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], []),
            1 => new("UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(text), []),
            2 => new("UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)], []),
            3 => new("UTF-32 BE without BOM", new UTF32Encoding(true, false).GetBytes(text), []),
            4 => new("Latin-1", Encoding.Latin1.GetBytes(text), []),
            5 => new("UTF-8 BOM twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. source], []),
            _ => new("CRLF line ends", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)), []),
        };
    }
}
