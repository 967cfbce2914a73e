using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private static readonly string BaselineText = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));

    private static ScenarioException Fails(string text, params ScenarioOverride[] overrides) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "test.yaml", overrides));

    private static string Edit(string find, string replace)
    {
        Assert.Contains(find, BaselineText);
        return BaselineText.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_scenario_loads()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml"))
        {
            var scenario = ScenarioLoader.Parse(File.ReadAllText(file), file);
            Assert.False(string.IsNullOrWhiteSpace(scenario.Name));
            Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        }
    }

    [Fact]
    public void The_baseline_reads_as_written()
    {
        var s = TestScenarios.Baseline();
        Assert.Equal("baseline", s.Name);
        Assert.Equal(336_000, s.Population.PoolPersons);
        Assert.Equal(new DateOnly(2025, 11, 8), s.Window.Start);
        Assert.Equal(4, s.Population.Nationalities.Count);
        Assert.Equal(10_000, s.Border.WeekendTouristsPersons);
        Assert.Contains(s.Policies, p => p.Effects.EntryRule is { Rule: BorderSim.Core.Policies.EntryRuleKind.DocumentedOnly });
    }

    [Fact]
    public void An_empty_file_is_refused_as_a_whole_saying_what_a_scenario_holds() =>
        MarkedScenario.Of("   \n").IsRefusedWith("", "the file is empty: expected a scenario (a mapping with name, window, population, travel, border, behaviour and policies)");

    [Fact]
    public void Text_that_is_not_yaml_is_an_error_with_its_position()
    {
        var e = Fails("name: x\nwindow: [unclosed\n");
        var d = Assert.Single(e.Diagnostics);
        Assert.Contains("not valid YAML", d.Message);
        Assert.True(d.Line > 0);
    }

    [Fact]
    public void A_list_at_the_top_is_refused_where_it_starts() =>
        MarkedScenario.Of("# a list\n‸- a\n- b\n").IsRefusedWith("", "expected a scenario mapping (keys such as name, window, population) at the top of the file");

    /// <summary>The YAML reader's own words, whole, where it stopped: from the scanner (an escape) and from building the tree (a key twice).</summary>
    [Theory]
    [InlineData("name: ‸\"\\q\"\n", "While scanning a quoted scalar, found unknown escape character.")]
    [InlineData("name: a\n‸name: b\n", "Duplicate key name")]
    public void Text_that_is_not_yaml_is_refused_with_the_readers_message_where_it_stopped(string text, string message) =>
        MarkedScenario.Of(text).IsRefusedWith("", "not valid YAML or JSON: " + message);

    [Fact]
    public void An_unknown_key_is_an_error_naming_the_key_its_path_line_and_column()
    {
        var e = Fails(Edit("  smuggler_money_share: 0.30", "  smuggler_money_share: 0.30\n  smugler_share: 0.3"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("population.smugler_share", d.Path);
        Assert.Contains("unknown key 'smugler_share'", d.Message);
        Assert.Contains("smuggler_money_share", d.Message);
        Assert.Equal(BaselineText.Split('\n').ToList().FindIndex(l => l.StartsWith("  smuggler_money_share", StringComparison.Ordinal)) + 2, d.Line);
        Assert.Equal(3, d.Column);
        Assert.StartsWith("test.yaml:", d.ToString());
    }

    [Fact]
    public void A_wrong_type_is_an_error_saying_what_was_expected()
    {
        var e = Fails(Edit("pool_persons: 336000", "pool_persons: many"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("population.pool_persons", d.Path);
        Assert.Contains("expected a whole number, found 'many'", d.Message);
    }

    [Fact]
    public void A_negative_rate_is_an_error()
    {
        var e = Fails(Edit("give_up_rate_per_day: 1.0 ", "give_up_rate_per_day: -1.0 "));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("behaviour.give_up_rate_per_day", d.Path);
        Assert.Contains("from 0 to", d.Message);
    }

    [Fact]
    public void An_end_before_the_start_is_an_error()
    {
        var e = Fails(Edit("  end: 2026-03-31", "  end: 2025-10-01"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("window.end", d.Path);
        Assert.Contains("before it starts", d.Message);
        Assert.True(d.Line > 0);
    }

    [Fact]
    public void A_policy_ending_before_it_starts_is_an_error()
    {
        var e = Fails(Edit("    end: 2025-11-27", "    end: 2025-11-20"));
        Assert.Contains(e.Diagnostics, d => d.Path == "policies[1].end" && d.Message.Contains("before it starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_contradictory_policies_are_an_error_naming_both()
    {
        var text = Edit("\nevents:", """

              - label: Peru opens the border
                start: 2026-01-01
                duration_days: 10
                effects:
                  entry_rule: { rule: open }
            events:
            """.Replace("\r", "", StringComparison.Ordinal));
        var e = Fails(text);
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("policies[6].effects.entry_rule", d.Path);
        Assert.Contains("Tacna state of emergency", d.Message);
        Assert.Contains("2026-01-01", d.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var text = Edit("pool_persons: 336000", "pool_persons: -5")
            .Replace("give_up_rate_per_day: 1.0 ", "give_up_rate_per_day: lots ", StringComparison.Ordinal)
            .Replace("  end: 2026-03-31", "  end: 2025-10-01", StringComparison.Ordinal)
            .Replace("tick: 1h", "tick: 5h", StringComparison.Ordinal);
        var paths = Fails(text).Diagnostics.Select(d => d.Path).ToArray();
        Assert.Contains("population.pool_persons", paths);
        Assert.Contains("behaviour.give_up_rate_per_day", paths);
        Assert.Contains("window.end", paths);
        Assert.Contains("tick", paths);
    }

    [Fact]
    public void A_missing_required_key_is_an_error()
    {
        var e = Fails(Edit("  pool_persons: 336000", ""));
        Assert.Contains(e.Diagnostics, d => d.Path == "population.pool_persons" && d.Message.Contains("missing required key", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_window_end_is_reported_once_not_also_as_out_of_order()
    {
        var e = Fails(Edit("  end: 2026-03-31", ""));
        var d = Assert.Single(e.Diagnostics, d => d.Path == "window.end");
        Assert.Contains("missing required key 'end'", d.Message);
    }

    [Fact]
    public void Unknown_nationalities_in_policies_and_gaps_in_the_schedule_are_errors()
    {
        var text = Edit("    - { from_hour: 0, to_hour: 6, persons_per_hour: 100 }\n", "").Replace("\nevents:", """

              - label: flights
                start: 2026-01-01
                effects:
                  repatriation: { seats_per_flight: 100, nationalities: [Peru] }
            events:
            """, StringComparison.Ordinal);
        var e = Fails(text);
        Assert.Contains(e.Diagnostics, d => d.Path == "border.capacity_schedule" && d.Message.Contains("0, 1, 2, 3, 4, 5", StringComparison.Ordinal));
        Assert.Contains(e.Diagnostics, d => d.Path == "policies[6].effects.repatriation.nationalities[0]" && d.Message.Contains("'Peru'", StringComparison.Ordinal));
    }

    [Fact]
    public void Overrides_replace_values_and_errors_in_them_name_the_override()
    {
        var s = ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride("population.pool_persons", "1000"), new ScenarioOverride("policies[2].duration_days", "90")]);
        Assert.Equal(1000, s.Population.PoolPersons);
        Assert.Equal(new DateOnly(2025, 11, 28).AddDays(89), s.Policies[2].LastDay);

        Assert.True(ScenarioOverride.TryParse("policies.2.label=x", out var dotted, out _));
        Assert.Equal("policies[2].label", dotted!.Path);

        var bad = Fails(BaselineText, new ScenarioOverride("behaviour.give_up_rate_per_day", "fast"));
        var d = Assert.Single(bad.Diagnostics);
        Assert.Equal("behaviour.give_up_rate_per_day=fast", d.Override);
        Assert.Contains("--set behaviour.give_up_rate_per_day=fast", d.ToString());

        var nowhere = Fails(BaselineText, new ScenarioOverride("populaton.pool_persons", "5"));
        Assert.Contains("no such key", Assert.Single(nowhere.Diagnostics).Message);
        Assert.False(ScenarioOverride.TryParse("no-equals-sign", out _, out var error));
        Assert.Contains("key.path=value", error);
    }

    [Fact]
    public void Json_is_accepted_and_the_resolved_scenario_round_trips()
    {
        var baseline = TestScenarios.Baseline();
        var json = ScenarioJson.Serialize(baseline);
        var again = ScenarioLoader.Parse(json, "baseline.json");
        Assert.Equal(json, ScenarioJson.Serialize(again));

        // And it runs to the same result.
        Assert.Equal(
            ScenarioJson.Serialize(ScenarioRunner.Run(baseline, 3).Summary),
            ScenarioJson.Serialize(ScenarioRunner.Run(again, 3).Summary));
    }

    [Fact]
    public void The_schema_describes_every_key_and_forbids_unknown_ones()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(ScenarioJson.Schema())!;
        Assert.False((bool)schema["additionalProperties"]!);
        var properties = schema["properties"]!.AsObject();
        foreach (var key in new[] { "name", "window", "tick", "population", "travel", "border", "behaviour", "policies", "events", "observations" })
        {
            Assert.True(properties.ContainsKey(key), key);
        }

        var effects = schema["properties"]!["policies"]!["items"]!["properties"]!["effects"]!["properties"]!.AsObject();
        Assert.Equal(
            ["chacalluta_capacity", "corridor", "departures", "entry_rule", "militarization", "repatriation", "sheltering"],
            effects.Select(p => p.Key).Order().ToArray());
        var giveUp = schema["properties"]!["behaviour"]!["properties"]!["give_up_rate_per_day"]!;
        Assert.Equal(0.0, (double)giveUp["minimum"]!);
        Assert.NotNull(giveUp["description"]);
        Assert.Contains("give_up_rate_per_day", schema["properties"]!["behaviour"]!["required"]!.ToJsonString());
    }

    [Fact]
    public void A_file_larger_than_a_mebibyte_is_refused_before_it_is_parsed() =>
        MarkedScenario.Of("name: x\n# " + new string('x', 1 << 20))
            .IsRefusedWith("", "the file is larger than 1 MiB: this is not a scenario (a scenario file is a few kilobytes)");

    /// <summary>Parse takes text already decoded, so its limit counts characters (the bytes are bounded where the file is read: Utf8TextTests).</summary>
    [Fact]
    public void A_text_of_exactly_the_limit_in_characters_is_parsed()
    {
        var padded = BaselineText + "#" + new string('x', ScenarioLimits.MaxFileBytes - BaselineText.Length - 2) + "\n";
        Assert.Equal(ScenarioLimits.MaxFileBytes, padded.Length);
        Assert.Equal("baseline", ScenarioLoader.Parse(padded, "test.yaml").Name);
    }

    /// <summary>A --set that repeats a key or leads nowhere is the command line's fault, not the file's: no line, no key path, the --set named.</summary>
    [Theory]
    [InlineData("seed=1", "seed=2", "seed is already set by --set seed=1; give each key once")]
    [InlineData("seed=1", "populaton.pool_persons=5", "populaton: no such key in the scenario format. Did you mean 'population'? The keys at the top of a scenario: behaviour, border, description, events, name, observations, policies, population, seed, tick, travel, uncertainty, window")]
    public void A_set_that_cannot_be_made_is_refused_naming_it(string first, string second, string message)
    {
        ScenarioOverride[] overrides = [.. new[] { first, second }.Select(s => s.Split('=')).Select(s => new ScenarioOverride(s[0], s[1]))];
        Assert.Equal(new ScenarioDiagnostic("test.yaml", 0, 0, "", message) { Override = second }, Assert.Single(Fails(BaselineText, overrides).Diagnostics));
    }

    [Fact]
    public void A_file_of_comments_only_holds_no_scenario() =>
        MarkedScenario.Of("# name: baseline\n").IsRefusedWith("", "the file holds no document: expected a scenario mapping");

    [Fact]
    public void A_second_yaml_document_is_refused_where_it_starts() =>
        MarkedScenario.Of("name: a\n---\n‸name: b\n")
            .IsRefusedWith("", "the file holds more than one YAML document: expected exactly one scenario");

    [Fact]
    public void A_flow_mapping_the_yaml_parser_cannot_go_on_from_is_refused_after_the_last_good_place() =>
        MarkedScenario.Of("name: x\nwindow: ‸{ [: 1 }\npopulation: 2\n")
            .IsRefusedWith("", "not valid YAML or JSON: the parser cannot go on after this point (check brackets, braces and '?' or ':' without a key)");

    [Fact]
    public void An_escaped_surrogate_without_its_pair_is_invalid_yaml_not_a_failure()
    {
        var d = Assert.Single(MarkedScenario.Of("name: \"\\uD800\\u0041\"\n").Problems());
        Assert.Equal(("test.yaml", ""), (d.File, d.Path));
        Assert.StartsWith("not valid YAML or JSON: ", d.Message, StringComparison.Ordinal);
        Assert.Contains("low surrogate", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_capacity_block_that_leaves_out_to_hour_is_placed_at_that_block()
    {
        var text = MarkedScenario.Baseline("    - { from_hour: 6, to_hour: 24,", "    - ‸{ from_hour: 6,");
        var block = text.Problems().Where(d => d.Path.StartsWith("border.capacity_schedule[1]", StringComparison.Ordinal)).ToArray();
        Assert.Contains(text.At("border.capacity_schedule[1].to_hour", "missing required key 'to_hour' (a whole number)"), block);
        Assert.All(block, d => Assert.Equal((text.Line, text.Column), (d.Line, d.Column)));
    }

    [Fact]
    public void A_policy_effect_missing_its_list_is_reported_as_missing_not_as_a_failure() =>
        MarkedScenario.Baseline("\nevents:", "\n  - { label: Flights, start: 2026-01-01, effects: { repatriation: ‸{ seats_per_flight: 100 } } }\nevents:")
            .IsRefusedWith("policies[6].effects.repatriation.nationalities", "missing required key 'nationalities' (a list of text)");
}

public sealed class ScenarioPathsTests
{
    [Theory]
    [InlineData("population.pool_persons", typeof(int))]
    [InlineData("policies[2].duration_days", typeof(int))]
    [InlineData("policies.0.effects.militarization.deterrence", typeof(double))]
    [InlineData("behaviour.irregular_route.detection_rate_per_day", typeof(double))]
    [InlineData("seed", typeof(ulong))]
    public void Key_paths_lead_to_the_type_of_their_value(string path, Type type) =>
        Assert.Equal(type, ScenarioPaths.TypeAt(path));

    [Theory]
    [InlineData("population[0]")]
    [InlineData("window.start[1]")]
    [InlineData("policies[0].label[2]")]
    public void An_index_into_what_is_not_a_list_leads_nowhere(string path) =>
        Assert.Null(ScenarioPaths.TypeAt(path));

    [Fact]
    public void Unknown_paths_lead_nowhere()
    {
        Assert.Null(ScenarioPaths.TypeAt("population.nope"));
        Assert.True(ScenarioPaths.TakesWholeNumber("population.pool_persons"));
        Assert.False(ScenarioPaths.TakesWholeNumber("behaviour.give_up_rate_per_day"));
    }
}
