using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace BorderSim.Core.Scenarios;

/// <summary>Reads parameters off the scenario records by key path: their kind and default, and their values in a scenario.</summary>
internal static class ParameterWalk
{
    /// <summary>"policies[].effects.corridor.nationalities[]" as its names: policies[], effects, corridor, nationalities[].</summary>
    public static string[] Segments(string path) => path.Split('.');

    /// <summary>The kind, the words of a choice, and the default of the parameter at <paramref name="path"/>, read off the records.</summary>
    public static (ParameterKind Kind, ImmutableArray<string> Choices, string Default) Describe(string path)
    {
        Type owner = typeof(Scenario);
        var type = owner;
        PropertyInfo? property = null;
        foreach (var segment in Segments(path))
        {
            owner = Nullable.GetUnderlyingType(type) ?? type;
            var name = segment.EndsWith("[]", StringComparison.Ordinal) ? segment[..^2] : segment;
            if (!YamlBinder.BindableProperties(owner).TryGetValue(name, out property))
            {
                throw new InvalidOperationException($"parameter catalogue: {path}: the scenario format has no key '{name}' there");
            }

            type = property.PropertyType;
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                type = YamlBinder.IsList(type, out var element) ? element : throw new InvalidOperationException($"parameter catalogue: {path}: '{name}' is not a list");
            }
        }

        var leaf = Nullable.GetUnderlyingType(type) ?? type;
        var kind = leaf switch
        {
            _ when leaf == typeof(double) => ParameterKind.Number,
            _ when leaf == typeof(int) || leaf == typeof(long) || leaf == typeof(ulong) => ParameterKind.WholeNumber,
            _ when leaf == typeof(bool) => ParameterKind.Boolean,
            _ when leaf == typeof(DateOnly) => ParameterKind.Date,
            _ when leaf.IsEnum => ParameterKind.Choice,
            _ when leaf == typeof(string) => ParameterKind.Text,
            _ => throw new InvalidOperationException($"parameter catalogue: {path} is not a single value but {leaf.Name}"),
        };
        ImmutableArray<string> choices = leaf.IsEnum ? [.. Enum.GetNames(leaf).Select(SnakeCase.From)] : [];
        var defaultValue = property!.IsDefined(typeof(RequiredMemberAttribute))
            ? "required"
            : Format(property!.GetValue(YamlBinder.NewRecord(owner)));
        return (kind, choices, defaultValue);
    }

    /// <summary>
    /// Adds the values of <paramref name="entries"/> (parameters with their path segments, all alike up to
    /// <paramref name="depth"/>) found in <paramref name="node"/>, whose key path is <paramref name="prefix"/>.
    /// </summary>
    public static void Expand(IReadOnlyList<(Parameter Parameter, string[] Segments)> entries, int depth, object node, string prefix, List<ParameterValue> values)
    {
        var properties = YamlBinder.BindableProperties(node.GetType());
        var done = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            var segment = entries[i].Segments[depth];
            var group = new List<(Parameter Parameter, string[] Segments)>();
            for (var j = i; j < entries.Count; j++)
            {
                if (!done[j] && entries[j].Segments[depth] == segment)
                {
                    done[j] = true;
                    group.Add(entries[j]);
                }
            }

            var isList = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = isList ? segment[..^2] : segment;
            var value = properties[name].GetValue(node);
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var leaves = group.Where(e => e.Segments.Length == depth + 1).ToArray();
            var deeper = group.Where(e => e.Segments.Length > depth + 1).ToArray();
            if (isList)
            {
                var index = 0;
                foreach (var item in value as IEnumerable ?? Array.Empty<object>())
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                    values.AddRange(leaves.Select(e => new ParameterValue(itemPath, e.Parameter, Format(item))));
                    if (item is not null && deeper.Length > 0)
                    {
                        Expand(deeper, depth + 1, item, itemPath, values);
                    }
                }
            }
            else
            {
                values.AddRange(leaves.Select(e => new ParameterValue(path, e.Parameter, Format(value))));
                if (value is not null && deeper.Length > 0)
                {
                    Expand(deeper, depth + 1, value, path, values);
                }
            }
        }
    }

    /// <summary>A value as a scenario file writes it: invariant numbers, YYYY-MM-DD dates, snake_case words, "none" for a value not set.</summary>
    public static string Format(object? value) => value switch
    {
        null => "none",
        "" => "\"\"",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => SnakeCase.From(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
