using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>The checks across values a user is told about, each at the key to change: names, the window, lists and their bounds, the capacity schedule, policies.</summary>
public sealed class ScenarioValidatorTests
{
    private const string FirstBlock = "    - { from_hour: 0, to_hour: 6, persons_per_hour: 100 }";

    private const string SecondBlock = "    - { from_hour: 6, to_hour: 24, persons_per_hour: 600 }";

    [Fact]
    public void A_name_that_cannot_name_a_results_folder_is_refused_at_the_name() =>
        MarkedScenario.Baseline("name: baseline", "name: ‸Baseline")
            .IsRefusedWith("name", "expected lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters (it names the results folder), found 'Baseline'");

    [Fact]
    public void A_window_longer_than_five_years_is_refused_at_its_end_with_its_length_in_days() =>
        MarkedScenario.Baseline("  end: 2026-03-31", "  end: ‸2031-01-01")
            .IsRefusedWith("window.end", "the window lasts 1,881 days; at most 1,827 (five years), so a run takes seconds, not hours");

    [Fact]
    public void Nationalities_that_all_have_a_share_of_zero_are_refused() =>
        MarkedScenario.Baseline("    - { name: Venezuela, share: 0.80,", "    ‸- { name: Venezuela, share: 0,")
            .Edit("share: 0.08,", "share: 0,")
            .Edit("share: 0.06,", "share: 0,")
            .IsRefusedWith("population.nationalities", "give at least one nationality with a share above zero");

    [Fact]
    public void A_nationality_listed_twice_whatever_its_case_is_refused_naming_its_second_entry() =>
        MarkedScenario.Baseline("    - { name: Haiti,", "    - { name: ‸venezuela,")
            .IsRefusedWith("population.nationalities[3].name", "'venezuela' is listed twice");

    [Fact]
    public void A_nationality_listed_twice_after_one_without_a_name_is_refused_at_its_own_entry()
    {
        var text = MarkedScenario.Baseline("    - { name: Colombia,", "    - { share: 0.01 }\n    - { name: Colombia,")
            .Edit("    - { name: Haiti,", "    - { name: ‸Colombia,");
        Assert.Contains(text.At("population.nationalities[4].name", "'Colombia' is listed twice"), text.Problems());
    }

    [Theory]
    [InlineData("    - { name: Venezuela", "    - { name: Haiti, share: 0.06, documented_share: 0.10 }", 4, "population.nationalities", "nationalities")]
    [InlineData("    - { size: 1, share: 0.50 }", "    - { size: 5, share: 0.08 }", 5, "population.group_sizes", "group sizes")]
    [InlineData("  - { date: 2025-11-20", "  - { date: 2026-03-11, label: \"Inauguration\" }", 5, "events", "events")]
    public void A_list_of_64_is_accepted_and_one_longer_is_refused_at_the_list_with_its_length(string first, string last, int shipped, string path, string items)
    {
        var indent = last[..last.IndexOf('-', StringComparison.Ordinal)];
        MarkedScenario Listing(int count) => MarkedScenario.Baseline(first, indent + "‸" + first.TrimStart())
            .Edit(last, last + string.Concat(Enumerable.Range(0, count - shipped).Select(i => $"\n{indent}- {Item(path, i)}")));

        var accepted = Accepted(Listing(64));
        Assert.Equal(64, path switch
        {
            "population.nationalities" => accepted.Population.Nationalities.Count,
            "population.group_sizes" => accepted.Population.GroupSizes.Count,
            _ => accepted.Events.Count,
        });
        Listing(65).IsRefusedWith(path, $"at most 64 {items}, found 65");
    }

    [Fact]
    public void A_capacity_schedule_of_more_than_24_blocks_is_refused_once_with_its_length()
    {
        var hours = string.Concat(Enumerable.Range(0, 24).Select(h => $"\n    - {{ from_hour: {h}, to_hour: {h + 1}, persons_per_hour: 600 }}"));
        MarkedScenario.Baseline(FirstBlock, "    ‸" + FirstBlock.TrimStart()).Edit("\n" + SecondBlock, hours)
            .IsRefusedWith("border.capacity_schedule", "at most 24 blocks (one an hour), found 25");
    }

    [Theory]
    [InlineData("  - label: Joint patrols", "  - label: ‸", "policies[3].label")]
    [InlineData("\"Run-off\"", "‸", "events[2].label")]
    public void A_label_of_100_characters_is_accepted_and_a_longer_one_a_chart_cannot_print_is_refused_with_its_length(string find, string replace, string path)
    {
        Accepted(MarkedScenario.Baseline(find, replace + new string('L', 100)));
        MarkedScenario.Baseline(find, replace + new string('L', 101))
            .IsRefusedWith(path, "at most 100 characters, found 101 (a chart prints it)");
    }

    [Fact]
    public void A_capacity_schedule_whose_blocks_overlap_names_the_hours() =>
        MarkedScenario.Baseline(FirstBlock, "    ‸" + FirstBlock.TrimStart())
            .Edit("from_hour: 6, to_hour: 24", "from_hour: 4, to_hour: 24")
            .IsRefusedWith("border.capacity_schedule", "blocks overlap at hours 4, 5");

