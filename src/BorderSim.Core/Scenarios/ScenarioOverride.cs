using System.Globalization;
using BorderSim.Core.Text;
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
        var path = equals > 0 ? Normalize(text[..equals].Trim()) : "";
        if (path.Length == 0)
        {
            error = $"'{text}' is not an override: expected key.path=value, for example population.pool_persons=300000";
            return false;
        }

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

    /// <summary>
    /// Replaces (or adds) the scalar at <see cref="Path"/>, adding mappings the file leaves out where the format has
    /// them (so <c>policies[2].effects.sheltering.places_per_day=100</c> adds a sheltering effect). Returns an error
    /// message if the path leads nowhere: the keys valid at that level with the nearest spellings, or how many entries
    /// a list has.
    /// </summary>
    internal string? ApplyTo(YamlMappingNode root)
    {
        YamlNode node = root;
        var type = typeof(Scenario);
        var segments = Segments(Path);
        var soFar = "";
        for (var i = 0; i < segments.Count; i++)
        {
            var (key, index) = segments[i];
            var last = i == segments.Count - 1;
            var parent = soFar;
            soFar = key is null ? $"{soFar}[{index}]" : soFar.Length == 0 ? key : $"{soFar}.{key}";
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (key is not null)
            {
                var keys = YamlBinder.IsList(type, out _) || !type.IsClass || type == typeof(string)
                    ? null
                    : YamlBinder.BindableProperties(type);
                if (keys is null || node is not YamlMappingNode mapping)
                {
                    return $"{soFar}: cannot set a key inside {(parent.Length == 0 ? "the scenario" : parent)}, which is {Describe(node, type)}";
                }

                if (!keys.TryGetValue(key, out var property))
                {
                    var level = parent.Length == 0 ? "at the top of a scenario" : $"in {parent}";
                    return $"{soFar}: no such key in the scenario format.{NearestNames.DidYouMean(key, keys.Keys)} The keys {level}: {string.Join(", ", keys.Keys)}";
                }

                type = property.PropertyType;
                var keyNode = new YamlScalarNode(key);
                mapping.Children.TryGetValue(keyNode, out var existing);
                if (last)
                {
                    if (existing is YamlSequenceNode or YamlMappingNode || YamlBinder.IsList(type, out _) || IsRecord(type))
                    {
                        return $"{soFar}: only single values can be set, and this is {(existing is YamlSequenceNode || YamlBinder.IsList(type, out _) ? "a list" : "a mapping")}; set its entries, e.g. {soFar}{(YamlBinder.IsList(type, out _) ? "[0]" : ".KEY")}=VALUE";
                    }

                    mapping.Children[keyNode] = new YamlScalarNode(Value);
                    return null;
                }

                if (existing is null or YamlScalarNode { Value: null or "" or "~" or "null" } && IsRecord(type))
                {
                    existing = new YamlMappingNode();
                    mapping.Children[keyNode] = existing;
                }
                else if (existing is null)
                {
                    return $"{soFar}: no such key in the scenario, which has no {key}: add it to the file first";
                }

                node = existing;
            }
            else
            {
                if (!YamlBinder.IsList(type, out var element))
                {
                    return $"{soFar}: {parent} is not a list, so it has no entry [{index}]";
                }

                type = element;
                var count = (node as YamlSequenceNode)?.Children.Count ?? 0;
                if (node is not YamlSequenceNode sequence || index >= count)
                {
                    return count == 0
                        ? $"{soFar}: no such list item: {parent} is empty in the scenario"
                        : string.Create(CultureInfo.InvariantCulture, $"{soFar}: no such list item: {parent} has {count} {(count == 1 ? "entry" : "entries")}, {parent}[0] to {parent}[{count - 1}]");
                }

                if (last)
                {
                    if (sequence.Children[index] is not YamlScalarNode)
                    {
                        return $"{soFar}: only single values can be set, and this is a mapping; set one of its keys, e.g. {soFar}.KEY=VALUE";
                    }

                    sequence.Children[index] = new YamlScalarNode(Value);
                    return null;
                }

                node = sequence.Children[index];
            }
        }

        return "empty key path";
    }

    private static bool IsRecord(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsClass && type != typeof(string) && !YamlBinder.IsList(type, out _);
    }

    private static string Describe(YamlNode node, Type type) =>
        YamlBinder.IsList(type, out _) || node is YamlSequenceNode ? "a list (give an index: [0])" : "a single value";

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
