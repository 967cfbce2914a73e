using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using BorderSim.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Binds a YAML (or JSON) node tree to the scenario's immutable records. Keys are the snake_case names of the
/// records' init properties; unknown keys, missing required keys, wrong types and values out of their [Range] are
/// all collected, each with its line, column and key path.
/// </summary>
internal sealed class YamlBinder(string file, IReadOnlyDictionary<string, string> overriddenPaths)
{
    private readonly List<ScenarioDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, Mark> _positions = new(StringComparer.Ordinal);
    private readonly NullabilityInfoContext _nullability = new();

    public IReadOnlyList<ScenarioDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Where each bound key path stands in the file.</summary>
    public IReadOnlyDictionary<string, Mark> Positions => _positions;

    public T? Bind<T>(YamlNode node) where T : class => (T?)Bind(node, typeof(T), "");

    public void Error(YamlNode? node, string path, string message) =>
        _diagnostics.Add(Diagnostic(node?.Start ?? Mark.Empty, path, message));

    public ScenarioDiagnostic Diagnostic(Mark mark, string path, string message) =>
        new(file, (int)mark.Line, (int)mark.Column, path, message)
        {
            Override = overriddenPaths.TryGetValue(path, out var text) ? text : null,
        };

    private object? Bind(YamlNode node, Type type, string path, bool mayBeNull = false)
    {
        _positions[path] = node.Start;
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" })
        {
            if (underlying is null && !mayBeNull)
            {
                Error(node, path, $"expected {Describe(type)}, found nothing");
            }

            return null;
        }

        type = underlying ?? type;

        if (IsList(type, out var elementType))
        {
            return BindList(node, elementType, path);
        }

        if (type.IsClass && type != typeof(string))
        {
            return BindRecord(node, type, path);
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, path, $"expected {Describe(type)}, found {Describe(node)}");
            return null;
        }

        return BindScalar(scalar, type, path);
    }

    private object? BindScalar(YamlScalarNode scalar, Type type, string path)
    {
        var text = scalar.Value ?? "";
        object? value = null;
        if (type == typeof(string))
        {
            foreach (var c in text)
            {
                if (Printable.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                {
                    Error(scalar, path, string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4} is not allowed in text (only tabs and line breaks)"));
                    break; // kept, so the checks of what it is for (a name, a label) report too
                }
            }

            return text;
        }

        if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
        }
        else if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
        }
        else if (type == typeof(ulong) && ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var u))
        {
            value = u;
        }
        else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            value = d;
        }
        else if (type == typeof(bool) && text is "true" or "false")
        {
            value = text == "true";
        }
        else if (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date < ScenarioLimits.FirstDate || date > ScenarioLimits.LastDate)
            {
                Error(scalar, path, $"expected a date from {ScenarioLimits.FirstDate:yyyy-MM-dd} to {ScenarioLimits.LastDate:yyyy-MM-dd}, found '{text}'");
                return null;
            }

            value = date;
        }
        else if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                if (SnakeCase.From(name) == text)
                {
                    value = Enum.Parse(type, name);
                }
            }
        }

        if (value is null)
        {
            Error(scalar, path, $"expected {Describe(type)}, found '{text}'");
        }

        return value;
    }

    private Array? BindList(YamlNode node, Type elementType, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, path, $"expected a list of {Describe(elementType)}, found {Describe(node)}");
            return null;
        }

        var array = NewArray(elementType, sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            array.SetValue(Bind(sequence.Children[i], elementType, $"{path}[{i}]"), i);
        }

        return array;
    }

    private object? BindRecord(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, path, $"expected a mapping ({Describe(type)}), found {Describe(node)}");
            return null;
        }

        var properties = BindableProperties(type);
        var instance = NewRecord(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var childPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                Error(keyNode, childPath, $"unknown key '{key}'.{NearestNames.DidYouMean(key, properties.Keys)} The keys {(path.Length == 0 ? "at the top of a scenario" : $"in {path}")}: {string.Join(", ", properties.Keys)}");
                continue;
            }

            if (!seen.Add(key))
            {
                Error(keyNode, childPath, $"key '{key}' is given twice");
                continue;
            }

            var errorsBefore = _diagnostics.Count;
            var mayBeNull = _nullability.Create(property).WriteState == NullabilityState.Nullable;
            var value = Bind(valueNode, property.PropertyType, childPath, mayBeNull);
            if (_diagnostics.Count == errorsBefore)
            {
                CheckLimits(value, valueNode, childPath);
            }

            // A value out of its range is reported and left unset, so the cross-checks never compute with it (a
            // duration of 2,147,483,647 days would overflow the calendar).
            if (value is not null && (_diagnostics.Count == errorsBefore || value is not (int or long or ulong or double)))
            {
                property.SetValue(instance, value);
            }
        }

        foreach (var (key, property) in properties)
        {
            if (!seen.Contains(key) && property.IsDefined(typeof(RequiredMemberAttribute)))
            {
                Error(mapping, path.Length == 0 ? key : $"{path}.{key}", $"missing required key '{key}' ({Describe(property.PropertyType)})");
            }
        }

        return instance;
    }

    /// <summary>A number outside the hard limits of its parameter (<see cref="ParameterCatalog"/>) is an error.</summary>
    private void CheckLimits(object? value, YamlNode node, string path)
    {
        if (value is null or string or bool or DateOnly or Enum || ParameterCatalog.Find(path)?.Limits is not { } limits)
        {
            return;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (!limits.Contains(number))
        {
            Error(node, path, $"expected a number from {ValueRange.Format(limits.Low)} to {ValueRange.Format(limits.High)}, found {ParameterWalk.Format(value)}");
        }
    }

    /// <summary>Why reflecting on the scenario records is safe in trimmed and Native AOT builds.</summary>
    private const string RecordsKept =
        "The scenario records live in BorderSim.Core, which trimmed and Native AOT builds keep whole (TrimmerRootAssembly in BorderSim.Cli.csproj), so their constructors and properties are there.";

    /// <summary>A record of the scenario format with its defaults.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = RecordsKept)]
    internal static object NewRecord(Type type) => Activator.CreateInstance(type)!;

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The records' lists hold records, text or DayOfWeek, arrays of which the code also makes statically, so their code exists.")]
    private static Array NewArray(Type elementType, int length) => Array.CreateInstance(elementType, length);

    /// <summary>The keys of each record type, read once: every file, override and catalogue entry looks them up.</summary>
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Keys = new();

    /// <summary>A record's keys (the snake_case names of its init properties), in order, with their properties.</summary>
    internal static IReadOnlyDictionary<string, PropertyInfo> BindableProperties(Type type) => Keys.GetOrAdd(type, ReadKeys);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RecordsKept)]
    private static SortedDictionary<string, PropertyInfo> ReadKeys(Type type)
    {
        var properties = new SortedDictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true })
            {
                properties[SnakeCase.From(property.Name)] = property;
            }
        }

        return properties;
    }

    internal static bool IsList(Type type, out Type elementType)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            elementType = type.GetGenericArguments()[0];
            return true;
        }

        elementType = typeof(object);
        return false;
    }

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsList(type, out var element))
        {
            return $"a list of {Describe(element)}";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(SnakeCase.From));
        }

        return type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(ulong) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date (YYYY-MM-DD)",
            _ => $"a mapping with keys {string.Join(", ", BindableProperties(type).Keys)}",
        };
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

}
