using System.CommandLine;
using System.Globalization;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>The command line as a newcomer meets it: help, placeholders, "did you mean", keys, folders, copied scenarios, --no-charts, seeds.</summary>
[Collection(BuildsAlone.Name)]
public sealed class CommandLineTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    [Fact]
    public void No_arguments_print_a_short_help_with_every_command_on_one_line()
    {
        var bare = CliRunner.Run();
        Assert.Equal(0, bare.ExitCode);
        Assert.Equal(bare.Stdout, CliRunner.Run("--help").Stdout);
        var lines = bare.Stdout.Split('\n');
        Assert.True(lines.Length < 35, $"the root help has {lines.Length} lines");
        var root = BorderSimCli.Create(TextWriter.Null, TextWriter.Null);
        foreach (var command in root.Subcommands)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"  {command.Name} ", StringComparison.Ordinal));
            Assert.True(line.Length <= 100, line);
        }
    }

    [Fact]
    public void Every_option_that_takes_a_value_names_what_it_takes()
    {
        var root = BorderSimCli.Create(TextWriter.Null, TextWriter.Null);
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => o.ValueType != typeof(bool) && !o.Name.StartsWith("-h", StringComparison.Ordinal) && o.Name != "--help"))
            {
                Assert.False(string.IsNullOrEmpty(option.HelpName), $"bordersim {command.Name} {option.Name} has no placeholder");
            }
        }

        Assert.Contains("--set <key.path=value>", CliRunner.Run("run", "--help").Stdout);
    }

    [Theory]
    [InlineData(new[] { "run", "SCENARIO", "--sed", "3" }, "unknown option '--sed'", "Did you mean '--seed'")]
    [InlineData(new[] { "run", "SCENARIO", "--replicate", "3" }, "unknown option '--replicate'", "Did you mean '--replicates'")]
    [InlineData(new[] { "rnu", "SCENARIO" }, "'rnu'", "Did you mean 'run'")]
    [InlineData(new[] { "run", "SCENARIO", "--set", "behaviour.give_up_rate=0.3" }, "behaviour.give_up_rate: no such key", "Did you mean 'give_up_rate_per_day'")]
    [InlineData(new[] { "run", "SCENARIO", "--set", "behaviour.give_up_rate=0.3" }, "The keys in behaviour: direct_irregular_share, give_up_rate_per_day", "irregular_route")]
    [InlineData(new[] { "run", "SCENARIO", "--set", "policies[9].end=2026-01-01" }, "policies[9]: no such list item", "policies has 6 entries, policies[0] to policies[5]")]
    public void Misspellings_get_the_nearest_names_and_wrong_indexes_the_number_of_entries(string[] args, string message, string hint)
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run([.. args.Select(a => a == "SCENARIO" ? Baseline : a), "--out", temp["out"]]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.Contains(hint, outcome.Stderr);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_misspelt_key_in_a_file_gets_the_nearest_names()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["s.yaml"], File.ReadAllText(Baseline).Replace("  give_up_rate_per_day:", "  give_up_rat_per_day:", StringComparison.Ordinal));
        var outcome = CliRunner.Run("validate", temp["s.yaml"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown key 'give_up_rat_per_day'. Did you mean 'give_up_rate_per_day'?", outcome.Stderr);
    }

    [Fact]
    public void Keys_lists_every_parameter_with_its_value_unit_plausible_range_and_meaning()
    {
        var all = CliRunner.Run("keys");
        Assert.Equal(0, all.ExitCode);
        Assert.StartsWith("key path", all.Stdout, StringComparison.Ordinal);
        Assert.Contains("policies[].effects.corridor.places_per_day", all.Stdout);

        var baseline = CliRunner.Run("keys", Baseline, "--set", "behaviour.give_up_rate_per_day=0.2");
        Assert.Equal(0, baseline.ExitCode);
        var line = Assert.Single(baseline.Stdout.Split('\n'), l => l.StartsWith("behaviour.give_up_rate_per_day ", StringComparison.Ordinal));
        Assert.Matches(@"^behaviour\.give_up_rate_per_day +0\.2 +1/day +0\.1–1\.5 +stranded group's rate of returning inland$", line);
        Assert.Contains(baseline.Stdout.Split('\n'), l => l.StartsWith("policies[2].duration_days ", StringComparison.Ordinal) && l.Contains(" 60 ", StringComparison.Ordinal));

        var csv = CliRunner.Run("keys", Baseline, "--format", "csv").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key_path,value,unit,limits,plausible,source,meaning", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("population.pool_persons,336000,persons,\"0–100,000,000\",\"330,000–336,000\",", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_takes_folders_as_run_all_does()
    {
        var outcome = CliRunner.Run("validate", Path.Combine(CliRunner.RepoRoot, "scenarios"));
        Assert.Equal(0, outcome.ExitCode);
        var count = Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "scenarios"), "*.yaml").Length;
        Assert.Equal(count, outcome.Stdout.Split('\n').Count(l => l.StartsWith("ok: ", StringComparison.Ordinal)));
        Assert.Contains($"all {count} scenario files are valid", outcome.Stdout);

        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["empty"]);
        var empty = CliRunner.Run("validate", temp["empty"]);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no scenario files", empty.Stderr);
    }

    [Fact]
    public void A_scenario_copied_out_of_scenarios_says_why_its_observations_are_missing_and_takes_them_from_the_command_line()
    {
        using var temp = new TempFolder();
        File.Copy(Baseline, temp["mine.yaml"]);
        var lost = CliRunner.Run("validate", temp["mine.yaml"]);
        Assert.Equal(2, lost.ExitCode);
        Assert.Contains("relative to the scenario file's folder", lost.Stderr);
        Assert.Contains("--observations FILE", lost.Stderr);

        var observations = Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv");
        Assert.Equal(0, CliRunner.Run("validate", temp["mine.yaml"], "--observations", observations).ExitCode);
        var run = CliRunner.Run("run", temp["mine.yaml"], "--tick", "24h", "--observations", observations, "--out", temp["out"]);
        Assert.Equal(0, run.ExitCode);
        var manifest = File.ReadAllText(Path.Combine(temp["out"], "manifest.json"));
        Assert.Contains("\"observations=", manifest, StringComparison.Ordinal); // recorded as an override, so reproduce finds it
        Assert.Equal(0, CliRunner.Run("reproduce", temp["out"], "--scenario", temp["mine.yaml"]).ExitCode);
    }

    [Fact]
    public void No_charts_writes_only_the_numbers_and_reproduce_checks_them()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("run", Baseline, "--tick", "24h", "--no-charts", "--out", temp["single"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["daily.csv", "manifest.json", "summary.json", "ticks.csv"], Directory.GetFiles(temp["single"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, CliRunner.Run("reproduce", temp["single"]).ExitCode);

        Assert.Equal(0, CliRunner.Run("run", Baseline, "--tick", "24h", "--replicates", "3", "--no-charts", "--out", temp["ensemble"]).ExitCode);
        Assert.DoesNotContain(Directory.GetFiles(temp["ensemble"]), f => f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("sweep", Baseline, "--tick", "24h", "--vary", "behaviour.give_up_rate_per_day=0.4,0.8", "--replicates", "2", "--no-charts", "--out", temp["sweep"]).ExitCode);
        Assert.DoesNotContain(Directory.GetFiles(temp["sweep"]), f => f.EndsWith(".svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_seed_written_or_accepted_is_below_2_to_the_53()
    {
        using var temp = new TempFolder();
        var tooBig = CliRunner.Run("run", Baseline, "--seed", "9007199254740992", "--out", temp["x"]);
        Assert.Equal(2, tooBig.ExitCode);
        Assert.Contains("--seed: at most 9007199254740991", tooBig.Stderr);
        File.WriteAllText(temp["big.yaml"], File.ReadAllText(Baseline).Replace("seed: 20251128", "seed: 18446744073709551615", StringComparison.Ordinal));
        var inFile = CliRunner.Run("validate", temp["big.yaml"]);
        Assert.Equal(2, inFile.ExitCode);
        Assert.Contains("seed: expected a number from 0 to 9007199254740991", inFile.Stderr);

        Assert.Equal(0, CliRunner.Run("run", Baseline, "--seed", "9007199254740991", "--tick", "24h", "--replicates", "20", "--no-charts", "--out", temp["e"]).ExitCode);
        var seeds = File.ReadAllLines(Path.Combine(temp["e"], "key_figures.csv")).Skip(1).Select(l => ulong.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(20, seeds.Length);
        Assert.All(seeds, s => Assert.Equal(s, (ulong)(double)s)); // what R's read.csv and pandas read back
    }
}
