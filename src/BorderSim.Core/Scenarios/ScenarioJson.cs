using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BorderSim.Core.Policies;
using BorderSim.Core.Time;

namespace BorderSim.Core.Scenarios;

/// <summary>The JSON form of BorderSim's records (resolved scenarios, summaries, manifests) and the JSON Schema of the scenario format.</summary>
public static class ScenarioJson
{
    /// <summary>snake_case words for every enum in the records written (a test checks that none is missing).</summary>
    internal static readonly IReadOnlyList<JsonConverter> EnumConverters =
    [
        new JsonStringEnumConverter<EntryRuleKind>(JsonNamingPolicy.SnakeCaseLower),
        new JsonStringEnumConverter<DayOfWeek>(JsonNamingPolicy.SnakeCaseLower),
        new JsonStringEnumConverter<UncertainDistribution>(JsonNamingPolicy.SnakeCaseLower),
    ];

    /// <summary>snake_case keys and enum values, indented, invariant: the same bytes on every machine.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The JSON text of a record, ending in a newline. <typeparamref name="T"/> must be one of <see cref="BorderSimJsonContext"/>'s types.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>()) + "\n";

    /// <summary>A record read from JSON text. <typeparamref name="T"/> must be one of <see cref="BorderSimJsonContext"/>'s types.</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    /// <summary>The compile-time metadata of <typeparamref name="T"/> under <see cref="Options"/>: no reflection, no code made at run time.</summary>
    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>The JSON Schema (draft 2020-12) of a scenario file.</summary>
    public static string Schema()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(Scenario), exporter);
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = "https://bordersim.example/scenario.schema.json",
                ["title"] = "BorderSim scenario",
                ["description"] = "A BorderSim scenario file (YAML or JSON). Rates are per day, capacities per hour or per day, counts in persons.",
            };
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }

            schema = ordered;
        }

        return schema.ToJsonString(Options) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (node["properties"] is not null)
        {
            node["additionalProperties"] = false;
        }

        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(DateOnly))
        {
            node["format"] = "date";
            node["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
            node["$comment"] = "A day as YYYY-MM-DD text. YAML loaders that turn such values into dates must keep them as text to check a file against this schema (PyYAML: json.loads(json.dumps(yaml.safe_load(f), default=str)); js-yaml: yaml.load(text, { schema: yaml.CORE_SCHEMA })).";
        }

        if (type == typeof(PolicyEntry))
        {
            // What 'validate' also checks and JSON Schema can say; an end before the start cannot be said (no comparison of two values).
            node["not"] = new JsonObject { ["required"] = new JsonArray("end", "duration_days") };
            node["description"] = "A dated policy, in force from start through end (or for duration_days; give one or neither, not both: neither means to the end of the window). The end must not be before the start (checked by bordersim validate).";
        }

        if (context.PropertyInfo?.AttributeProvider is { } attributes)
        {
            foreach (var attribute in attributes.GetCustomAttributes(true))
            {
                if (attribute is DescriptionAttribute d)
                {
                    node["description"] = d.Description;
                }
            }
        }

        if (KeyPath(context.Path) is { } path)
        {
            if (ParameterCatalog.Find(path) is { } parameter)
            {
                Catalogued(node, parameter);
            }

            foreach (var (key, value) in Sizes.GetValueOrDefault(path, []))
            {
                node[key] = value;
            }

            if (path is "uncertainty[].range[]" or "uncertainty[].mode")
            {
                // A number, or a date for a date key: YAML and JSON write the two differently.
                node["type"] = path.EndsWith("[]", StringComparison.Ordinal) ? new JsonArray("number", "string") : new JsonArray("number", "string", "null");
            }
        }

        return node;
    }

    /// <summary>The sizes 'validate' requires of lists and mappings, by key path.</summary>
    private static readonly Dictionary<string, (string Key, int Value)[]> Sizes = new(StringComparer.Ordinal)
    {
        ["population.group_sizes"] = [("minItems", 1)],
        ["population.nationalities"] = [("minItems", 1), ("maxItems", 64)],
        ["policies[].effects"] = [("minProperties", 1)],
        ["policies[].effects.repatriation.nationalities"] = [("minItems", 1)],
        ["uncertainty"] = [("maxItems", UncertainInputs.MaxEntries)],
        ["uncertainty[].range"] = [("minItems", 2), ("maxItems", 2)],
    };

    /// <summary>A parameter's meaning, unit, plausible range and hard limits, from the one catalogue.</summary>
    private static void Catalogued(JsonObject node, Parameter parameter)
    {
        var unit = parameter.Unit is "–" or "text" or "date" or "choice" or "boolean" ? "" : $" ({parameter.Unit})";
        var plausible = parameter.PlausibleText == "–" ? "" : $" Plausible: {parameter.PlausibleText}.";
        node["description"] = $"{parameter.Meaning}{unit}.{plausible} Source: {parameter.Source}.";
        if (parameter.Limits is { } limits)
        {
            node["minimum"] = JsonValue.Create(limits.Low);
            node["maximum"] = JsonValue.Create(limits.High);
        }

        if (parameter.Path == "tick")
        {
            // The loader reads 6h, 6H, 1d or a bare number of hours; anything else (5h) is an error.
            node.Remove("type");
            node["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = "^\\s*0*(1|2|3|4|6|8|12|24)[hH]?\\s*$|^\\s*0*1[dD]\\s*$" },
                new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(TickLength.AllowedHours.Select(h => (JsonNode?)JsonValue.Create(h)).ToArray()) });
        }
    }

    /// <summary>The scenario key path of a schema node, from the schema's own path (properties/x/items/...): x[].</summary>
    private static string? KeyPath(ReadOnlySpan<string> schemaPath)
    {
        var path = "";
        for (var i = 0; i < schemaPath.Length; i++)
        {
            if (schemaPath[i] == "properties" && i + 1 < schemaPath.Length)
            {
                path = path.Length == 0 ? schemaPath[++i] : $"{path}.{schemaPath[++i]}";
            }
            else if (schemaPath[i] == "items")
            {
                path += "[]";
            }
        }

        return path.Length == 0 ? null : path;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            TypeInfoResolver = BorderSimJsonContext.Default,
        };
        foreach (var converter in EnumConverters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
