using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class RunCommandTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    [Fact]
    public void Run_writes_the_tables_summary_and_manifest()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("run", Baseline, "--out", temp["out"], "--tick", "24h");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("peak stranded", outcome.Stdout);
        foreach (var file in new[] { "daily.csv", "ticks.csv", "summary.json", "manifest.json" })
        {
            Assert.True(File.Exists(Path.Combine(temp["out"], file)), file);
        }

        var daily = File.ReadAllLines(Path.Combine(temp["out"], "daily.csv"));
        Assert.StartsWith("date,stranded,stranded_vulnerable,queued,longest_queue,travelling,irregular_en_route,sheltered,departures,", daily[0]);
        var window = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["out"], "manifest.json")))!["resolved_scenario"]!["window"]!;
        var days = DateOnly.Parse((string)window["end"]!, System.Globalization.CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse((string)window["start"]!, System.Globalization.CultureInfo.InvariantCulture).DayNumber + 1;
        Assert.Equal(1 + days, daily.Length);
        Assert.StartsWith((string)window["start"]!, daily[1]);
        Assert.Empty(Directory.GetDirectories(temp.Path, ".*partial*"));
    }

    [Fact]
    public void The_manifest_records_seed_tick_overrides_hash_and_resolved_scenario()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("run", Baseline, "--out", temp["out"], "--seed", "99", "--tick", "12h", "--set", "behaviour.give_up_rate_per_day=0.5");
        Assert.Equal(0, outcome.ExitCode);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["out"], "manifest.json")))!;
        Assert.Equal(99UL, (ulong)manifest["seed"]!);
        Assert.Equal("12h", (string)manifest["tick"]!);
        Assert.Equal("behaviour.give_up_rate_per_day=0.5", (string)manifest["overrides"]![0]!);
        Assert.Equal(0.5, (double)manifest["resolved_scenario"]!["behaviour"]!["give_up_rate_per_day"]!);
        Assert.Equal(99UL, (ulong)manifest["resolved_scenario"]!["seed"]!);
        Assert.Equal(64, ((string)manifest["scenario_sha256"]!).Length);
        Assert.Contains("--set", manifest["command_line"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void The_resolved_scenario_reproduces_the_run()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--out", temp["a"], "--seed", "5", "--tick", "24h", "--set", "population.base_departures_persons_per_day=60").ExitCode);
        var resolved = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["a"], "manifest.json")))!["resolved_scenario"]!;
        var resolvedFile = temp["resolved.json"];
        File.WriteAllText(resolvedFile, resolved.ToJsonString());
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv"), temp["border-2025.csv"]);
        File.WriteAllText(resolvedFile, resolved.ToJsonString().Replace("observations/border-2025.csv", "border-2025.csv", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("run", resolvedFile, "--out", temp["b"]).ExitCode);
        foreach (var file in new[] { "daily.csv", "ticks.csv", "summary.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["a"], file)), File.ReadAllText(Path.Combine(temp["b"], file)));
        }
    }

    [Fact]
    public void An_existing_folder_is_kept_without_force_and_replaced_with_it()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--out", temp["out"], "--seed", "1", "--tick", "24h").ExitCode);
        var first = File.ReadAllText(Path.Combine(temp["out"], "daily.csv"));

        var refused = CliRunner.Run("run", Baseline, "--out", temp["out"], "--seed", "2", "--tick", "24h");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists", refused.Stderr);
        Assert.Contains("--force", refused.Stderr);
        Assert.Equal(first, File.ReadAllText(Path.Combine(temp["out"], "daily.csv")));

        Assert.Equal(0, CliRunner.Run("run", Baseline, "--out", temp["out"], "--seed", "2", "--tick", "24h", "--force").ExitCode);
        Assert.NotEqual(first, File.ReadAllText(Path.Combine(temp["out"], "daily.csv")));
        Assert.Single(Directory.GetDirectories(temp.Path));
    }

    [Theory]
    [InlineData("empty", "", "", "empty")]
    [InlineData("not yaml", "", "", "not valid YAML")]
    [InlineData("unknown key", "  smuggler_money_share: 0.30", "  smuggler_money_share: 0.30\n  smuggler_money: 1", "unknown key 'smuggler_money'")]
    [InlineData("wrong type", "pool_persons: 336000", "pool_persons: lots", "expected a whole number, found 'lots'")]
    [InlineData("negative rate", "irregular_attempt_rate_per_day: 0.35", "irregular_attempt_rate_per_day: -1", "behaviour.irregular_attempt_rate_per_day: expected a number from 0")]
    [InlineData("end before start", "  end: 2026-03-31", "  end: 2025-11-01", "window.end: the window ends (2025-11-01) before it starts")]
    [InlineData("contradictory policies", "\nevents:", "\n  - label: Peru reopens\n    start: 2026-01-10\n    effects:\n      entry_rule: { rule: open }\nevents:", "contradicts policy 'Tacna state of emergency'")]
    public void A_malformed_scenario_exits_2_with_a_message_naming_the_problem_and_writes_nothing(string name, string find, string replace, string message)
    {
        using var temp = new TempFolder();
        var text = name switch
        {
            "empty" => "",
            "not yaml" => "name: base\nwindow: { start: 2025-11-15\n",
            _ => File.ReadAllText(Baseline).Replace(find, replace, StringComparison.Ordinal),
        };
        Assert.True(name is "empty" or "not yaml" || text != File.ReadAllText(Baseline), "the edit must change the file");
        var file = temp["scenario.yaml"];
        File.WriteAllText(file, text);
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv"), temp["obs.csv"]);
        var outcome = CliRunner.Run("run", file, "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.Contains("scenario.yaml", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr); // no stack trace
        Assert.False(Directory.Exists(temp["out"]));
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    [Theory]
    [InlineData("--tick", "5h", "not a tick length")]
    [InlineData("--set", "no_equals", "key.path=value")]
    [InlineData("--set", "population.nope.deeper=1", "no such key")]
    [InlineData("--seed", "minus-one", "minus-one")]
    public void Bad_options_exit_2_with_a_message(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("run", Baseline, option, value, "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_missing_scenario_file_exits_2()
    {
        var outcome = CliRunner.Run("run", "no/such/file.yaml");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no such scenario file", outcome.Stderr);
    }
}
