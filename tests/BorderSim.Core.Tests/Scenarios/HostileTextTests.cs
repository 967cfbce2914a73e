using System.Text;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>The core's defences against hostile scenario text: decoding, escaping, names, nesting, bounds.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public void Utf8_with_a_bom_decodes_to_the_same_text_as_without()
    {
        var text = "name: baseline\n# Chacalluta–Santa Rosa\n";
        var plain = Encoding.UTF8.GetBytes(text);
        Assert.Equal(text, Utf8Text.Decode(plain, "f.yaml", 1000));
        Assert.Equal(text, Utf8Text.Decode([0xEF, 0xBB, 0xBF, .. plain], "f.yaml", 1000));
    }

    [Fact]
    public void The_first_byte_that_is_not_utf8_is_located()
    {
        var e = Assert.Throws<ScenarioException>(() => Utf8Text.Decode([.. "a: 1\nbé: "u8, 0xE9, .. "\n"u8], "f.yaml", 1000));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((2, 5), (d.Line, d.Column));
        Assert.Contains("byte 0xE9", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_bytes_than_the_bound_are_refused_before_decoding()
    {
        var e = Assert.Throws<ScenarioException>(() => Utf8Text.Decode(new byte[2 << 20], "f.yaml", 1 << 20));
        Assert.Contains("larger than 1 MiB", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("x\u001b[31m", "x\\u001b[31m")]
    [InlineData("a\nb\tc\0", "a\\u000ab\\u0009c\\u0000")]
    [InlineData("\u202egnp.exe", "\\u202egnp.exe")]
    [InlineData("\u009b1m", "\\u009b1m")]
    public void Control_characters_and_bidi_overrides_are_escaped(string text, string printed) =>
        Assert.Equal(printed, Printable.Escape(text));

    [Theory]
    [InlineData("baseline", true)]
    [InlineData("closure-through-march", true)]
    [InlineData("2026", true)]
    [InlineData("", false)]
    [InlineData("..", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("Baseline", false)]
    [InlineData("-x", false)]
    [InlineData("x\n", false)]
    [InlineData("ｂaseline", false)]
    public void A_name_is_lowercase_letters_digits_and_hyphens(string name, bool valid) =>
        Assert.Equal(valid, ScenarioName.IsValid(name));

    [Fact]
    public void A_name_is_at_most_64_characters()
    {
        Assert.True(ScenarioName.IsValid(new string('a', 64)));
        Assert.Contains("(65 characters)", ScenarioName.Problem(new string('a', 65)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_name_is_quoted_to_its_first_80_characters_and_an_ellipsis() =>
        Assert.Equal(
            $"expected {ScenarioName.Rule} (it names the results folder), found '{new string('a', 80)}…' (300 characters)",
            ScenarioName.Problem(new string('a', 300)));

    [Fact]
    public void Nesting_deeper_than_the_bound_is_refused_without_building_the_tree()
    {
        var text = "name: x\nwindow: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "deep.yaml"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(2, d.Line);
        Assert.Contains("nested more than 32 levels deep", d.Message, StringComparison.Ordinal);
    }

    private const string TopIsAList = "expected a scenario mapping (keys such as name, window, population) at the top of the file";

    /// <summary>A list of <paramref name="items"/> values is that many values and one more (the list).</summary>
    [Theory]
    [InlineData(9_999, 1, 1, TopIsAList)]
    [InlineData(10_000, 10_000, 3, "more than 10,000 values (keys, values, mappings and lists): this is not a scenario (the shipped ones have under 600)")]
    public void A_file_of_10000_values_is_read_and_the_next_value_is_refused_where_it_stands(int items, int line, int column, string message) =>
        IsRefusedWith(string.Concat(Enumerable.Repeat("- 1\n", items)), line, column, message);

    [Theory]
    [InlineData(32, 1, 1, TopIsAList)]
    [InlineData(33, 1, 33, "mappings and lists nested more than 32 levels deep: this is not a scenario (it needs 5)")]
    public void Lists_nested_32_deep_are_read_and_the_next_level_is_refused_where_it_opens(int levels, int line, int column, string message) =>
        IsRefusedWith(new string('[', levels) + new string(']', levels) + "\n", line, column, message);

    private static void IsRefusedWith(string text, int line, int column, string message) =>
        Assert.Equal(new ScenarioDiagnostic(MarkedScenario.File, line, column, "", message), Assert.Single(MarkedScenario.Of(text).Problems()));

    [Fact]
    public void A_value_out_of_its_range_is_reported_and_never_computed_with()
    {
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml")).Replace("duration_days: 60 ", "duration_days: 2147483647 ", StringComparison.Ordinal)
            .Replace("to_hour: 24,", "to_hour: 99,", StringComparison.Ordinal);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "baseline.yaml"));
        Assert.Contains(e.Diagnostics, d => d.Path == "policies[2].duration_days" && d.Message.Contains("expected a number from 1 to 100,000", StringComparison.Ordinal));
        Assert.Contains(e.Diagnostics, d => d.Path == "border.capacity_schedule[1].to_hour");
    }

    [Fact]
    public void Overlapping_policies_are_compared_pairwise_only_within_the_bound()
    {
        var policies = string.Concat(Enumerable.Range(0, 500).Select(i =>
            $"  - {{ label: P{i}, start: 2025-12-01, effects: {{ entry_rule: {{ rule: {(i % 2 == 0 ? "closed" : "open")} }} }} }}\n"));
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml")).Replace("\nevents:\n", "\n" + policies + "\nevents:\n", StringComparison.Ordinal);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "many.yaml"));
        var shipped = TestScenarios.Baseline().Policies.Count;
        Assert.Contains(e.Diagnostics, d => d.Path == "policies" && d.Message == $"at most 64 policies, found {shipped + 500}");
        Assert.DoesNotContain(e.Diagnostics, d => d.Message.Contains("contradicts", StringComparison.Ordinal)); // over 100,000 pairs not tried
    }

    [Fact]
    public void More_nodes_than_the_bound_are_refused_before_the_tree_is_built()
    {
        var events = string.Concat(Enumerable.Range(0, 4_000).Select(i => $"  - {{ date: 2025-12-01, label: E{i} }}\n"));
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml")) + events;
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "many.yaml"));
        Assert.Contains("more than 10,000 values", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }
}
