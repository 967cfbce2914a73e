using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>
/// The scenario file with --set changes made part of it (what bordersim explore downloads): it binds to exactly the
/// scenario the changes give, and keeps the file's comments and layout where the edit can be made in place.
/// </summary>
public sealed class ScenarioRewriterTests
{
    private static readonly string BaselineText = TestScenarios.Text("baseline.yaml");

    private static readonly ScenarioOverride[] Changes =
    [
        new("behaviour.give_up_rate_per_day", "0.25"),
        new("policies[2].enabled", "false"),
        new("policies[2].effects.sheltering.places_per_day", "100"),
        new("seed", "7"),
    ];

    [Theory]
    [MemberData(nameof(TestScenarios.Shipped), MemberType = typeof(TestScenarios))]
    public void The_rewritten_file_binds_to_the_scenario_of_the_file_with_the_changes(string file)
    {
        var text = File.ReadAllText(RepoPaths.Scenario(file));
        var rewritten = ScenarioRewriter.Apply(text, file, Changes);
        Assert.Equal(
            ScenarioJson.Serialize(ScenarioLoader.Parse(text, file, Changes)),
            ScenarioJson.Serialize(ScenarioLoader.Parse(rewritten, file)));
    }

    [Fact]
    public void A_changed_value_is_replaced_where_it_stands_and_its_comment_kept()
    {
        var rewritten = ScenarioRewriter.Apply(BaselineText, "baseline.yaml", [new("behaviour.give_up_rate_per_day", "0.25")]);
        var before = BaselineText.Split('\n');
        var after = rewritten.Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        var line = Assert.Single(changed);
        Assert.StartsWith("  give_up_rate_per_day: 0.25 ", after[line], StringComparison.Ordinal);
        Assert.Contains("# assumption (0.1–1.5), calibrated", after[line], StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_the_file_leaves_out_is_inserted_beside_its_siblings()
    {
        var rewritten = ScenarioRewriter.Apply(BaselineText, "baseline.yaml", [new("policies[2].enabled", "false")]);
        Assert.Contains("  - enabled: false\n    label: Tacna state of emergency", rewritten, StringComparison.Ordinal);
        Assert.StartsWith(BaselineText[..200], rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_change_is_made_where_it_stands_and_the_rest_of_the_file_kept_byte_for_byte()
    {
        ScenarioOverride[] changes = [new("seed", "7"), new("behaviour.give_up_rate_per_day", "0.25"), new("policies[2].effects.sheltering.places_per_day", "100")];
        var expected = Replaced(BaselineText, "seed: 20251128 ", "seed: 7 ");
        expected = Replaced(expected, "  give_up_rate_per_day: 1.0 ", "  give_up_rate_per_day: 0.25 ");
        expected = Replaced(expected, "    effects:\n      entry_rule: { rule: documented_only }   # 002", "    effects:\n      sheltering: { places_per_day: 100 }\n      entry_rule: { rule: documented_only }   # 002");
        Assert.Equal(expected, ScenarioRewriter.Apply(BaselineText, "baseline.yaml", changes));
    }

    [Fact]
    public void A_value_on_the_last_line_of_a_file_without_a_final_line_break_is_replaced_in_place()
    {
        var seed = BaselineText.Split('\n').Single(l => l.StartsWith("seed: ", StringComparison.Ordinal)) + "\n";
        var text = Replaced(BaselineText, seed, "") + "seed: 20251128";
        Assert.Equal(text[..^"20251128".Length] + "7", ScenarioRewriter.Apply(text, "baseline.yaml", [new("seed", "7")]));
    }

    /// <summary>A plain null would read back as no label at all: the file written must still load, with the label given.</summary>
    [Fact]
    public void A_text_that_yaml_reads_as_nothing_is_written_so_that_it_reads_back_as_that_text()
    {
        var rewritten = ScenarioRewriter.Apply(BaselineText, "baseline.yaml", [new("policies[0].label", "null")]);
        Assert.Equal("null", ScenarioLoader.Parse(rewritten, "baseline.yaml").Policies[0].Label);
    }

    [Fact]
    public void A_missing_text_list_of_changes_or_value_is_refused_naming_it()
    {
        Assert.Throws<ArgumentNullException>("text", () => ScenarioRewriter.Apply(null!, "baseline.yaml", []));
        Assert.Throws<ArgumentNullException>("overrides", () => ScenarioRewriter.Apply(BaselineText, "baseline.yaml", null!));
        Assert.Throws<ArgumentNullException>("value", () => ScenarioRewriter.Scalar(null!));
    }

    private static string Replaced(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_changes_give_the_validators_messages() =>
        Assert.Contains(
            Assert.Throws<ScenarioException>(() => ScenarioRewriter.Apply(BaselineText, "baseline.yaml", [new("behaviour.give_up_rate_per_day", "-1")])).Diagnostics,
            d => d.Path == "behaviour.give_up_rate_per_day");

    [Theory]
    [InlineData("0.25", "0.25")]
    [InlineData("2026-02-01", "2026-02-01")]
    [InlineData("documented_only", "documented_only")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("#x", "\"#x\"")]
    [InlineData("", "\"\"")]
    [InlineData("C:\\data", "\"C:\\\\data\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("a\tb", "\"a\\tb\"")]
    [InlineData("a\r\nb", "\"a\\r\\nb\"")]
    public void Values_are_plain_where_plain_reads_back_the_same_else_double_quoted(string value, string written)
    {
        Assert.Equal(written, ScenarioRewriter.Scalar(value));
        var stream = new YamlStream();
        stream.Load(new StringReader("key: " + written));
        var read = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")];
        Assert.Equal(value, ((YamlScalarNode)read).Value);
    }

    [Fact]
    public void A_change_to_a_block_of_text_writes_the_resolved_scenario_whatever_changes_follow()
    {
        ScenarioOverride[] changes = [new("description", "What if Peru had stayed open?"), new("seed", "7")];
        var rewritten = ScenarioRewriter.Apply(BaselineText, "baseline.yaml", changes);
        Assert.StartsWith("{", rewritten, StringComparison.Ordinal);
        Assert.Equal(ScenarioJson.Serialize(ScenarioLoader.Parse(BaselineText, "baseline.yaml", changes)), rewritten);
    }
}
