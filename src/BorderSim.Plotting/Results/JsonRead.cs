using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderSim.Plotting.Results;

/// <summary>
/// Tolerant reads from result JSON: a missing or null property, or one of another type, reads as null. A number may
/// also be an ensemble's summary object ({"p50": …} / {"median": …} / {"mean": …}), read as its median or mean.
/// </summary>
internal static class JsonRead
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonElement? Get(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(JsonElement? element, string name) => Get(element, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    /// <summary>A number's exact text, e.g. a 64-bit seed that a double would round.</summary>
    public static string? NumberText(JsonElement? element, string name) => Get(element, name) switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        _ => null,
    };

    public static double? Number(JsonElement? element, string name) => Number(Get(element, name));

    public static double? Number(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        { ValueKind: JsonValueKind.Object } o => Number(o, "p50") ?? Number(o, "median") ?? Number(o, "mean"),
        _ => null,
    };

    /// <summary>A yyyy-MM-dd date (a timestamp's date part); an ensemble's date distribution reads as its median.</summary>
    public static DateOnly? Date(JsonElement? element, string name)
    {
        if (Get(element, name) is { ValueKind: JsonValueKind.Object } distribution)
        {
            return Date(distribution, "p50") ?? Date(distribution, "median");
        }
        var text = String(element, name);
        if (text is null)
        {
            return null;
        }
        if (text.Length > 10 && text[10] == 'T')
        {
            text = text[..10];
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>The 5th and 95th percentiles of an ensemble's distribution; null for a plain number.</summary>
    public static (double Low, double High)? Range(JsonElement? element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Object } o && Number(o, "p5") is double low && Number(o, "p95") is double high ? (low, high) : null;

    public static bool? Bool(JsonElement? element, string name) => Get(element, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    public static IEnumerable<JsonElement> Array(JsonElement? element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToArray() : [];

    /// <summary>Parses a whole file, naming it in the error.</summary>
    public static JsonElement Parse(string text, string fileName)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ResultsFormatException($"{fileName} must hold a JSON object.");
            }
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ResultsFormatException($"{fileName} is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Indented JSON of <paramref name="element"/>, without the properties named in <paramref name="without"/>.</summary>
    public static string Indented(JsonElement element, params string[] without)
    {
        var node = JsonNode.Parse(element.GetRawText())!;
        if (node is JsonObject obj)
        {
            foreach (var name in without)
            {
                obj.Remove(name);
            }
        }
        return node.ToJsonString(Pretty);
    }
}
