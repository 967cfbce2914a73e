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
    public void A_list_longer_than_64_is_refused_at_the_list_with_its_length(string first, string last, int shipped, string path, string items)
    {
        var indent = last[..last.IndexOf('-', StringComparison.Ordinal)];
        var more = string.Concat(Enumerable.Range(0, 65 - shipped).Select(i => $"\n{indent}- {Item(path, i)}"));
        MarkedScenario.Baseline(first, indent + "‸" + first.TrimStart()).Edit(last, last + more)
            .IsRefusedWith(path, $"at most 64 {items}, found 65");
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
    public void A_label_longer_than_a_chart_prints_is_refused_with_its_length(string find, string replace, string path) =>
        MarkedScenario.Baseline(find, replace + new string('L', 101))
            .IsRefusedWith(path, "at most 100 characters, found 101 (a chart prints it)");

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
    public void A_capacity_block_left_empty_is_refused_and_the_hours_it_leaves_uncovered_are_named()
    {
        var text = MarkedScenario.Baseline(FirstBlock, "    - ‸~");
        Assert.Equal(
            [
                text.At("border.capacity_schedule[0]", "expected a mapping with keys from_hour, persons_per_hour, to_hour, found nothing"),
                text.At("border.capacity_schedule", "the blocks must cover every hour of the day; hours not covered: 0, 1, 2, 3, 4, 5 (give a block with persons_per_hour: 0 for hours the control is shut)")
                    with { Column = text.Column - 2 }, // the list starts at its first item's "- "
            ],
            text.Problems());
    }

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

    [Fact]
    public void Contradictory_policies_that_never_end_contradict_each_other_to_the_end_of_the_window() =>
        MarkedScenario.Baseline("\nevents:", "\n  - { label: Closed, start: 2026-02-01, effects: { entry_rule: { rule: closed } } }"
            + "\n  - { label: Open, start: 2026-02-10, effects: { entry_rule: ‸{ rule: open } } }\nevents:")
            .IsRefusedWith("policies[7].effects.entry_rule", "contradicts policy 'Closed' (policies[6]) from 2026-02-10 to the end of the window: two different entry_rule settings cannot be in force on the same day");

    private static string Item(string path, int i) => path switch
    {
        "population.nationalities" => $"{{ name: N{i}, share: 0.01, documented_share: 0.1 }}",
        "population.group_sizes" => $"{{ size: {1 + (i % 20)}, share: 0.01 }}",
        _ => $"{{ date: 2025-12-01, label: E{i} }}",
    };
}
