using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (Slurm's time limit, scancel) from the first instruction to the last: the real bordersim
/// process says so, exits 130 or 143, and leaves the output as it was, with no staging folder. The tests wait for the
/// program to say it is ready (a line on stderr), never for a time, so they hold on a loaded machine.
/// </summary>
public sealed class SignalTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    public static TheoryData<string, string, int> Phases => new()
    {
        { "run", "start", Posix.Sigint },
        { "run", "write", Posix.Sigint },
        { "run", "move", Posix.Sigint },
        { "run", "start", Posix.Sigterm },
        { "run", "move", Posix.Sigterm },
        { "ensemble", "start", Posix.Sigterm },
        { "ensemble", "write", Posix.Sigint },
        { "ensemble", "move", Posix.Sigterm },
        { "sweep", "move", Posix.Sigint },
        { "sweep", "write", Posix.Sigterm },
        { "run-all", "start", Posix.Sigint },
        { "run-all", "move", Posix.Sigterm },
    };

    /// <summary>
    /// At each pause point before the move into place (start: handlers set, nothing done; write: computed, nothing
    /// written; move: every file staged), a signal stops the command with its exit code and leaves the folder as it was.
    /// </summary>
    [UnixTheory]
    [MemberData(nameof(Phases))]
    public void A_signal_before_the_move_into_place_leaves_the_old_results_and_no_debris(string command, string phase, int signal)
    {
        using var temp = new TempFolder();
        var (args, target) = Command(command, temp);
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "the previous results");
        var before = HostileScenario.Tree(temp.Path);

        using var process = BorderSimProcess.Start([.. args, "--force"], temp.Path, pauseAt: phase);
        process.WaitForStderr($"paused at {phase}");
        process.Signal(signal);
        var outcome = process.Exit();

        var name = signal == Posix.Sigint ? "SIGINT" : "SIGTERM";
        Assert.Equal(128 + signal, outcome.ExitCode);
        Assert.Contains($"interrupted by {name}", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("written to", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, HostileScenario.Tree(temp.Path));
    }

    [UnixFact]
    public void A_signal_after_the_move_into_place_keeps_the_complete_new_results_and_says_so()
    {
        using var temp = new TempFolder();
        var (args, target) = Command("run", temp);
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "the previous results");

        using var process = BorderSimProcess.Start([.. args, "--force"], temp.Path, pauseAt: "moved");
        process.WaitForStderr("paused at moved");
        process.Signal(Posix.Sigterm);
        var outcome = process.Exit();

        Assert.Equal(143, outcome.ExitCode);
        Assert.Contains("interrupted by SIGTERM after the results were complete", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, "old.txt")));
        Assert.True(File.Exists(Path.Combine(target, "report.html")));
        Assert.Equal(["scenarios", "target"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void Sigint_stops_an_ensemble_mid_way_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var target = temp["ensemble"];
        using var process = BorderSimProcess.Start(["run", Baseline, "--tick", "24h", "--replicates", "300", "--parallel", "1", "--out", target]);
        process.WaitForStderr("replicates: 30/300"); // a tenth done: the work is running, most of it still to do
        process.Signal(Posix.Sigint);
        var outcome = process.Exit();

        Assert.Equal(130, outcome.ExitCode);
        Assert.Matches(@"cancelled after \d+ of 300 replicates; nothing was written", outcome.Stderr);
        Assert.DoesNotContain("written to", outcome.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [UnixFact]
    public void Sigterm_stops_run_all_between_scenarios_and_leaves_no_output_folder()
    {
        using var temp = new TempFolder();
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        foreach (var name in new[] { "a", "b", "c" })
        {
            HostileScenario.Write(Path.Combine(scenarios, name + ".yaml"), t => t
                .Replace("\ntick: 24h", "\ntick: 1h", StringComparison.Ordinal)
                .Replace("  end: 2025-12-31", "  end: 2030-10-31", StringComparison.Ordinal)
                .Replace("\nname: baseline\n", "\nname: five-years-" + name + "\n", StringComparison.Ordinal));
        }

        var target = temp["out"];
        using var process = BorderSimProcess.Start(["run-all", scenarios, "--out", target, "--parallel", "1"]);
        process.WaitForStderr("scenarios: 1/3");
        process.Signal(Posix.Sigterm);
        var outcome = process.Exit();

        Assert.Equal(143, outcome.ExitCode);
        Assert.Contains("interrupted by SIGTERM", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), "run-all left its output folder behind");
        Assert.Equal(["scenarios"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    /// <summary>
    /// kill -9 cannot be handled: killed with every file staged, the old results are intact and only a hidden staging
    /// folder is left; killed just after the move, the new results are in place and only the hidden old ones are left.
    /// Either way no third visible folder, and the next run into the same place removes what was left and says so.
    /// </summary>
    [UnixTheory]
    [InlineData("move", "old.txt")]
    [InlineData("moved", "report.html")]
    public void A_kill_leaves_the_old_or_the_new_results_and_the_next_run_removes_the_leftovers(string phase, string present)
    {
        using var temp = new TempFolder();
        var (args, target) = Command("run", temp);
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "the previous results");

        using (var process = BorderSimProcess.Start([.. args, "--force"], temp.Path, pauseAt: phase))
        {
            process.WaitForStderr($"paused at {phase}");
            process.Signal(Posix.Sigkill);
            process.Exit();
        }

        Assert.True(File.Exists(Path.Combine(target, present)));
        var visible = Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal);
        Assert.Equal(["scenarios", "target"], visible);
        var leftover = Assert.Single(Directory.EnumerateDirectories(temp.Path, ".target.*"));

        var again = BorderSimProcess.Run([.. args, "--force"], temp.Path);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains($"removed {leftover}, left by an interrupted run", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(["scenarios", "target"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void A_staging_folder_of_a_running_process_is_left_alone()
    {
        using var temp = new TempFolder();
        var (args, target) = Command("run", temp);
        var alive = Path.Combine(temp.Path, $".target.partial-{Environment.ProcessId}"); // this test process is alive
        Directory.CreateDirectory(alive);
        var outcome = BorderSimProcess.Run(args, temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.True(Directory.Exists(alive));
        Assert.True(Directory.Exists(target));
    }

    /// <summary>The arguments of a quick command of each kind writing to temp/target (scenarios copied into temp/scenarios).</summary>
    private static (string[] Args, string Target) Command(string kind, TempFolder temp)
    {
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        var file = HostileScenario.Write(Path.Combine(scenarios, "baseline.yaml"));
        var target = temp["target"];
        return kind switch
        {
            "run" => (["run", file, "--out", target], target),
            "ensemble" => (["run", file, "--replicates", "2", "--out", target], target),
            "sweep" => (["sweep", file, "--vary", "behaviour.give_up_rate_per_day=0.5,1", "--replicates", "1", "--out", target], target),
            _ => (["run-all", scenarios, "--out", target], Path.Combine(target, "baseline")),
        };
    }
}
