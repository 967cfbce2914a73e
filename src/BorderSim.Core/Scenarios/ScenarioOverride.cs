using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Scenarios;

/// <summary>A <c>--set key.path=value</c> override of one scalar in a scenario file.</summary>
public sealed record ScenarioOverride(string Path, string Value)
{
    public override string ToString() => $"{Path}={Value}";

    /// <summary>Parses "key.path=value"; list items are "policies[0].label" or "policies.0.label".</summary>
    public static bool TryParse(string text, out ScenarioOverride? result, out string error)
    {
        result = null;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            error = $"'{text}' is not an override: expected key.path=value, for example population.pool_persons=300000";
            return false;
        }

        var path = Normalize(text[..equals].Trim());
        result = new ScenarioOverride(path, text[(equals + 1)..].Trim());
        error = "";
        return true;
    }

    /// <summary>The path in the binder's form: a.b[2].c.</summary>
    internal static string Normalize(string path)
    {
        var parts = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var result = "";
        foreach (var part in parts)
        {
            result = int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? $"{result}[{part}]"
                : result.Length == 0 ? part : $"{result}.{part}";
        }

        return result;
    }

    /// <summary>Replaces (or adds) the scalar at <see cref="Path"/>; returns an error message if the path leads nowhere.</summary>
    internal string? ApplyTo(YamlMappingNode root)
    {
        YamlNode node = root;
        var segments = Segments(Path);
        for (var i = 0; i < segments.Count; i++)
        {
            var (key, index) = segments[i];
            var last = i == segments.Count - 1;
            var soFar = string.Concat(segments.Take(i + 1).Select(s => s.Key is null ? $"[{s.Index}]" : $".{s.Key}")).TrimStart('.');
            if (key is not null)
            {
                if (node is not YamlMappingNode mapping)
                {
                    return $"{soFar}: cannot set a key inside something that is not a mapping";
                }

                var keyNode = new YamlScalarNode(key);
                if (last)
                {
                    if (mapping.Children.TryGetValue(keyNode, out var existing) && existing is not YamlScalarNode)
                    {
                        return $"{soFar}: only single values can be set, and this is {(existing is YamlSequenceNode ? "a list" : "a mapping")}";
                    }

                    mapping.Children[keyNode] = new YamlScalarNode(Value);
                    return null;
                }

                if (!mapping.Children.TryGetValue(keyNode, out var child))
                {
                    return $"{soFar}: no such key in the scenario";
                }

                node = child;
            }
            else
            {
                if (node is not YamlSequenceNode sequence || index >= sequence.Children.Count)
                {
                    return $"{soFar}: no such list item in the scenario";
                }

                if (last)
                {
                    if (sequence.Children[index] is not YamlScalarNode)
                    {
                        return $"{soFar}: only single values can be set";
                    }

                    sequence.Children[index] = new YamlScalarNode(Value);
                    return null;
                }

                node = sequence.Children[index];
            }
        }

        return "empty key path";
    }

    private static List<(string? Key, int Index)> Segments(string path)
    {
        var segments = new List<(string? Key, int Index)>();
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            segments.Add(part.StartsWith('[')
                ? (null, int.Parse(part.Trim('[', ']'), CultureInfo.InvariantCulture))
                : (part, 0));
        }

        return segments;
    }
}
