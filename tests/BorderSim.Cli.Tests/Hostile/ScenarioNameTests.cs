using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>
/// A scenario's name chooses its default results folder, so it is checked like a path from a stranger: lowercase
/// letters, digits and hyphens, at most 64 characters. Whatever the file holds, run writes one folder directly inside
/// results/ and --force removes nothing else.
/// </summary>
public sealed class ScenarioNameTests
{
    [Theory]
    [InlineData("\"../escaped\"")]
    [InlineData("/tmp/bordersim-absolute")]
    [InlineData("\"..\"")]
    [InlineData("\".\"")]
    [InlineData("\"\"")]
    [InlineData("\"a\\0b\"")]
    [InlineData("Baseline")]
    [InlineData("base_line")]
    [InlineData("base.line")]
    [InlineData("-baseline")]
    [InlineData("\"results/x\"")]
    [InlineData("\"C:\\\\x\"")]
    public void Validate_rejects_a_name_that_is_not_a_plain_folder_name(string yamlName)
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], HostileScenario.Named(yamlName));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("s.yaml:5:7: name: expected lowercase letters, digits and hyphens", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_300_characters_is_rejected_with_the_limit()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], HostileScenario.Named(new string('a', 300)));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("at most 64 characters", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_64_characters_with_digits_and_hyphens_is_valid()
    {
        using var temp = new TempFolder();
        var name = "closure-2026-" + new string('x', 51);
        var file = HostileScenario.Write(temp["s.yaml"], HostileScenario.Named(name));
        var outcome = CliRunner.Run("validate", file);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Theory]
    [InlineData("\"..\"")]
    [InlineData("\"\"")]
    [InlineData("\"../escaped\"")]
    [InlineData("/tmp/bordersim-absolute-run")]
    public void Run_with_force_never_writes_or_removes_outside_its_own_folder(string yamlName)
    {
        using var temp = new TempFolder();
        var work = Directory.CreateDirectory(temp["work"]).FullName;
        var file = HostileScenario.Write(Path.Combine(work, "s.yaml"), HostileScenario.Named(yamlName));
        File.WriteAllText(Path.Combine(work, "notes.txt"), "keep me");
        Directory.CreateDirectory(Path.Combine(work, "results", "other"));
        File.WriteAllText(Path.Combine(work, "results", "other", "daily.csv"), "keep me too");
        var before = HostileScenario.Tree(temp.Path);

        var outcome = BorderSimProcess.Run(["run", file, "--force"], work);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("name: expected lowercase letters, digits and hyphens", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, HostileScenario.Tree(temp.Path));
        Assert.False(Directory.Exists("/tmp/bordersim-absolute-run"));
    }

    [Fact]
    public void Run_all_refuses_a_scenario_whose_name_is_a_path()
    {
        using var temp = new TempFolder();
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        HostileScenario.Write(Path.Combine(scenarios, "a.yaml"), HostileScenario.Named("\"../escaped\""));
        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"], "--force");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("name: expected lowercase letters", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
        Assert.False(Directory.Exists(temp["escaped"]));
    }

    [Fact]
    public void Run_all_refuses_a_scenario_named_after_its_comparison_folder()
    {
        using var temp = new TempFolder();
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        HostileScenario.Write(Path.Combine(scenarios, "a.yaml"), HostileScenario.Named("comparison"));
        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("name 'comparison' cannot name the scenario's results folder: run-all writes comparison and manifest.json beside them", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_name_set_on_the_command_line_is_checked_too()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", "name=../../etc");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--set name=../../etc: name: expected lowercase letters", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_a_file_reach_the_terminal_escaped()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], HostileScenario.Named("\"x\\e[31mred\\a\""));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.DoesNotContain('\u001b', outcome.Stderr);
        Assert.DoesNotContain('\a', outcome.Stderr);
        Assert.Contains("x\\u001b[31mred\\u0007", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_labels_are_rejected_so_no_chart_or_report_holds_them()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], t => t.Replace("label: \"Run-off\"", "label: \"Run\\x1b]0;owned\\x07off\"", StringComparison.Ordinal));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("events[2].label: control character U+001B", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', outcome.Stderr);
    }

    [Theory]
    [InlineData("../../evil=1,2")]
    [InlineData("policies[0].effects/../../x=1,2")]
    [InlineData("name=../up,x")]
    public void A_sweep_never_takes_a_path_from_a_varied_key(string vary)
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var before = HostileScenario.Tree(temp.Path);
        var outcome = CliRunner.Run("sweep", file, "--vary", vary, "--replicates", "1", "--tick", "24h", "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(before, HostileScenario.Tree(temp.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(temp.Path)!, "evil*"));
    }
}