    [Fact]
    public void A_capacity_schedule_with_no_block_is_refused_rather_than_shutting_the_control_all_day() =>
        MarkedScenario.Baseline(FirstBlock + "\n" + SecondBlock, "")
            .Edit("  capacity_schedule: ", "  capacity_schedule: ‸[] ")
            .IsRefusedWith("border.capacity_schedule", "give at least one block: with none the control would be shut all day (give a block with persons_per_hour: 0 if that is meant)");

    [Fact]
    public void A_policy_whose_effects_are_left_empty_is_refused_and_the_policies_after_it_are_still_checked()
    {
        var text = MarkedScenario.Baseline("    effects:\n      entry_rule: { rule: documented_only }\n  - label: Tacna", "    effects: ~\n  - label: Tacna")
            .Edit("    end: 2026-03-11                 # inferred", "    end: 2025-12-01                 # inferred");
        Assert.Equal(
            [
                ("policies[1].effects", "expected a mapping with keys chacalluta_capacity, corridor, departures, entry_rule, militarization, repatriation, sheltering, found nothing"),
                ("policies[4].end", "the policy ends (2025-12-01) before it starts (2025-12-14)"),
            ],
            text.Problems().Select(d => (d.Path, d.Message)));
    }

    [Theory]
    [InlineData("start: 2026-02-01", "start: 2026-02-10", "from 2026-02-10 to the end of the window")]
    [InlineData("start: 2026-02-10", "start: 2026-02-01", "from 2026-02-10 to the end of the window")]
    [InlineData("start: 2026-02-01, end: 2026-02-20", "start: 2026-02-10, end: 2026-02-15", "from 2026-02-10 to 2026-02-15")]
    [InlineData("start: 2026-02-01, end: 2026-02-15", "start: 2026-02-10, end: 2026-02-20", "from 2026-02-10 to 2026-02-15")]
    [InlineData("start: 2026-02-01, end: 2026-02-10", "start: 2026-02-10", "from 2026-02-10 to 2026-02-10")]
    [InlineData("start: 2026-02-01, duration_days: 10", "start: 2026-02-10", "from 2026-02-10 to 2026-02-10")]
    public void Contradictory_policies_are_refused_with_the_days_both_are_in_force_even_only_one(string closed, string open, string days) =>
        ClosedThenOpen(closed, open).IsRefusedWith("policies[7].effects.entry_rule", $"contradicts policy 'Closed' (policies[6]) {days}: {ContradictoryEntryRules}");

    [Fact]
    public void Policies_that_follow_each_other_without_a_common_day_do_not_contradict() =>
        Assert.Equal(8, Accepted(ClosedThenOpen("start: 2026-02-01, end: 2026-02-09", "start: 2026-02-10")).Policies.Count);

    [Theory]
    [InlineData("start: 2026-02-01, enabled: false", "start: 2026-02-10")]
    [InlineData("start: 2026-02-01", "start: 2026-02-10, enabled: false")]
    public void A_policy_switched_off_contradicts_no_other(string closed, string open) =>
        Assert.Equal([false, true], Accepted(ClosedThenOpen(closed, open)).Policies.Skip(6).Select(p => p.Enabled).Order());

    [Fact]
    public void Contradictory_policies_are_refused_in_a_list_of_as_many_policies_as_allowed()
    {
        var more = string.Concat(Enumerable.Range(0, 56).Select(i => $"\n  - {{ label: P{i}, start: 2025-12-01, effects: {{ departures: {{ multiplier: 1 }} }} }}"));
        ClosedThenOpen("start: 2026-02-01", "start: 2026-02-10").Edit("\nevents:", more + "\nevents:")
            .IsRefusedWith("policies[7].effects.entry_rule", $"contradicts policy 'Closed' (policies[6]) from 2026-02-10 to the end of the window: {ContradictoryEntryRules}");
    }

    [Fact]
    public void A_policy_with_both_an_end_and_a_duration_is_refused_at_its_duration() =>
        MarkedScenario.Baseline("    duration_days: 60 ", "    end: 2026-01-26\n    duration_days: ‸60 ")
            .IsRefusedWith("policies[2].duration_days", "give end or duration_days, not both");

    [Fact]
    public void A_policy_with_no_effect_is_refused_at_its_effects() =>
        MarkedScenario.Baseline(JointPatrolsEffects, "    effects: ‸{}")
            .IsRefusedWith("policies[3].effects", "give at least one effect");

    [Fact]
    public void A_nationality_without_a_name_is_the_one_problem_even_where_a_policy_names_it() =>
        MarkedScenario.Baseline("    - { name: Haiti, share", "    - ‸{ share")
            .Edit(JointPatrolsEffects, "    effects:\n      corridor: { places_per_day: 100, nationalities: [Haiti] }")
            .IsRefusedWith("population.nationalities[3].name", "missing required key 'name' (text)");

