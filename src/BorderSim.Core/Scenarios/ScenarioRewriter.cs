using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Writes a scenario file with overrides made part of it: each changed value replaced where it stands in the text, a key
/// the file leaves out inserted beside its siblings, so comments, sources and layout stay as they were. The result is
/// checked: it must bind to exactly the scenario that the original text with the overrides binds to. Where the text
/// cannot be edited in place (a layout the edit does not understand), the resolved scenario is written as JSON, which
/// is YAML too and binds to the same scenario.
/// </summary>
public static partial class ScenarioRewriter
{
    /// <summary>
    /// <paramref name="text"/> with <paramref name="overrides"/> applied, or throws <see cref="ScenarioException"/> with the
    /// validator's messages when the overrides do not give a valid scenario.
    /// </summary>
    public static string Apply(string text, string file, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(overrides);
        var expected = ScenarioJson.Serialize(ScenarioLoader.Parse(text, file, overrides));
        string? edited = text;
        foreach (var o in overrides)
        {
            edited = Edit(edited, o);
            if (edited is null)
            {
                break;
            }
        }

        if (edited is not null && Binds(edited, file) == expected)
        {
            return edited;
        }

        return expected; // JSON is YAML: the resolved scenario, exactly
    }

    private static string? Binds(string text, string file)
    {
        try
        {
            return ScenarioJson.Serialize(ScenarioLoader.Parse(text, file));
        }
        catch (ScenarioException)
        {
            return null;
        }
    }

    /// <summary>The text with one override made part of it, or null where the layout is not one this edit handles.</summary>
    private static string? Edit(string text, ScenarioOverride o)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }

        var segments = ScenarioOverride.Normalize(o.Path).Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        YamlNode node = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.StartsWith('['))
            {
                var index = int.Parse(segment.Trim('[', ']'), CultureInfo.InvariantCulture);
                if (node is not YamlSequenceNode sequence || index >= sequence.Children.Count)
                {
                    return null;
                }

                node = sequence.Children[index];
                continue;
            }

            if (node is not YamlMappingNode mapping)
            {
                return null;
            }

            if (mapping.Children.TryGetValue(new YamlScalarNode(segment), out var child))
            {
                node = child;
                continue;
            }

            return Insert(text, mapping, segments[i..], o.Value);
        }

        return node is YamlScalarNode scalar ? Replace(text, scalar, o.Value) : null;
    }

    /// <summary>The scalar's text replaced by the value; null for a block scalar (| or &gt;) or an empty value, left to the JSON form.</summary>
    private static string? Replace(string text, YamlScalarNode scalar, string value)
    {
        var (start, end) = ((int)scalar.Start.Index, (int)scalar.End.Index);
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded || start >= end || end > text.Length)
        {
            return null;
        }

        return string.Concat(text.AsSpan(0, start), Scalar(value), text.AsSpan(end));
    }

    /// <summary>Inserts <c>key: value</c> (nested keys as flow mappings) into <paramref name="mapping"/>, which lacks its first key.</summary>
    private static string? Insert(string text, YamlMappingNode mapping, string[] keys, string value)
    {
        if (keys.Any(k => k.StartsWith('[')))
        {
            return null; // a list the file leaves out: --set cannot add one either
        }

        var entry = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            entry.Append(keys[i]).Append(i == keys.Length - 1 ? ": " : ": { ");
        }

        entry.Append(Scalar(value)).Append(new string('}', keys.Length - 1).Replace("}", " }", StringComparison.Ordinal));
        if (mapping.Style == MappingStyle.Flow)
        {
            var close = (int)mapping.End.Index - 1;
            if (close < 0 || close >= text.Length || text[close] != '}')
            {
                return null;
            }

            var empty = mapping.Children.Count == 0;
            return string.Concat(text[..close].TrimEnd(), empty ? " " : ", ", entry.ToString(), " " + text[close..]);
        }

        if (mapping.Children.Count == 0)
        {
            return null;
        }

        // Block style: the new key goes first, on its own line, indented as its siblings.
        var first = mapping.Children.First().Key;
        var at = (int)first.Start.Index;
        var column = (int)first.Start.Column - 1;
        return string.Concat(text[..at], entry.ToString(), "\n" + new string(' ', column), text[at..]);
    }

    /// <summary>A value as YAML writes it: plain where the plain form reads back as the same text, else double-quoted.</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Plain().IsMatch(value))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Numbers, dates, words and snake_case names: what a plain scalar gives back unchanged.</summary>
    [GeneratedRegex(@"^-?[A-Za-z0-9][A-Za-z0-9_.+\-]*$")]
    private static partial Regex Plain();
}
