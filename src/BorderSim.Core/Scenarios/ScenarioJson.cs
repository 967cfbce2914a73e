using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;

namespace BorderSim.Core.Scenarios;

/// <summary>The JSON form of BorderSim's records (resolved scenarios, summaries, manifests) and the JSON Schema of the scenario format.</summary>
public static class ScenarioJson
{
    /// <summary>snake_case keys and enum values, indented, invariant: the same bytes on every machine.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

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

        if (context.TypeInfo.Type == typeof(DateOnly) || context.TypeInfo.Type == typeof(DateOnly?))
        {
            node["format"] = "date";
        }

        if (context.PropertyInfo?.AttributeProvider is { } attributes)
        {
            foreach (var attribute in attributes.GetCustomAttributes(true))
            {
                switch (attribute)
                {
                    case DescriptionAttribute d:
                        node["description"] = d.Description;
                        break;
                    case RangeAttribute r:
                        node["minimum"] = JsonValue.Create(Convert.ToDouble(r.Minimum, System.Globalization.CultureInfo.InvariantCulture));
                        node["maximum"] = JsonValue.Create(Convert.ToDouble(r.Maximum, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        return node;
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
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
