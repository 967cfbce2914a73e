using System.Text.Json.Nodes;
using System.Xml.Linq;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class RunAllCommandTests
{
    private static readonly string[] RunFiles = [.. ReportTestSupport.RunFiles, .. ReportTestSupport.ChartFiles];

    [Fact]
    public void Run_all_writes_every_scenario_the_comparison_and_the_manifest()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(["baseline", "comparison", "open-border"], Directory.GetDirectories(temp["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "baseline", "open-border" })
        {
            Assert.Equal(RunFiles.Order(StringComparer.Ordinal), Directory.GetFiles(Path.Combine(temp["out"], name)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains($"{name}:\n  peak stranded", outcome.Stdout, StringComparison.Ordinal);
        }

        var csv = File.ReadAllLines(Path.Combine(temp["out"], "comparison", "comparison.csv"));
        Assert.Equal(["baseline", "open-border"], csv.Skip(1).Select(l => l.Split(',')[0]));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["out"], "manifest.json")))!;
        Assert.Equal("run-all", (string?)manifest["kind"]);
        Assert.Equal(["baseline", "open-border"], manifest["comparison_chart"]!.AsArray().Select(n => (string?)n));
        var files = manifest["scenarios"]!.AsArray().Select(s => (string)s!["scenario_file"]!).ToArray();
        Assert.All(files, f => Assert.False(Path.IsPathRooted(f), f));
        Assert.All(files, f => Assert.DoesNotContain('\\', f));
        Assert.Equal(files, manifest["scenarios"]!.AsArray().Select(s => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(temp["out"], (string)s!["name"]!, "manifest.json")))!["scenario_file"]!));
        Assert.Empty(ReportTestSupport.Leftovers(temp["out"]));
    }

    [Fact]
    public void A_scenario_folder_holds_what_run_writes_for_the_same_file()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline");

        Assert.Equal(0, CliRunner.Run("run-all", scenarios, "--out", temp["all"]).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", Path.Combine(scenarios, "baseline.yaml"), "--out", temp["one"]).ExitCode);

        foreach (var file in RunFiles.Where(f => f is not "manifest.json" and not "report.html"))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp["one"], file)), File.ReadAllBytes(Path.Combine(temp["all"], "baseline", file)));
        }
    }

    [Fact]
    public void Outputs_are_the_same_bytes_whatever_parallel_is()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border", "closure-only");

        Assert.Equal(0, CliRunner.Run("run-all", scenarios, "--out", temp["one"], "--parallel", "1").ExitCode);
        Assert.Equal(0, CliRunner.Run("run-all", scenarios, "--out", temp["three"], "--parallel", "3").ExitCode);

        foreach (var file in Directory.EnumerateFiles(temp["one"], "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal) && !f.EndsWith("report.html", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(file.Replace(temp["one"], temp["three"], StringComparison.Ordinal)));
        }

        var again = CliRunner.Run("reproduce", temp["one"], "--parallel", "3");
        Assert.True(again.ExitCode == 0, again.Stdout + again.Stderr);
    }

    [Fact]
    public void With_replicates_each_scenario_is_an_ensemble_and_reproduce_checks_it_even_without_its_replicates_csv()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"], "--replicates", "5");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("baseline:\n  medians of 5 replicates: peak stranded", outcome.Stdout, StringComparison.Ordinal);
        foreach (var name in new[] { "baseline", "open-border" })
        {
            var folder = Path.Combine(temp["out"], name);
            Assert.Equal("ensemble", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")))!["kind"]);
            Assert.Equal(1 + 5, File.ReadAllLines(Path.Combine(folder, "key_figures.csv")).Length);
            Assert.True(File.Exists(Path.Combine(folder, "stranded.svg")));
        }

        Assert.Equal(5, (int)JsonNode.Parse(File.ReadAllText(Path.Combine(temp["out"], "manifest.json")))!["replicates"]!);

        // A folder kept for reference may leave out the replicates' daily rows: they are reported as not checked.
        File.Delete(Path.Combine(temp["out"], "baseline", "replicates.csv"));
        var check = CliRunner.Run("reproduce", temp["out"]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Contains("not checked, because the folder does not keep them: baseline/replicates.csv", check.Stdout, StringComparison.Ordinal);

        // Any other change is still found.
        var keyFigures = Path.Combine(temp["out"], "open-border", "key_figures.csv");
        var lines = File.ReadAllLines(keyFigures);
        var fields = lines[3].Split(',');
        fields[2] = (int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[3] = string.Join(',', fields);
        File.WriteAllText(keyFigures, string.Join('\n', lines) + "\n");
        var changed = CliRunner.Run("reproduce", temp["out"]);
        Assert.Equal(3, changed.ExitCode);
        Assert.Contains("  open-border/key_figures.csv: line 4 (replicate 2), column peak_stranded", changed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Existing_results_are_kept_without_force_and_replaced_with_it_keeping_other_files()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");
        var output = Directory.CreateDirectory(temp["out"]).FullName;
        Directory.CreateDirectory(Path.Combine(output, "baseline"));
        File.WriteAllText(Path.Combine(output, "baseline", "old.txt"), "old");
        File.WriteAllText(Path.Combine(output, "README.md"), "mine");
        Directory.CreateDirectory(Path.Combine(output, "renamed"));
        File.WriteAllText(Path.Combine(output, "renamed", "manifest.json"), "{}");

        var refused = CliRunner.Run("run-all", scenarios, "--out", output);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already holds baseline, kept", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(["baseline", "renamed"], Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["old.txt"], Directory.GetFiles(Path.Combine(output, "baseline")).Select(Path.GetFileName));

        var forced = CliRunner.Run("run-all", scenarios, "--out", output, "--force");

        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.False(File.Exists(Path.Combine(output, "baseline", "old.txt")));
        Assert.True(File.Exists(Path.Combine(output, "baseline", "daily.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "README.md")));
        Assert.Contains("renamed holds the results of no scenario given; left as it is", forced.Stderr, StringComparison.Ordinal);
        Assert.Empty(ReportTestSupport.Leftovers(output));

        var again = CliRunner.Run("run-all", scenarios, "--out", output);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds baseline, open-border, comparison, manifest.json, kept", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_scenario_is_reported_and_nothing_is_run_or_written()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline");
        ScenarioCopies.Write(Path.Combine(scenarios, "broken.yaml"), "open-border", t => t.Replace("give_up_rate_per_day: 1.0", "give_up_rate_per_day: -1", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(scenarios, "empty.yml"), "name: empty\n");

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("broken.yaml", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("behaviour.give_up_rate_per_day", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty.yml", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 of 3 scenario files are invalid (above); nothing was run", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void The_chart_draws_the_scenarios_named_and_the_table_has_all()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"], "--chart", "open-border");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(temp["out"], "comparison", "comparison.svg")));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
        Assert.Contains("open-border", texts);
        Assert.DoesNotContain("baseline", texts);
        Assert.Contains("| baseline | baseline |", File.ReadAllText(Path.Combine(temp["out"], "comparison", "comparison.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--chart", "baseline,nowhere", "--chart: no scenario is named 'nowhere'; the scenarios are baseline, open-border")]
    [InlineData("--chart", "baseline,baseline", "--chart: 'baseline' is given twice")]
    [InlineData("--parallel", "0", "--parallel: expected a whole number of at least 1, found 0")]
    public void Bad_options_exit_2_and_write_nothing(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"], option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Scenarios_that_would_share_a_folder_or_have_none_are_refused()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline");
        ScenarioCopies.Write(Path.Combine(scenarios, "copy.yaml"), "baseline");

        var twice = CliRunner.Run("run-all", scenarios, "--out", temp["out"]);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("have the same name 'baseline'", twice.Stderr, StringComparison.Ordinal);

        var empty = Directory.CreateDirectory(temp["empty"]).FullName;
        var none = CliRunner.Run("run-all", empty, "--out", temp["out"]);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no scenario files (.yaml, .yml or .json) in this folder", none.Stderr, StringComparison.Ordinal);

        var missing = CliRunner.Run("run-all", temp["nowhere"], "--out", temp["out"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such folder or scenario file", missing.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Help_shows_examples()
    {
        var help = CliRunner.Run("run-all", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("bordersim run-all scenarios --out results/reference --replicates 100 --force", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--chart", help.Stdout, StringComparison.Ordinal);
    }
}
