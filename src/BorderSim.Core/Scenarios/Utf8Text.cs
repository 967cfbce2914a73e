using System.Buffers;
using System.Globalization;
using System.Text;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// The bytes of a text file as text: UTF-8 with or without a byte-order mark. UTF-16 and UTF-32 (with a mark or
/// without, told by their zero bytes) are named as such, and the first byte that is not UTF-8 is reported with its
/// line and column, rather than failing deep inside the parser.
/// </summary>
public static class Utf8Text
{
    public static string Decode(ReadOnlySpan<byte> bytes, string file, int maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            throw Problem(file, 0, 0, string.Create(CultureInfo.InvariantCulture, $"the file is larger than {Size(maxBytes)}, the most BorderSim reads of it (a scenario file is a few kilobytes)"));
        }

        if (WideEncoding(bytes) is { } wide)
        {
            throw Problem(file, 0, 0, $"the file is {wide} text; save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var before = new string(chars, 0, written);
            var line = before.Count(c => c == '\n') + 1;
            var column = written - (before.LastIndexOf('\n') + 1) + 1;
            throw Problem(file, line, column, string.Create(CultureInfo.InvariantCulture,
                $"not UTF-8 text: byte 0x{bytes[read]:X2} at line {line}, column {column} (Latin-1 or Windows-1252?); save the file as UTF-8"));
        }

        return new string(chars, 0, written);
    }

    private static string? WideEncoding(ReadOnlySpan<byte> b) => b switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        [not 0, 0, 0, 0, ..] => "UTF-32 (little-endian)",
        [0, 0, 0, not 0, ..] => "UTF-32 (big-endian)",
        [not 0, 0, ..] => "UTF-16 (little-endian)",
        [0, not 0, ..] => "UTF-16 (big-endian)",
        _ => null,
    };

    private static string Size(int bytes) => bytes % (1 << 20) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static ScenarioException Problem(string file, int line, int column, string message) =>
        new([new ScenarioDiagnostic(file, line, column, "", message)]);
}
