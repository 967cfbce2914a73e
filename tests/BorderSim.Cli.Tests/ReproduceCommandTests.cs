using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class ReproduceCommandTests
{
    [Fact]
    public void A_fresh_run_reproduces()
    {
        using var temp = new TempFolder();
        var folder = ReportTestSupport.RunBaseline(temp["run"]);

        var outcome = CliRunner.Run("reproduce", folder);

        Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
        Assert.Contains("its 13 files are byte-identical to a fresh run of", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("window.end=2025-12-31", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("apart from bordersim_version, git_commit, dotnet_version, machine, command_line, scenario_file", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ensemble_reproduces_and_a_changed_replicate_count_is_found()
    {
        using var temp = new TempFolder();
        var folder = temp["ensemble"];
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Scenario("baseline.yaml"), "--replicates", "4", "--tick", "24h", "--set", "window.end=2025-12-15", "--out", folder).ExitCode);

        var outcome = CliRunner.Run("reproduce", folder);

        Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
        Assert.Contains("byte-identical to a fresh ensemble of 4 replicates (slice 1/1) of", outcome.Stdout, StringComparison.Ordinal);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        manifest["replicates"] = 3;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), BorderSim.Core.Scenarios.ScenarioJson.Serialize(manifest));
        var changed = CliRunner.Run("reproduce", folder);
        Assert.Equal(3, changed.ExitCode);
        Assert.Contains("  key_figures.csv: ", changed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_machine_version_commit_and_command_line_are_not_differences()
    {
        using var temp = new TempFolder();
        var folder = ReportTestSupport.RunBaseline(temp["run"]);
        ScenarioCopies.Remake(folder, new Dictionary<string, JsonNode?>
        {
            ["bordersim_version"] = "9.9.9",
            ["git_commit"] = "abcdef0123456789abcdef0123456789abcdef01",
            ["dotnet_version"] = ".NET 11.0.0",
            ["machine"] = "Windows 11 Arm64, 64 cores",
            ["command_line"] = new JsonArray("bordersim", "run", "C:\\work\\baseline.yaml"),
        });
        Assert.Contains("BorderSim 9.9.9 simulation (commit abcdef0)", File.ReadAllText(Path.Combine(folder, "stranded.svg")), StringComparison.Ordinal);
        Assert.Contains("Windows 11 Arm64", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);

        var outcome = CliRunner.Run("reproduce", folder);

        Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
    }

    [Fact]
    public void A_changed_value_is_reported_with_its_file_place_and_both_values()
    {
        using var temp = new TempFolder();
        var folder = ReportTestSupport.RunBaseline(temp["run"]);
        var daily = File.ReadAllLines(Path.Combine(folder, "daily.csv"));
        var row = daily[20].Split(',');
        var stranded = row[1];
        row[1] = "99999";
        daily[20] = string.Join(',', row);
        File.WriteAllText(Path.Combine(folder, "daily.csv"), string.Join('\n', daily) + "\n");
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")))!;
        var departed = (long)summary["departed"]!;
        File.WriteAllText(Path.Combine(folder, "summary.json"), File.ReadAllText(Path.Combine(folder, "summary.json"))
            .Replace($"\"departed\": {departed},", $"\"departed\": {departed + 1},", StringComparison.Ordinal));

        var outcome = CliRunner.Run("reproduce", folder);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("differs from a fresh run of", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains(": 2 of 13 files", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  daily.csv: line 21 (date {row[0]}), column stranded\n    folder:    \"99999\"\n    fresh run: \"{stranded}\"\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains($"  summary.json: departed\n    folder:    {departed + 1}\n    fresh run: {departed}\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_files_and_a_redrawn_chart_are_reported()
    {
        using var temp = new TempFolder();
        var folder = ReportTestSupport.RunBaseline(temp["run"]);
        Assert.Equal(0, CliRunner.Run("plot", folder, "--width", "800").ExitCode);
        File.Delete(Path.Combine(folder, "flows.svg"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, ".DS_Store"), "ignored");

        var outcome = CliRunner.Run("reproduce", folder);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("  flows.svg: missing from the folder\n    folder:    (no such file)\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("  notes.txt: in the folder but not made by a fresh run\n    folder:    4 bytes\n    fresh run: (no such file)\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("  stranded.svg: line 1, column ", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".DS_Store", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_scenario_file_is_reported_by_its_hash_and_its_results()
    {
        using var temp = new TempFolder();
        var scenario = temp["baseline.yaml"];
        File.Copy(CliRunner.Scenario("baseline.yaml"), scenario);
        Directory.CreateDirectory(temp["observations"]);
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv"), Path.Combine(temp["observations"], "border-2025.csv"));
        Assert.Equal(0, CliRunner.Run("run", scenario, "--tick", "24h", "--set", "window.end=2025-12-31", "--out", temp["run"]).ExitCode);
        File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("give_up_rate_per_day: 1.0", "give_up_rate_per_day: 0.4", StringComparison.Ordinal));

        var outcome = CliRunner.Run("reproduce", temp["run"]);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("  manifest.json: scenario_sha256\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("  summary.json: ", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scenario_is_found_above_the_folder_or_the_message_says_how_to_give_it()
    {
        using var temp = new TempFolder();
        ScenarioCopies.Folder(temp["scenarios"], "baseline");
        var folder = temp["results"] + "/baseline";
        Assert.Equal(0, CliRunner.Run("run", Path.Combine(temp["scenarios"], "baseline.yaml"), "--out", folder).ExitCode);
        ScenarioCopies.Remake(folder, new Dictionary<string, JsonNode?> { ["scenario_file"] = "scenarios/baseline.yaml" });

        var found = CliRunner.Run("reproduce", folder);
        Assert.True(found.ExitCode == 0, found.Stdout + found.Stderr);

        Directory.Move(temp["scenarios"], temp["elsewhere"]);
        var lost = CliRunner.Run("reproduce", folder);
        Assert.Equal(2, lost.ExitCode);
        Assert.Contains("names scenarios/baseline.yaml, which is not in the current folder nor in any folder above", lost.Stderr, StringComparison.Ordinal);
        Assert.Contains("--root DIR or --scenario FILE", lost.Stderr, StringComparison.Ordinal);

        Directory.CreateDirectory(temp["root"]);
        Directory.Move(temp["elsewhere"], Path.Combine(temp["root"], "scenarios"));
        var rooted = CliRunner.Run("reproduce", folder, "--root", temp["root"]);
        Assert.True(rooted.ExitCode == 0, rooted.Stdout + rooted.Stderr);
        var given = CliRunner.Run("reproduce", folder, "--scenario", Path.Combine(temp["root"], "scenarios", "baseline.yaml"));
        Assert.True(given.ExitCode == 0, given.Stdout + given.Stderr);
    }

    [Fact]
    public void A_run_all_folder_is_checked_whole()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");
        Assert.Equal(0, CliRunner.Run("run-all", scenarios, "--out", temp["all"]).ExitCode);
        File.WriteAllText(Path.Combine(temp["all"], "README.md"), "mine, not compared");

        var same = CliRunner.Run("reproduce", temp["all"]);
        Assert.True(same.ExitCode == 0, same.Stdout + same.Stderr);
        Assert.Contains("its 31 files are byte-identical to a fresh run-all", same.Stdout, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(temp["all"], "comparison", "comparison.md"), "edited\n");
        Directory.Delete(Path.Combine(temp["all"], "open-border"), recursive: true);
        ScenarioCopies.Write(Path.Combine(scenarios, "closure-only.yaml"), "closure-only");

        var changed = CliRunner.Run("reproduce", temp["all"]);

        Assert.Equal(3, changed.ExitCode);
        Assert.Contains("  manifest.json: scenarios[1].name\n    folder:    \"open-border\"\n    fresh run: \"closure-only\"\n", changed.Stdout, StringComparison.Ordinal);
        Assert.Contains("  closure-only/daily.csv: missing from the folder\n", changed.Stdout, StringComparison.Ordinal);
        Assert.Contains("  open-border/summary.json: missing from the folder\n", changed.Stdout, StringComparison.Ordinal);
        Assert.Contains("  comparison/comparison.md: line ", changed.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "does not exist; expected a results folder written by 'bordersim run' or 'bordersim run-all'")]
    [InlineData("file", "is a file, not a results folder")]
    [InlineData("empty", "is not a results folder: manifest.json is missing")]
    [InlineData("bad-json", "manifest.json is not valid JSON")]
    [InlineData("not-a-run", "manifest.json is not the manifest of a run")]
    [InlineData("sweep", "holds results of kind 'sweep' (its manifest.json says so); reproduce checks the folders of runs and ensembles")]
    public void What_is_not_a_results_folder_exits_2_with_a_message(string what, string message)
    {
        using var temp = new TempFolder();
        var path = temp[what];
        switch (what)
        {
            case "file":
                File.WriteAllText(path, "x");
                break;
            case "empty":
                Directory.CreateDirectory(path);
                break;
            case "bad-json":
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "manifest.json"), "{ not json");
                break;
            case "not-a-run":
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "manifest.json"), "{ \"seed\": 1 }");
                break;
            case "sweep":
                ReportTestSupport.CopyFixture("sweep-one", path);
                break;
        }

        var outcome = CliRunner.Run("reproduce", path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public void Help_shows_examples_and_exit_codes()
    {
        var help = CliRunner.Run("reproduce", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("bordersim reproduce results/reference/baseline", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit code 0: identical; 3: a difference", help.Stdout, StringComparison.Ordinal);
    }
}