    [Fact]
    public void A_window_of_one_day_is_accepted_and_one_that_ends_before_it_starts_is_refused_at_its_end()
    {
        Assert.Equal(new DateOnly(2025, 11, 8), Accepted(MarkedScenario.Baseline("  end: 2026-03-31", "  end: 2025-11-08")).Window.End);
        MarkedScenario.Baseline("  end: 2026-03-31", "  end: ‸2025-11-07")
            .IsRefusedWith("window.end", "the window ends (2025-11-07) before it starts (2025-11-08)");
    }

    [Fact]
    public void A_tick_that_does_not_divide_a_day_is_refused_with_the_allowed_lengths() =>
        MarkedScenario.Baseline("tick: 1h ", "tick: ‸5h ")
            .IsRefusedWith("tick", "expected 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h (a whole number of hours that divides a day), found '5h'");

    [Fact]
    public void Group_sizes_that_all_have_a_share_of_zero_or_none_at_all_are_refused()
    {
        const string message = "give at least one group size with a share above zero";
        MarkedScenario.Baseline("    - { size: 1, share: 0.50 }", "    ‸- { size: 1, share: 0 }")
            .Edit("share: 0.15 }", "share: 0 }")
            .Edit("share: 0.12 }", "share: 0 }")
            .Edit("share: 0.08 }", "share: 0 }")
            .IsRefusedWith("population.group_sizes", message);
        var baseline = MarkedScenario.Baseline().Text;
        var sizes = baseline.IndexOf("  group_sizes:", StringComparison.Ordinal);
        var end = baseline.IndexOf("  nationalities:", StringComparison.Ordinal);
        MarkedScenario.Of(baseline[..sizes] + "  group_sizes: ‸[]\n" + baseline[end..])
            .IsRefusedWith("population.group_sizes", message);
    }

    [Fact]
    public void A_population_without_nationalities_is_refused_for_the_missing_key_alone()
    {
        var baseline = MarkedScenario.Baseline("  pool_persons:", "  ‸pool_persons:");
        var start = baseline.Text.IndexOf("  nationalities:", StringComparison.Ordinal);
        var end = baseline.Text.IndexOf("  vulnerable_share_singles:", StringComparison.Ordinal);
        (baseline with { Text = baseline.Text.Remove(start, end - start) })
            .IsRefusedWith("population.nationalities", "missing required key 'nationalities' (a list of a mapping with keys documented_share, name, share)");
    }

    [Theory]
    [InlineData("‸~", "", "expected a mapping with keys from_hour, persons_per_hour, to_hour, found nothing")]
    [InlineData("{ from_hour: 6, to_hour: ‸6, persons_per_hour: 100 }", ".to_hour", "the block ends (hour 6) before or when it starts (hour 6)")]
    [InlineData("{ from_hour: 12, to_hour: ‸6, persons_per_hour: 100 }", ".to_hour", "the block ends (hour 6) before or when it starts (hour 12)")]
    [InlineData("{ from_hour: 0, to_hour: ‸25, persons_per_hour: 100 }", ".to_hour", "expected a number from 1 to 24, found 25")]
    [InlineData("{ from_hour: ‸30, to_hour: 24, persons_per_hour: 100 }", ".from_hour", "expected a number from 0 to 23, found 30")]
    [InlineData("‸{ from_hour: 0, persons_per_hour: 100 }", ".to_hour", "missing required key 'to_hour' (a whole number)")]
    public void A_capacity_block_left_empty_or_refused_for_its_hours_is_told_once_there_and_the_hours_it_leaves_uncovered_are_named(string block, string key, string message)
    {
        var text = MarkedScenario.Baseline(FirstBlock, "    - " + block);
        Assert.Equal(
            [
                text.At($"border.capacity_schedule[0]{key}", message),
                text.At("border.capacity_schedule", "the blocks must cover every hour of the day; hours not covered: 0, 1, 2, 3, 4, 5 (give a block with persons_per_hour: 0 for hours the control is shut)")
                    with { Column = 5 }, // the list starts at its first item's "- "
            ],
            text.Problems());
    }

    private const string JointPatrolsEffects = "    effects:\n      militarization: { detection_multiplier: 1.3, deterrence: 0.1 }";

    private const string ContradictoryEntryRules = "two different entry_rule settings cannot be in force on the same day";

    /// <summary>The baseline with two more policies, policies[6] closing the border and policies[7] opening it, each given its dates (and more keys); the mark is on the second's entry rule.</summary>
    private static MarkedScenario ClosedThenOpen(string closed, string open) =>
        MarkedScenario.Baseline("\nevents:", $"\n  - {{ label: Closed, {closed}, effects: {{ entry_rule: {{ rule: closed }} }} }}"
            + $"\n  - {{ label: Open, {open}, effects: {{ entry_rule: ‸{{ rule: open }} }} }}\nevents:");

    /// <summary>The scenario, which must be accepted.</summary>
    private static Scenario Accepted(MarkedScenario text) => ScenarioLoader.Parse(text.Text, MarkedScenario.File);

    private static string Item(string path, int i) => path switch
    {
        "population.nationalities" => $"{{ name: N{i}, share: 0.01, documented_share: 0.1 }}",
        "population.group_sizes" => $"{{ size: {1 + (i % 20)}, share: 0.01 }}",
        _ => $"{{ date: 2025-12-01, label: E{i} }}",
    };
}
