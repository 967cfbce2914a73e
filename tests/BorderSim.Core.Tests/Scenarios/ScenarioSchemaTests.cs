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
    /// <summary>
    /// The schema as 'bordersim schema' prints it, built in each test: a schema built once for the class would be the one
    /// of whichever build first ran it (a mutation test run keeps its test host from one mutant to the next). Each in its
    /// own registry, which holds one schema per $id.
    /// </summary>
    private static JsonSchema Schema() => JsonSchema.FromText(ScenarioJson.Schema(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

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

    private static EvaluationResults Check(JsonElement scenario, bool formats = true) =>
        Schema().Evaluate(scenario, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = formats });

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
        { "tick of 5 hours as a number", "tick: 1h ", "tick: 5 " },
        { "tick of two days", "tick: 1h ", "tick: 2d " },
        { "both end and duration_days", "    duration_days: 60 ", "    end: 2026-01-26\n    duration_days: 60 " },
        { "a date that is not one", "start: 2025-11-08 ", "start: 8 November 2025 " },
        { "a day that does not exist", "start: 2025-11-08 ", "start: 2025-11-31 " },
        { "a policy's end that is not a date", "    end: 2026-03-11                 # inferred", "    end: 11 March 2026              # inferred" },
        { "an uncertain range with no upper end", "    range: [1, 3]\n", "    range: [1, ~]\n" },
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
    [InlineData("tick: 1h ", "tick: 6 ")]
    [InlineData("tick: 1h ", "tick: 3h ")]
    [InlineData("tick: 1h ", "tick: 24h ")]
    [InlineData("tick: 1h ", "tick: 1d ")]
    [InlineData("    range: [1.2, 4]\n", "    range: [1.2, 4]\n    distribution: triangular\n    mode: 2\n")]
    [InlineData("    range: [1.2, 4]\n", "    range: [1.2, 4]\n    mode: ~\n")]
    [InlineData("    range: [2026-01-12, 2026-03-11]\n", "    range: [2026-01-12, 2026-03-11]\n    distribution: triangular\n    mode: 2026-01-26\n")]
    public void Every_value_the_loader_reads_passes_the_schema(string find, string replace)
    {
        var text = Edit(find, replace);
        Assert.True(Check(text).IsValid, replace);
        ScenarioLoader.Parse(text, "ok.yaml");
    }

    [Fact]
    public void A_date_that_is_not_one_fails_even_a_validator_that_checks_no_formats()
    {
        // JSON Schema 2020-12 makes "format" an annotation by default; the pattern is what most editors check.
        Assert.False(Check(Load(Edit("start: 2025-11-08 ", "start: 8 November 2025 ")), formats: false).IsValid);
        Assert.False(Check(Load(Edit("    end: 2026-03-11                 # inferred", "    end: 11-03-2026                 # inferred")), formats: false).IsValid);
        Assert.True(Check(Load(BaselineText), formats: false).IsValid);
    }

    [Fact]
    public void The_schema_bordersim_schema_prints_is_the_one_committed_beside_this_test() =>
        GoldenText.Verify("Scenarios/scenario.schema.json", ScenarioJson.Schema());

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
