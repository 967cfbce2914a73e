using System.Globalization;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>What a user is told when a value in the file does not fit its key: where it is, what the key takes, what was found.</summary>
public sealed class YamlBinderTests
{
    [Theory]
    [InlineData("name: ‸~")]
    [InlineData("name: ‸null")]
    [InlineData("name:‸")]
    [InlineData("name:‸ ")]
    public void A_value_left_empty_is_refused_once_saying_what_the_key_takes(string empty) =>
        MarkedScenario.Baseline("name: baseline", empty)
            .IsRefusedWith("name", "expected text, found nothing");

    [Fact]
    public void A_key_left_out_at_the_top_is_refused_where_the_scenario_starts() =>
        MarkedScenario.Baseline("name: baseline\ndescription:", "‸description:")
            .IsRefusedWith("name", "missing required key 'name' (text)");

    [Fact]
    public void An_unknown_key_inside_a_mapping_is_refused_listing_the_keys_of_that_mapping() =>
        MarkedScenario.Baseline("  smuggler_money_share: 0.30", "  smuggler_money_share: 0.30\n  ‸smugler_share: 0.3")
            .IsRefusedWith("population.smugler_share", "unknown key 'smugler_share'. The keys in population: base_departures_persons_per_day, group_sizes, nationalities, patience_days, pool_persons, smuggler_money_share, vulnerable_share_families, vulnerable_share_singles");

    [Theory]
    [InlineData("1900-01-01", "1900-01-30")]
    [InlineData("2199-12-01", "2199-12-31")]
    public void The_first_and_last_days_allowed_are_read(string start, string end)
    {
        var window = new SimulationWindow { Start = DateOnly.Parse(start, CultureInfo.InvariantCulture), End = DateOnly.Parse(end, CultureInfo.InvariantCulture) };
        Assert.Equal(window, ScenarioLoader.Parse(ScenarioJson.Serialize(TestScenarios.Small() with { Window = window }), "small.json").Window);
    }

    [Fact]
    public void A_list_left_empty_is_refused_once_saying_what_its_items_take() =>
        MarkedScenario.Baseline("\n    - { from_hour: 0, to_hour: 6, persons_per_hour: 100 }\n    - { from_hour: 6, to_hour: 24, persons_per_hour: 600 }", "")
            .Edit("  capacity_schedule:", "  capacity_schedule: ‸~")
            .IsRefusedWith("border.capacity_schedule", "expected a list of a mapping with keys from_hour, persons_per_hour, to_hour, found nothing");

    [Theory]
    [InlineData("tick: 1h ", "tick: ‸[1h] ", "tick", "expected text, found a list")]
    [InlineData("seed: 20251128 ", "seed: ‸{ a: 1 } ", "seed", "expected a whole number, found a mapping")]
    [InlineData("  default_entry_rule: open ", "  default_vulnerable_exempt: ‸yes\n  default_entry_rule: open ", "border.default_vulnerable_exempt", "expected true or false, found 'yes'")]
    [InlineData("\nevents:\n", "\nevents: ‸none\nevents_as_written:\n", "events", "expected a list of a mapping with keys date, label, found 'none'")]
    [InlineData("\nwindow:\n", "\nwindow: ‸2025-11-08\nwindow_as_written:\n", "window", "expected a mapping (a mapping with keys end, start), found '2025-11-08'")]
    [InlineData("give_up_rate_per_day: 1.0 ", "give_up_rate_per_day: ‸lots ", "behaviour.give_up_rate_per_day", "expected a number, found 'lots'")]
    [InlineData("  start: 2025-11-08", "  start: ‸soon", "window.start", "expected a date (YYYY-MM-DD), found 'soon'")]
    [InlineData("pool_persons: 336000", "pool_persons: ‸true", "population.pool_persons", "expected a whole number, found 'true'")]
    [InlineData("default_entry_rule: open ", "default_entry_rule: ‸false ", "border.default_entry_rule", "expected one of open, documented_only, closed, found 'false'")]
    public void A_value_of_the_wrong_kind_is_refused_naming_what_the_key_takes_and_what_was_found(string find, string replace, string path, string message)
    {
        var text = MarkedScenario.Baseline(find, replace);
        Assert.Contains(text.At(path, message), text.Problems());
    }

    [Theory]
    [InlineData("  end: 2026-03-31", "  end: ‸", "2200-01-01", "window.end")]
    [InlineData("  start: 2025-11-08", "  start: ‸", "1899-12-31", "window.start")]
    public void A_date_outside_1900_to_2199_is_refused_with_the_dates_allowed(string find, string key, string date, string path) =>
        MarkedScenario.Baseline(find, key + date)
            .IsRefusedWith(path, $"expected a date from 1900-01-01 to 2199-12-31, found '{date}'");

    [Fact]
    public void Tabs_and_line_breaks_are_allowed_in_text()
    {
        var text = MarkedScenario.Baseline("  - label: Joint patrols", "  - label: \"Joint\\tpatrols\\r\\nand\\nmore\"");
        Assert.Equal("Joint\tpatrols\r\nand\nmore", ScenarioLoader.Parse(text.Text, MarkedScenario.File).Policies[3].Label);
    }

    [Fact]
    public void A_control_character_in_text_is_refused_once_naming_the_first() =>
        MarkedScenario.Baseline("\"Run-off\"", "‸\"Run\\e-\\aoff\"")
            .IsRefusedWith("events[2].label", "control character U+001B is not allowed in text (only tabs and line breaks)");

    [Fact]
    public void A_key_that_is_not_text_is_refused_as_an_unknown_key_listing_the_keys_at_the_top() =>
        MarkedScenario.Baseline().Append("? ‸[a, b]\n: 1\n")
            .IsRefusedWith("", "unknown key ''. The keys at the top of a scenario: behaviour, border, description, events, name, observations, policies, population, seed, tick, travel, uncertainty, window");

    /// <summary>The YAML reader refuses a key written twice alike; a tag makes the two differ to it, not to the scenario.</summary>
    [Fact]
    public void A_key_given_twice_is_refused_at_its_second_place_and_its_second_value_is_not_read() =>
        MarkedScenario.Baseline().Append("‸!!str seed: many\n")
            .IsRefusedWith("seed", "key 'seed' is given twice");
}
