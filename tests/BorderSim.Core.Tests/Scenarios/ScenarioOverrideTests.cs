using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>--set KEY=VALUE: what it may change or add, and what it says when the key path leads nowhere.</summary>
public sealed class ScenarioOverrideTests
{
    private static readonly string BaselineText = TestScenarios.Text("baseline.yaml");

    /// <summary>The baseline with its events list written as <paramref name="events"/>.</summary>
    private static string WithEvents(string events)
    {
        var start = BaselineText.IndexOf("\nevents:\n", StringComparison.Ordinal);
        var end = BaselineText.IndexOf("\n\n", start, StringComparison.Ordinal);
        return string.Concat(BaselineText.AsSpan(0, start), "\nevents: " + events, BaselineText.AsSpan(end));
    }

    /// <summary>The one problem of setting <paramref name="path"/> to 1 in <paramref name="text"/> (the baseline if null).</summary>
    private static ScenarioDiagnostic Refused(string path, string? text = null)
    {
        var o = new ScenarioOverride(path, "1");
        var d = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text ?? BaselineText, "b.yaml", [o])).Diagnostics);
        Assert.Equal(("", o.ToString()), (d.Path, d.Override));
        return d;
    }

    [Fact]
    public void A_set_may_add_an_effect_the_file_leaves_out()
    {
        var s = ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride("policies[2].effects.sheltering.places_per_day", "100")]);
        Assert.Equal(100, s.Policies[2].Effects.Sheltering!.PlacesPerDay);
    }

    [Theory]
    [InlineData("populaton.pool_persons", "populaton: no such key in the scenario format. Did you mean 'population'? The keys at the top of a scenario: behaviour, border,")]
    [InlineData("policies[7].end", "policies[7]: no such list item: policies has 6 entries, policies[0] to policies[5]")]
    [InlineData("population.nationalities[0].name.first", "cannot set a key inside population.nationalities[0].name, which is a single value")]
    [InlineData("seed[0]", "seed[0]: seed is not a list")]
    public void A_set_that_leads_nowhere_says_what_is_there(string path, string message) =>
        Assert.Contains(message, Refused(path).Message, StringComparison.Ordinal);

    [Fact]
    public void A_misspelt_key_inside_a_section_names_the_keys_of_that_section()
    {
        var message = Refused("population.pool_person").Message;
        Assert.StartsWith("population.pool_person: no such key in the scenario format. Did you mean 'pool_persons'? The keys in population: ", message, StringComparison.Ordinal);
        Assert.Contains(", smuggler_money_share,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_inside_a_list_asks_for_an_index() =>
        Assert.Equal("policies.label: cannot set a key inside policies, which is a list (give an index: [0])", Refused("policies.label").Message);

    [Fact]
    public void A_key_inside_a_value_is_refused_for_what_the_format_has_there_whatever_shape_the_file_gives_it()
    {
        Assert.Equal("seed.a: cannot set a key inside seed, which is a single value", Refused("seed.a", BaselineText.Replace("seed: 20251128", "seed: { a: 1 }", StringComparison.Ordinal)).Message);
        Assert.Equal("events.label: cannot set a key inside events, which is a list (give an index: [0])", Refused("events.label", WithEvents("~")).Message);
    }

    [Theory]
    [InlineData("population.group_sizes")]
    [InlineData("policies[3].effects.corridor.nationalities")]
    public void A_list_cannot_be_set_whole_whether_or_not_the_file_has_it_and_the_message_shows_how_to_set_an_entry(string path) =>
        Assert.Equal($"{path}: only single values can be set, and this is a list; set its entries, e.g. {path}[0]=VALUE", Refused(path).Message);

    [Theory]
    [InlineData("")]
    [InlineData(" ~")]
    [InlineData(" null")]
    public void A_set_may_add_an_effect_to_a_policy_whose_effects_are_left_empty(string empty)
    {
        var text = BaselineText.Replace("    effects:\n      militarization: { detection_multiplier: 1.3, deterrence: 0.1 }", "    effects:" + empty, StringComparison.Ordinal);
        Assert.NotEqual(BaselineText, text);
        var s = ScenarioLoader.Parse(text, "b.yaml", [new ScenarioOverride("policies[3].effects.sheltering.places_per_day", "100")]);
        Assert.Equal(100, s.Policies[3].Effects.Sheltering!.PlacesPerDay);
    }

    [Fact]
    public void An_override_is_read_as_its_key_path_in_the_binders_form_and_its_value_both_trimmed()
    {
        Assert.True(ScenarioOverride.TryParse(" policies.2.duration_days = 90 ", out var parsed, out var error));
        Assert.Equal((new ScenarioOverride("policies[2].duration_days", "90"), ""), (parsed, error));
    }

    [Fact]
    public void A_section_or_a_list_entry_cannot_be_set_whole_and_the_message_shows_how_to_set_one_of_its_keys()
    {
        Assert.Equal(
            "policies[2].effects: only single values can be set, and this is a mapping; set its entries, e.g. policies[2].effects.KEY=VALUE",
            Refused("policies[2].effects").Message);
        Assert.Equal(
            "population.nationalities[0]: only single values can be set, and this is a mapping; set one of its keys, e.g. population.nationalities[0].KEY=VALUE",
            Refused("population.nationalities[0]").Message);
    }

    [Fact]
    public void A_list_the_scenario_leaves_out_must_be_added_to_the_file_first() =>
        Assert.Equal(
            "policies[2].effects.corridor.nationalities: no such key in the scenario, which has no nationalities: add it to the file first",
            Refused("policies[2].effects.corridor.nationalities[0]").Message);

    [Fact]
    public void An_entry_past_the_end_of_a_list_says_how_many_entries_it_has()
    {
        Assert.Equal("events[0]: no such list item: events is empty in the scenario", Refused("events[0].label", WithEvents("[]")).Message);
        Assert.Equal(
            "events[1]: no such list item: events has 1 entry, events[0] to events[0]",
            Refused("events[1].label", WithEvents("[{ date: 2025-11-20, label: Ultimatum }]")).Message);
    }

    [Theory]
    [InlineData("=5")]
    [InlineData(" =5")]
    [InlineData(".=5")]
    [InlineData("[]=5")]
    public void An_override_without_a_key_before_its_equals_sign_is_refused_with_an_example(string text)
    {
        Assert.False(ScenarioOverride.TryParse(text, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Equal($"'{text}' is not an override: expected key.path=value, for example population.pool_persons=300000", error);
    }

    [Fact]
    public void An_override_built_with_an_empty_key_path_is_refused_when_applied()
    {
        var d = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride("", "5")])).Diagnostics);
        Assert.Equal("empty key path", d.Message);
    }
}
