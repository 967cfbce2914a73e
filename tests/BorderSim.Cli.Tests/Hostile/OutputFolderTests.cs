using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>
/// An output folder that cannot be made or filled is the user's or the machine's problem: exit 2 with the reason, and
/// nothing half-written (no staging folder, no empty --out).
/// </summary>
public sealed class OutputFolderTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    [Fact]
    public void An_output_folder_under_dev_null_is_invalid_input_with_the_reason()
    {
        var outcome = CliRunner.Run("run", Baseline, "--tick", "24h", "--out", "/dev/null/x");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: cannot write /dev/null/x: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_under_a_file_is_invalid_input_and_the_file_is_kept()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["file"], "a file");
        var target = Path.Combine(temp["file"], "x");
        foreach (var args in new[]
        {
            new[] { "run", Baseline, "--tick", "24h", "--out", target },
            ["run", Baseline, "--tick", "24h", "--replicates", "2", "--out", target],
            ["sweep", Baseline, "--tick", "24h", "--vary", "behaviour.give_up_rate_per_day=0.5,1", "--replicates", "1", "--out", target],
        })
        {
            var outcome = CliRunner.Run(args);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains($"error: cannot write {target}: ", outcome.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal("a file", File.ReadAllText(temp["file"]));
        Assert.Equal(["file"], HostileScenario.Tree(temp.Path));
    }

    [Fact]
    public void Emit_slurm_into_a_folder_that_cannot_exist_is_invalid_input()
    {
        var outcome = CliRunner.Run("sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.5,1", "--emit-slurm", "/dev/null/job.sh", "--bordersim", "/bin/true");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error: cannot write /dev/null/job.sh: ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_refuses_to_replace_the_current_folder_or_one_that_holds_it()
    {
        using var temp = new TempFolder();
        var work = Directory.CreateDirectory(temp["work"]).FullName;
        File.WriteAllText(Path.Combine(work, "notes.txt"), "keep me");
        foreach (var target in new[] { ".", "..", work, "/" })
        {
            var outcome = BorderSimProcess.Run(["run", Baseline, "--tick", "24h", "--out", target, "--force"], work);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("holds the current folder", outcome.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(["work", "work/notes.txt"], HostileScenario.Tree(temp.Path));
    }

    [UnixFact]
    public void A_symbolic_link_as_the_output_folder_is_refused_and_what_it_points_to_is_kept()
    {
        using var temp = new TempFolder();
        var elsewhere = Directory.CreateDirectory(temp["elsewhere"]).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "precious.txt"), "keep me");
        Directory.CreateSymbolicLink(temp["out"], elsewhere);
        var outcome = CliRunner.Run("run", Baseline, "--tick", "24h", "--out", temp["out"], "--force");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is a symbolic link", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(elsewhere, "precious.txt")));
    }

    [TinyDiskFact]
    public void A_read_only_disk_is_invalid_input_with_the_reason()
    {
        using var disk = new TinyDisk("1m", readOnly: true);
        var outcome = CliRunner.Run("run", Baseline, "--tick", "24h", "--out", Path.Combine(disk.Path, "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Read-only file system", outcome.Stderr, StringComparison.Ordinal);
    }

    [TinyDiskFact]
    public void A_full_disk_leaves_nothing_half_written()
    {
        using var disk = new TinyDisk("96k");
        var outcome = CliRunner.Run("run", Baseline, "--tick", "24h", "--out", Path.Combine(disk.Path, "results", "out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the disk is full", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(HostileScenario.Tree(disk.Path));
    }

    [TinyDiskFact]
    public void Run_all_on_a_full_disk_leaves_no_empty_output_folder()
    {
        using var temp = new TempFolder();
        var scenarios = ScenarioCopies.Folder(temp["scenarios"], "baseline", "open-border");
        using var disk = new TinyDisk("160k");
        var outcome = CliRunner.Run("run-all", scenarios, "--out", Path.Combine(disk.Path, "all"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the disk is full", outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(HostileScenario.Tree(disk.Path));
    }

    [TinyDiskFact]
    public void An_ensemble_on_a_full_disk_leaves_nothing_half_written()
    {
        using var disk = new TinyDisk("64k");
        var outcome = CliRunner.Run("run", Baseline, "--tick", "24h", "--replicates", "3", "--out", Path.Combine(disk.Path, "ens"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the disk is full", outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(HostileScenario.Tree(disk.Path));
    }
}
