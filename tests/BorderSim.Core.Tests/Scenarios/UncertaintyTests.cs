using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>The uncertainty section: what validate checks (with the entry's line, column and key path), and how each distribution maps the unit interval to values.</summary>
public sealed class UncertaintyTests
{
    private static readonly string BaselineText = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));

    private static string With(string entries) => BaselineText.TrimEnd() + "\n" + entries;

    private static ScenarioDiagnostic OneProblem(string entries, params ScenarioOverride[] overrides)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(With(entries), "u.yaml", overrides));
        return Assert.Single(e.Diagnostics);
    }

    private static UncertainParameter Parameter(string entry, string key) =>
        UncertainInputs.ForKeys(ScenarioLoader.Parse(With(entry), "u.yaml"), [key])[0];

    [Theory]
    [InlineData("  - key: behaviour.give_up_rate\n", "uncertainty[16].key", "no such key in the scenario format. Did you mean 'behaviour.give_up_rate_per_day'? 'bordersim keys SCENARIO' lists every key path")]
    [InlineData("  - key: policies[9].duration_days\n", "uncertainty[16].key", "the scenario has no value at policies[9].duration_days (a list entry or an effect it does not have). Did you mean 'policies[0].duration_days' or 'policies[1].duration_days' or 'policies[2].duration_days'?")]
    [InlineData("  - key: border.default_entry_rule\n", "uncertainty[16].key", "border.default_entry_rule is a choice: only numbers and dates can be uncertain (compare scenarios for the rest)")]
    [InlineData("  - key: seed\n", "uncertainty[16].key", "the seed is not an uncertain input: replicates vary it (--replicates)")]
    [InlineData("  - key: policies[3].start\n", "uncertainty[16].key", "the parameter catalogue gives policies[].start no plausible range (it gives none for dates): give one, range: [LOW, HIGH]")]
    [InlineData("  - key: behaviour.money_multiplier\n    range: [3, 5]\n", "uncertainty[16].range", "the range 3–5 does not contain the scenario's value 2")]
    [InlineData("  - key: behaviour.money_multiplier\n    range: [1, 2000]\n", "uncertainty[16].range[1]", "outside behaviour.money_multiplier's hard limits: expected a number from 0 to 1000, found 2000")]
    [InlineData("  - key: behaviour.money_multiplier\n    range: [3, 1]\n", "uncertainty[16].range", "the low end (3) must be below the high end (1)")]
    [InlineData("  - key: behaviour.money_multiplier\n    range: [2, 2]\n", "uncertainty[16].range", "the low end (2) must be below the high end (2)")]
    [InlineData("  - key: behaviour.money_multiplier\n    range: [1, 2, 3]\n", "uncertainty[16].range", "expected two values, [LOW, HIGH], found 3")]
    [InlineData("  - key: travel.travel_days.mean\n    range: [2026-01-01, 5]\n", "uncertainty[16].range[0]", "expected a number for travel.travel_days.mean, found '2026-01-01'")]
    [InlineData("  - key: policies[3].start\n    range: [2025-11-30, 12]\n", "uncertainty[16].range[1]", "expected a date (YYYY-MM-DD) for policies[3].start, found '12'")]
    [InlineData("  - key: population.pool_persons\n    range: [330000.5, 336000]\n", "uncertainty[16].range[0]", "expected a whole number for population.pool_persons, found '330000.5'")]
    [InlineData("  - key: behaviour.represent_rate_per_day\n    distribution: log_uniform\n    range: [0, 4]\n", "uncertainty[16].range[0]", "a log_uniform range must lie above 0; the range is 0–4")]
    [InlineData("  - key: population.smuggler_money_share\n    mode: 0.3\n", "uncertainty[16].mode", "a uniform distribution has no mode (mode is for triangular and normal)")]
    [InlineData("  - key: population.smuggler_money_share\n    distribution: triangular\n    sd: 0.1\n", "uncertainty[16].sd", "a triangular distribution has no sd (sd is for normal)")]
    [InlineData("  - key: population.smuggler_money_share\n    distribution: normal\n    mode: 0.9\n", "uncertainty[16].mode", "the mode 0.9 lies outside the range 0.1–0.5")]
    [InlineData("  - key: population.smuggler_money_share\n    distribution: normal\n    sd: 0\n", "uncertainty[16].sd", "expected a standard deviation above 0, found 0")]
    [InlineData("  - key: policies.0.effects.departures.multiplier\n", "uncertainty[16].key", "policies[0].effects.departures.multiplier is already uncertain in uncertainty[2]; give each key once")]
    [InlineData("  - key: behaviour.money_multiplier\n    distribution: lognormal\n", "uncertainty[16].distribution", "expected one of uniform, triangular, normal, log_uniform, found 'lognormal'")]
    [InlineData("  - key: population.smuggler_money_share\n    distribution: triangular\n    mode: high\n", "uncertainty[16].mode", "expected a number for population.smuggler_money_share, found 'high'")]
    [InlineData("  - key: population.group_sizes[0].share\n", "uncertainty[16].key", "the parameter catalogue gives population.group_sizes[].share no plausible range: give one, range: [LOW, HIGH]")]
    [InlineData("  - key: behaviour.irregular_route.intercepted_returned_inland_share\n    distribution: log_uniform\n", "uncertainty[16].distribution", "a log_uniform range must lie above 0; the range is 0–0.5")]
    [InlineData("  - key: population.pool_persons\n    distribution: log_uniform\n    range: [0, 336000]\n", "uncertainty[16].range[0]", "a log_uniform range must lie above 0 (at least 1 for whole numbers); the range is 0–336000")]
    [InlineData("  - key: policies[0].enabled\n", "uncertainty[16].key", "policies[].enabled is true or false: only numbers and dates can be uncertain (compare scenarios for the rest)")]
    [InlineData("  - key: policies[0].label\n", "uncertainty[16].key", "policies[].label is text: only numbers and dates can be uncertain (compare scenarios for the rest)")]
    [InlineData("  - key: policies[].duration_days\n", "uncertainty[16].key", "give the list entry's index: policies[2].duration_days, not policies[].duration_days")]
    [InlineData("  - key: policies[0].end\n    range: [1899-12-31, 2026-03-31]\n", "uncertainty[16].range[0]", "expected a date from 1900-01-01 to 2199-12-31, found 1899-12-31")]
    [InlineData("  - key: policies[0].end\n    range: [2026-01-01, 2200-01-01]\n", "uncertainty[16].range[1]", "expected a date from 1900-01-01 to 2199-12-31, found 2200-01-01")]
    public void A_bad_entry_is_reported_at_its_line_and_key_path(string entry, string path, string message)
    {
        var d = OneProblem(entry);
        Assert.Equal((path, message), (d.Path, d.Message));
        Assert.True(d.Line > 150, $"line {d.Line}");
        Assert.True(d.Column > 0);
    }

    [Theory]
    [InlineData("policies[2].effects.militarization.intercepted_returned_inland_share", "")]
    [InlineData("policies[2].end", "; a policy that gives duration_days has an uncertain duration_days instead")]
    public void A_value_the_scenario_leaves_out_cannot_be_uncertain_and_a_policys_end_points_to_its_duration(string key, string hint) =>
        Assert.Equal(
            $"{key} is not set in this scenario (left out, it means 'not set'): only a value the scenario sets can be uncertain{hint}",
            OneProblem($"  - key: {key}\n").Message);

    [Fact]
    public void More_than_64_entries_are_one_problem_at_the_section()
    {
        var d = OneProblem(string.Concat(Enumerable.Repeat("  - key: behaviour.money_multiplier\n", 49)));
        Assert.Equal(("uncertainty", "at most 64 uncertain inputs, found 65"), (d.Path, d.Message));
        Assert.Equal(BaselineText.Split('\n').ToList().IndexOf("uncertainty:") + 2, d.Line); // its first entry
    }

    [Fact]
    public void Sixty_four_entries_are_allowed_and_each_key_given_again_names_the_entry_that_gave_it_first()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(With(string.Concat(Enumerable.Repeat("  - key: behaviour.money_multiplier\n", 48))), "u.yaml"));
        Assert.Equal(
            Enumerable.Range(17, 47).Select(i => ($"uncertainty[{i}].key", "behaviour.money_multiplier is already uncertain in uncertainty[16]; give each key once")),
            e.Diagnostics.Select(d => (d.Path, d.Message)));
    }

    [Fact]
    public void A_date_range_may_reach_the_first_and_last_dates_a_scenario_may_hold()
    {
        var end = Parameter("  - key: policies[0].end\n    range: [1900-01-01, 2199-12-31]\n", "policies[0].end");
        Assert.Equal("1900-01-01–2199-12-31", end.RangeText);
    }

    [Fact]
    public void A_normal_without_an_sd_takes_a_quarter_of_its_range()
    {
        var normal = Parameter("  - key: population.smuggler_money_share\n    distribution: normal\n", "population.smuggler_money_share");
        Assert.Equal((0.1, 0.5), (normal.Low, normal.High));
        Assert.Equal(0.1, normal.Sd, 12);
    }

    [Fact]
    public void An_entry_without_a_key_is_reported_and_the_entries_after_it_are_still_checked()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(With("  - range: [1, 2]\n  - key: behaviour.money_multiplier\n    range: [3, 5]\n"), "u.yaml"));
        Assert.Equal(["uncertainty[16].key", "uncertainty[17].range"], e.Diagnostics.Select(d => d.Path));
        Assert.StartsWith("missing required key 'key'", e.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("the range 3–5 does not contain the scenario's value 2", e.Diagnostics[1].Message);
    }

    [Fact]
    public void A_value_set_on_the_command_line_may_lie_outside_its_range_but_one_in_the_file_may_not()
    {
        var outside = new ScenarioOverride("behaviour.give_up_rate_per_day", "3");
        Assert.Equal(3, ScenarioLoader.Parse(BaselineText, "b.yaml", [outside]).Behaviour.GiveUpRatePerDay);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(BaselineText.Replace("give_up_rate_per_day: 1.0 ", "give_up_rate_per_day: 3.0 ", StringComparison.Ordinal), "b.yaml"));
        Assert.Contains(e.Diagnostics, d => d.Path == "uncertainty[1].key" && d.Message.Contains("the range 0.1–1.5 (the catalogue's) does not contain the scenario's value 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_outside_a_triangular_range_by_set_loads_and_a_value_that_does_not_bind_is_reported_once()
    {
        var set = ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride("policies[2].duration_days", "30")]);
        Assert.Equal(30, set.Policies[2].DurationDays);
        var duration = UncertainInputs.Of(set).Single(p => p.Path == "policies[2].duration_days");
        Assert.Equal(60, duration.Mode); // the default mode, the scenario's value, held to the range
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(BaselineText.Replace("give_up_rate_per_day: 1.0 ", "give_up_rate_per_day: -1.0 ", StringComparison.Ordinal), "b.yaml"));
        Assert.Equal("behaviour.give_up_rate_per_day", Assert.Single(e.Diagnostics).Path);
    }

    [Fact]
    public void The_baselines_section_resolves_with_the_catalogues_ranges_where_it_gives_none()
    {
        var parameters = UncertainInputs.Of(TestScenarios.Baseline());
        var giveUp = parameters.Single(p => p.Path == "behaviour.give_up_rate_per_day");
        Assert.True(giveUp.RangeFromCatalogue);
        Assert.Equal((0.1, 1.5), (giveUp.Low, giveUp.High));
        Assert.Equal(UncertainDistribution.LogUniform, giveUp.Distribution);
        var duration = parameters.Single(p => p.Path == "policies[2].duration_days");
        Assert.Equal((ParameterKind.WholeNumber, 60.0, 124.0, 60.0), (duration.Kind, duration.Low, duration.High, duration.Mode));
        var newsEnd = parameters.Single(p => p.Path == "policies[5].end");
        Assert.Equal("2026-01-12–2026-03-11", newsEnd.RangeText);
        Assert.Equal("2026-01-26", newsEnd.Value);
    }

    [Fact]
    public void Keys_from_the_command_line_take_the_scenarios_entry_or_else_the_catalogues_range()
    {
        var baseline = TestScenarios.Baseline();
        var keys = UncertainInputs.ForKeys(baseline, ["policies.2.effects.militarization.deterrence", "behaviour.money_multiplier"]);
        Assert.Equal((0.1, 0.6, false), (keys[0].Low, keys[0].High, keys[0].RangeFromCatalogue));
        Assert.Equal((1.0, 4.0, true), (keys[1].Low, keys[1].High, keys[1].RangeFromCatalogue));
        var e = Assert.Throws<FormatException>(() => UncertainInputs.ForKeys(baseline, ["behaviour.give_up", "policies[3].start", "behaviour.money_multiplier", "behaviour.money_multiplier"]));
        Assert.Equal(3, e.Message.Split(Environment.NewLine).Length);
        Assert.Contains("behaviour.give_up: no such key", e.Message, StringComparison.Ordinal);
        Assert.Contains("behaviour.money_multiplier: given twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uniform_and_log_uniform_map_the_unit_interval_onto_the_range()
    {
        var uniform = Parameter("", "behaviour.money_multiplier");
        Assert.Equal([1.0, 2.5, 4.0], new[] { 0, 0.5, 1 }.Select(uniform.ValueAt));
        var log = Parameter("", "behaviour.give_up_rate_per_day");
        Assert.Equal(Math.Sqrt(0.1 * 1.5), log.ValueAt(0.5), 12);
        Assert.Equal(0.1, log.ValueAt(0), 12);
        Assert.Equal(1.5, log.ValueAt(1), 12);
    }

    [Fact]
    public void Whole_numbers_and_dates_give_every_value_of_the_range_its_full_share()
    {
        var refusal = Parameter("", "policies[1].start"); // 24 to 27 November: four days
        var counts = Enumerable.Range(0, 4000).Select(i => refusal.Format(refusal.ValueAt((i + 0.5) / 4000))).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["2025-11-24", "2025-11-25", "2025-11-26", "2025-11-27"], counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts.Values, c => Assert.Equal(1000, c));
        var duration = Parameter("", "policies[2].duration_days");
        Assert.Equal("60", duration.Format(duration.ValueAt(0)));
        Assert.Equal("124", duration.Format(duration.ValueAt(1)));
    }

    [Fact]
    public void Triangular_peaks_at_its_mode_and_a_truncated_normal_stays_in_its_range()
    {
        var triangle = Parameter("  - key: population.smuggler_money_share\n    distribution: triangular\n    mode: 0.2\n", "population.smuggler_money_share");
        Assert.Equal(0.2, triangle.ValueAt(0.25), 12); // F(mode) = (0.2 − 0.1) / (0.5 − 0.1)
        Assert.Equal(0.1 + Math.Sqrt(0.1 * 0.4 * 0.1), triangle.ValueAt(0.1), 12);
        var normal = Parameter("  - key: population.smuggler_money_share\n    distribution: normal\n    mode: 0.3\n    sd: 0.05\n", "population.smuggler_money_share");
        Assert.Equal(0.3, normal.ValueAt(0.5), 9); // symmetric truncation: the median is the mean
        var values = Enumerable.Range(0, 1001).Select(i => normal.ValueAt(i / 1000.0)).ToArray();
        Assert.All(values, v => Assert.InRange(v, 0.1, 0.5));
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First <= p.Second), "quantiles increase");
        Assert.Equal(0.05 * 1.6448536269514722, normal.ValueAt(0.95) - 0.3, 3); // barely truncated at ±4 sd
        Assert.Equal("0.3", normal.Format(0.3));
    }

    [Theory]
    [InlineData("baseline.yaml")]
    [InlineData("closure-through-march.yaml")]
    public void Every_uncertain_input_at_either_end_of_its_range_gives_a_valid_scenario_with_that_value(string file)
    {
        var text = File.ReadAllText(RepoPaths.Scenario(file));
        var parameters = UncertainInputs.Of(ScenarioLoader.Parse(text, file));
        foreach (var unit in new[] { 0.0, 1.0 })
        {
            var values = UncertainPoints.FromUnit(parameters, Enumerable.Repeat(unit, parameters.Count).ToArray());
            var scenario = UncertainPoints.Apply(text, file, [], parameters, values);
            var applied = ParameterCatalog.Values(scenario).ToDictionary(v => v.Path, v => v.Value, StringComparer.Ordinal);
            for (var i = 0; i < parameters.Count; i++)
            {
                Assert.Equal(parameters[i].Format(unit == 0 ? parameters[i].Low : parameters[i].High), applied[parameters[i].Path]);
            }
        }
    }

    [Fact]
    public void A_point_sets_dates_and_durations_and_a_key_also_set_on_the_command_line_is_refused()
    {
        var parameters = UncertainInputs.Of(TestScenarios.Baseline());
        var values = parameters.Select(p => p.ScenarioValue).ToArray();
        var end = parameters.ToList().FindIndex(p => p.Path == "policies[5].end");
        var duration = parameters.ToList().FindIndex(p => p.Path == "policies[2].duration_days");
        values[end] = new DateOnly(2026, 2, 20).DayNumber;
        values[duration] = 90.4;
        Assert.Equal("2026-02-20", UncertainPoints.Texts(parameters, values)[end]);
        var scenario = UncertainPoints.Apply(BaselineText, "b.yaml", [], parameters, values);
        Assert.Equal(new DateOnly(2026, 2, 20), scenario.Policies[5].End);
        Assert.Equal(90, scenario.Policies[2].DurationDays);
        Assert.Throws<ArgumentException>(() => UncertainPoints.Texts(parameters, [1.0]));
        var e = Assert.Throws<ScenarioException>(() => UncertainPoints.Apply(BaselineText, "b.yaml", [new ScenarioOverride("policies[5].end", "2026-03-01")], parameters, values));
        Assert.Contains("already set", e.Message, StringComparison.Ordinal);
    }
}
