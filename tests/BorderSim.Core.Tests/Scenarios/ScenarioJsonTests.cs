using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

public sealed class ScenarioJsonTests
{
    private static readonly Type[] Written = [typeof(Scenario), typeof(RunSummary), typeof(RunManifest), typeof(RunAllManifest), typeof(ExperimentManifest), typeof(EnsembleSummary)];

    private static IEnumerable<Type> Reachable(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            type = type.GetElementType()!;
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            type = element;
        }

        if (!seen.Add(type))
        {
            yield break;
        }

        yield return type;
        if (type.Namespace?.StartsWith("BorderSim", StringComparison.Ordinal) == true && type.IsClass)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var t in Reachable(property.PropertyType, seen))
                {
                    yield return t;
                }
            }
        }
    }

    [Fact]
    public void Every_record_written_has_compile_time_metadata_and_every_enum_in_it_a_snake_case_converter()
    {
        var seen = new HashSet<Type>();
        var enums = Written.SelectMany(t => Reachable(t, seen)).Where(t => t.IsEnum).ToArray();
        Assert.Contains(typeof(DayOfWeek), enums);
        foreach (var e in enums)
        {
            Assert.True(ScenarioJson.EnumConverters.Any(c => c.CanConvert(e)), $"{e.Name} would be written as a number: add a JsonStringEnumConverter<{e.Name}> to ScenarioJson.EnumConverters");
        }

        foreach (var t in Written)
        {
            Assert.NotNull(BorderSimJsonContext.Default.GetTypeInfo(t));
        }

        var json = ScenarioJson.Serialize(Support.TestScenarios.Baseline());
        Assert.Contains("\"rule\": \"documented_only\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_is_written_indented_by_two_spaces_with_unix_line_ends_and_one_final_newline()
    {
        var json = ScenarioJson.Serialize(Support.TestScenarios.Baseline());
        Assert.StartsWith("{\n  \"name\": \"baseline\",\n  \"description\": ", json, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal); // "–", "×" and quotes written as they are
    }

    [Fact]
    public void A_policys_enabled_is_written_only_for_a_policy_switched_off()
    {
        // A copy of the options resolves the records afresh, in this test: the shared options keep the first resolution.
        var options = new JsonSerializerOptions(ScenarioJson.Options);
        var scenario = Support.TestScenarios.Baseline();
        scenario.Policies[2].Enabled = false;
        var policies = JsonNode.Parse(JsonSerializer.Serialize(scenario, options))!["policies"]!.AsArray();
        string[] keys = ["label", "start", "end", "duration_days", "source", "effects"];
        Assert.Equal(keys, policies[0]!.AsObject().Select(p => p.Key));
        Assert.Equal([.. keys, "enabled"], policies[2]!.AsObject().Select(p => p.Key));
        Assert.False((bool)policies[2]!["enabled"]!);
        Assert.Equal(ScenarioJson.Serialize(scenario), JsonSerializer.Serialize(scenario, options) + "\n");
    }
}
