using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>
/// The JSON Schema checked with a JSON Schema validator (JsonSchema.Net) against what 'bordersim validate' accepts: every
/// shipped scenario passes both, and each broken file that the schema can describe fails both.
/// </summary>
public sealed partial class ScenarioSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ScenarioJson.Schema());

    private static readonly string BaselineText = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));

    /// <summary>
    /// A YAML file as a YAML 1.2 loader with the core schema reads it (dates stay text, as the schema says to load them:
    /// PyYAML's safe_load followed by json.dumps(default=str) gives the same).
    /// </summary>
    private static JsonElement Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode), JsonNodeContext.Default.JsonNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } p => Plain(p.Value ?? ""),
        YamlScalarNode q => JsonValue.Create(q.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    private static EvaluationResults Check(string yaml) => Check(Load(yaml));

    private static EvaluationResults Check(JsonElement scenario) =>
        Schema.Evaluate(scenario, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Edit(string find, string replace)
    {
        Assert.Contains(find, BaselineText);
        return BaselineText.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_scenario_passes_the_schema()
    {
        var files = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml");
        Assert.True(files.Length >= 8);
        foreach (var file in files)
        {
            var result = Check(File.ReadAllText(file));
            Assert.True(result.IsValid, $"{Path.GetFileName(file)}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
        }
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        { "tick 5h", "tick: 1h ", "tick: 5h " },
        { "tick 0", "tick: 1h ", "tick: 0 " },
        { "both end and duration_days", "    duration_days: 60 ", "    end: 2026-01-26\n    duration_days: 60 " },
        { "a date that is not one", "start: 2025-11-08 ", "start: 8 November 2025 " },
        { "a day that does not exist", "start: 2025-11-08 ", "start: 2025-11-31 " },
        { "unknown key", "  give_up_rate_per_day: 1.0 ", "  give_up_rate: 1.0 " },
        { "negative rate", "  give_up_rate_per_day: 1.0 ", "  give_up_rate_per_day: -1.0 " },
        { "seed of 2^53", "seed: 20251128 ", "seed: 9007199254740992 " },
        { "whole number expected", "  pool_persons: 336000 ", "  pool_persons: 336000.5 " },
        { "text for a number", "  pool_persons: 336000 ", "  pool_persons: lots " },
        { "no group sizes", "  group_sizes: ", "  group_sizes: []\n  old_group_sizes: " },
        { "an uncertain range of three values", "    range: [1, 3]\n", "    range: [1, 2, 3]\n" },
        { "an unknown distribution", "    distribution: triangular\n", "    distribution: beta\n" },
        { "a policy with no effect", "\nevents:", "\n  - label: Nothing\n    start: 2025-12-01\n    effects: {}\nevents:" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_scenario_fails_the_schema_and_validate_alike(string what, string find, string replace)
    {
        var text = Edit(find, replace);
        Assert.False(Check(text).IsValid, $"{what}: the schema accepts it");
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "broken.yaml"));
    }

    public static TheoryData<string, int> BadLengths() => new()
    {
        { "population.nationalities", 0 },
        { "population.nationalities", 65 },
        { "uncertainty", 65 },
        { "uncertainty.2.range", 1 },
    };

    [Theory]
    [MemberData(nameof(BadLengths))]
    public void A_list_shorter_or_longer_than_validate_allows_fails_the_schema_too(string path, int count)
    {
        // The baseline with the list at path made of count distinct copies of its first item.
        var root = JsonNode.Parse(Load(BaselineText).GetRawText())!;
        var list = path.Split('.').Aggregate(root, (node, key) => int.TryParse(key, CultureInfo.InvariantCulture, out var i) ? node[i]! : node[key]!).AsArray();
        var first = list[0]!.DeepClone();
        list.Clear();
        for (var i = 0; i < count; i++)
        {
            var copy = first.DeepClone();
            if (copy is JsonObject item)
            {
                item[path == "uncertainty" ? "note" : "name"] = $"item {i}";
            }

            list.Add(copy);
        }

        Assert.False(Check(JsonSerializer.SerializeToElement(root, JsonNodeContext.Default.JsonNode)).IsValid, $"{path} of {count}: the schema accepts it");
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(root.ToJsonString(), "broken.json"));
    }

    [Theory]
    [InlineData("tick: 6 ")]
    [InlineData("tick: 24h ")]
    [InlineData("tick: 1d ")]
    public void Every_tick_the_loader_reads_passes_the_schema(string tick)
    {
        var text = Edit("tick: 1h ", tick);
        Assert.True(Check(text).IsValid, tick);
        ScenarioLoader.Parse(text, "ok.yaml");
    }

    [Fact]
    public void The_schema_carries_the_catalogues_meaning_limits_and_plausible_range()
    {
        var schema = JsonNode.Parse(ScenarioJson.Schema())!;
        var giveUp = schema["properties"]!["behaviour"]!["properties"]!["give_up_rate_per_day"]!;
        var p = ParameterCatalog.Find("behaviour.give_up_rate_per_day")!;
        Assert.Equal(p.Limits!.High, (double)giveUp["maximum"]!);
        Assert.Contains(p.Meaning, (string)giveUp["description"]!);
        Assert.Contains(p.PlausibleText, (string)giveUp["description"]!);
        Assert.Contains("yaml.safe_load", (string)schema["properties"]!["window"]!["properties"]!["start"]!["$comment"]!);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonNode))]
internal sealed partial class JsonNodeContext : System.Text.Json.Serialization.JsonSerializerContext;
