using System.Globalization;
using System.Text.RegularExpressions;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

public sealed partial class ParameterCatalogTests
{
    private static readonly string BaselineText = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));

    /// <summary>Every single value of the scenario format, read off the records independently of the catalogue.</summary>
    private static IEnumerable<string> Leaves(Type type, string prefix)
    {
        foreach (var (name, property) in YamlBinder.BindableProperties(type))
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (YamlBinder.IsList(t, out var element))
            {
                path += "[]";
                t = element;
            }

            if (t.IsClass && t != typeof(string))
            {
                foreach (var leaf in Leaves(t, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    [Fact]
    public void Every_value_of_the_scenario_format_has_exactly_one_entry_and_every_entry_is_a_value()
    {
        var paths = ParameterCatalog.All.Select(p => p.Path).ToArray();
        Assert.Equal(paths.Length, paths.Distinct().Count());
        Assert.Equal(Leaves(typeof(Scenario), "").Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_number_has_limits_and_its_plausible_range_and_default_lie_within_them()
    {
        foreach (var p in ParameterCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Meaning), p.Path);
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), p.Path);
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Path);
            var numeric = p.Kind is ParameterKind.Number or ParameterKind.WholeNumber;
            Assert.True(numeric == p.Limits is not null, $"{p.Path}: numbers have limits, other values none");
            Assert.True(p.Plausible is null || numeric, $"{p.Path}: only numbers have a plausible range");
            if (p.Limits is { } limits)
            {
                Assert.True(limits.Low <= limits.High, p.Path);
                if (p.Plausible is { } plausible)
                {
                    Assert.True(plausible.Low <= plausible.High && limits.Contains(plausible.Low) && limits.Contains(plausible.High), $"{p.Path}: {plausible} within {limits}");
                }

                if (double.TryParse(p.Default, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    Assert.True(limits.Contains(d), $"{p.Path}: default {p.Default} within {limits}");
                }
            }

            Assert.True(p.Kind == ParameterKind.Choice == !p.Choices.IsEmpty, p.Path);
        }

        Assert.Equal("required", ParameterCatalog.Find("population.pool_persons")!.Default);
        Assert.Equal("0.05", ParameterCatalog.Find("population.vulnerable_share_singles")!.Default);
        Assert.Equal("none", ParameterCatalog.Find("policies[3].end")!.Default);
        Assert.Equal(["open", "documented_only", "closed"], ParameterCatalog.Find("policies.0.effects.entry_rule.rule")!.Choices.ToArray());
        Assert.Equal(ParameterKind.WholeNumber, ParameterCatalog.Find("seed")!.Kind);
        Assert.Null(ParameterCatalog.Find("behaviour.give_up_rate"));
        Assert.Same(ParameterCatalog.Find("population.group_sizes[].size"), ParameterCatalog.Find("population.group_sizes[3].size"));
    }

    [Fact]
    public void The_loader_rejects_a_value_past_each_limit_at_the_parameters_key_path()
    {
        var values = ParameterCatalog.Values(ScenarioLoader.Parse(BaselineText, "b.yaml"));
        var tested = 0;
        foreach (var first in values.Where(v => v.Parameter.Limits is not null).GroupBy(v => v.Parameter).Select(g => g.First()))
        {
            var limits = first.Parameter.Limits!;
            var past = first.Parameter.Kind == ParameterKind.WholeNumber
                ? (limits.High + 1).ToString("R", CultureInfo.InvariantCulture)
                : (limits.High * 2 + 1).ToString("R", CultureInfo.InvariantCulture);
            var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride(first.Path, past)]));
            Assert.Contains(e.Diagnostics, d => d.Path == first.Path && d.Message.StartsWith("expected a number from", StringComparison.Ordinal));
            tested++;
        }

        Assert.True(tested >= 30, $"only {tested} limits tested");
    }

    [Fact]
    public void Each_value_listed_for_a_scenario_sets_back_to_the_same_scenario()
    {
        var baseline = ScenarioLoader.Parse(BaselineText, "b.yaml");
        var json = ScenarioJson.Serialize(baseline);
        var values = ParameterCatalog.Values(baseline);
        Assert.Contains(values, v => v.Path == "policies[2].duration_days" && v.Value == "60");
        Assert.Contains(values, v => v.Path == "population.nationalities[3].name");
        Assert.Contains(values, v => v.Path == "population.vulnerable_share_singles"); // a default, not in the file
        Assert.Equal(["1.2", "4"], values.Where(v => v.Path.StartsWith("uncertainty[2].range[", StringComparison.Ordinal)).Select(v => v.Value)); // the items of a list of values
        Assert.Equal(["2026-01-12", "2026-03-11"], values.Where(v => v.Path.StartsWith("uncertainty[5].range[", StringComparison.Ordinal)).Select(v => v.Value));
        foreach (var v in values.Where(v => v.Value != "none" && !v.Parameter.Path.EndsWith("[]", StringComparison.Ordinal)))
        {
            Assert.Equal(json, ScenarioJson.Serialize(ScenarioLoader.Parse(BaselineText, "b.yaml", [new ScenarioOverride(v.Path, v.Value)])));
        }

        // Grouped by list entry: a policy's keys come together.
        var policy = values.Select((v, i) => (v, i)).Where(x => x.v.Path.StartsWith("policies[1].", StringComparison.Ordinal)).Select(x => x.i).ToArray();
        Assert.Equal(policy.Length - 1, policy[^1] - policy[0]);
    }

    [Fact]
    public void The_tick_is_a_choice_of_the_lengths_the_engine_allows_and_a_scenario_without_one_records_once_a_day()
    {
        var tick = ParameterCatalog.Find("tick")!;
        Assert.Equal(ParameterKind.Choice, tick.Kind);
        Assert.Equal("1h 2h 3h 4h 6h 8h 12h 24h", string.Join(' ', tick.Choices));
        Assert.Equal("24h", tick.Default);
        Assert.Equal(ParameterKind.Text, ParameterCatalog.Find("name")!.Kind);

        var withoutTick = string.Join('\n', BaselineText.Split('\n').Where(l => !l.StartsWith("tick:", StringComparison.Ordinal)));
        Assert.Equal("24h", ScenarioLoader.Parse(withoutTick, "no-tick.yaml").Tick);
    }

    [Fact]
    public void Each_value_has_the_kind_of_its_type_in_the_scenario_format()
    {
        Assert.Equal(
            [ParameterKind.WholeNumber, ParameterKind.WholeNumber, ParameterKind.Number, ParameterKind.Boolean, ParameterKind.Date, ParameterKind.Choice, ParameterKind.Text],
            new[] { "seed", "population.pool_persons", "behaviour.money_multiplier", "policies[].enabled", "window.start", "border.default_entry_rule", "policies[].label" }
                .Select(path => ParameterCatalog.Find(path)!.Kind));
    }

    [Fact]
    public void The_values_of_no_scenario_are_refused_by_name() =>
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => ParameterCatalog.Values(null!)).ParamName);

    [Fact]
    public void A_value_read_from_a_source_is_told_from_an_assumption()
    {
        Assert.False(ParameterCatalog.Find("population.pool_persons")!.IsAssumption); // 003, 004
        Assert.True(ParameterCatalog.Find("behaviour.give_up_rate_per_day")!.IsAssumption);
        Assert.Contains(ParameterCatalog.All, p => !p.IsAssumption && p.Source.Contains("assumption", StringComparison.Ordinal)); // "a choice ..., not an assumption"
    }

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(9_999, "9999")]
    [InlineData(10_000, "10,000")]
    [InlineData(-336_000, "-336,000")]
    [InlineData(10_000.5, "10000.5")]
    [InlineData(999_999_999_999_999, "999,999,999,999,999")]
    [InlineData(1e15, "1000000000000000")] // from 10^15 on, no separators
    [InlineData(9_007_199_254_740_991, "9007199254740991")] // the seed's upper limit
    public void A_whole_limit_or_plausible_value_is_written_with_thousands_separators_from_10000_to_below_10_to_the_15(double value, string text) =>
        Assert.Equal(text, ValueRange.Format(value));

    [Fact]
    public void The_parameter_table_of_the_ODD_agrees_with_the_catalogue()
    {
        var odd = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ODD.md"));
        var section = odd[odd.IndexOf("## Parameter table", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("### The scenario library", StringComparison.Ordinal)];
        section = section[..section.IndexOf("#### The baseline's uncertain inputs", StringComparison.Ordinal)]; // a table of the scenario's own, checked below
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(Cells).ToArray();
        Assert.Equal(ParameterCatalog.All.Select(p => p.Path), rows.Select(r => r[0].Trim('`')));
        foreach (var row in rows)
        {
            var p = ParameterCatalog.Find(row[0].Trim('`'))!;
            // | key path | meaning | unit | default | limits | baseline | plausible range | source or assumption |
            Assert.Equal([p.Meaning, p.Unit, p.Default, p.LimitsText, p.PlausibleText, p.Source], [row[1], row[2], row[3], row[4], row[6], row[7]]);
        }
    }

    [Theory]
    [InlineData("baseline.yaml")]
    [InlineData("closure-through-march.yaml")]
    public void A_scenarios_uncertain_range_differs_from_the_catalogues_plausible_range_only_where_its_note_says_why(string file)
    {
        var scenario = ScenarioLoader.Parse(File.ReadAllText(RepoPaths.Scenario(file)), file);
        var parameters = UncertainInputs.Of(scenario);
        Assert.True(parameters.Count >= 10, $"{file}: {parameters.Count} uncertain inputs");
        foreach (var p in parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Path);
            if (p.Parameter.Plausible is { } catalogue && (catalogue.Low != p.Low || catalogue.High != p.High))
            {
                Assert.True(p.Note?.Contains("catalogue", StringComparison.Ordinal) == true, $"{file}: {p.Path}: the range {p.RangeText} differs from the catalogue's {catalogue} and its note does not say why");
            }
            else if (p.Parameter.Plausible is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Note), $"{file}: {p.Path}: the catalogue has no range for it, so the note says where the range comes from");
            }
        }
    }

    [Fact]
    public void The_ODDs_table_of_the_baselines_uncertain_inputs_is_the_scenarios_section()
    {
        var parameters = UncertainInputs.Of(ScenarioLoader.Parse(BaselineText, "b.yaml"));
        var odd = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ODD.md"));
        var section = odd[odd.IndexOf("#### The baseline's uncertain inputs", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        var expected = parameters.Select(UncertainRow).ToArray();
        Assert.True(expected.SequenceEqual(rows), "docs/ODD.md should list the baseline's uncertain inputs as:\n" + string.Join("\n", expected));
        var count = ParameterCatalog.All.Single(p => p.Path == "uncertainty[].key");
        Assert.Contains($"| `uncertainty[].key` | {count.Meaning} | {count.Unit} | {count.Default} | – | {parameters.Count} entries (below) |", odd, StringComparison.Ordinal);
    }

    private static string UncertainRow(UncertainParameter p)
    {
        var distribution = SnakeCase.From(p.Distribution.ToString()) + p.Distribution switch
        {
            UncertainDistribution.Triangular => $" (peak {p.Format(p.Mode)})",
            UncertainDistribution.Normal => $" ({p.Format(p.Mode)} ± {p.Sd.ToString("R", CultureInfo.InvariantCulture)})",
            _ => "",
        };
        return $"| `{p.Path}` | {p.RangeText}{(p.RangeFromCatalogue ? " (catalogue)" : "")} | {distribution} | {p.Source} | {p.Note ?? "–"} |";
    }

    private static string[] Cells(string row) =>
        CellSplit().Split(row.Trim().Trim('|')).Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();
}
