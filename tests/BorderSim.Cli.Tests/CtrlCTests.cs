using System.Diagnostics;
using System.Runtime.InteropServices;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// Ctrl+C during long work: the real bordersim process gets SIGINT, stops between replicates (or scenarios), says so,
/// exits with 130, and leaves neither the results folder nor a staging folder behind.
/// </summary>
public sealed class CtrlCTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [UnixFact]
    public void Sigint_stops_an_ensemble_cleanly_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var target = temp["ensemble"];
        // Far more replicates than can finish in the test's time: the run is always interrupted mid-way.
        var (stdout, stderr) = Interrupt(
            [CliRunner.Scenario("baseline.yaml"), "--tick", "24h", "--replicates", "20000", "--out", target],
            "run",
            () => Directory.EnumerateDirectories(temp.Path, ".ensemble.partial-*").Any());

        Assert.Matches(@"cancelled after \d+ of 20000 replicates; nothing was written", stderr);
        Assert.DoesNotContain("written to", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [UnixFact]
    public void Sigint_stops_run_all_and_leaves_no_output_folder()
    {
        using var temp = new TempFolder();
        // Three scenarios of a century each (seconds apiece), one at a time: interrupted during the first.
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        foreach (var name in new[] { "a", "b", "c" })
        {
            ScenarioCopies.Write(Path.Combine(scenarios, name + ".yaml"), "deadline-exodus", text => text
                .Replace("\ntick: 24h", "\ntick: 1h", StringComparison.Ordinal)
                .Replace("  end: 2025-12-31", "  end: 2125-12-31", StringComparison.Ordinal)
                .Replace("name: deadline-exodus", "name: century-" + name, StringComparison.Ordinal));
        }

        var target = temp["out"];
        var startedAt = Stopwatch.StartNew();
        var (stdout, stderr) = Interrupt([scenarios, "--out", target, "--parallel", "1"], "run-all", () => startedAt.Elapsed > TimeSpan.FromSeconds(1));

        Assert.Contains("cancelled; nothing was written", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("written to", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), "run-all left its output folder behind");
        Assert.Equal([scenarios], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    /// <summary>Starts 'bordersim COMMAND ARGS', sends SIGINT once <paramref name="started"/> holds, and returns what it printed after it exited with 130.</summary>
    private static (string Stdout, string Stderr) Interrupt(string[] args, string command, Func<bool> started)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "bordersim.dll"), command, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            WaitFor(() => started() || process.HasExited);
            Thread.Sleep(TimeSpan.FromMilliseconds(500)); // the work is now running
            Assert.False(process.HasExited, $"bordersim {command} ended before it could be interrupted");
            Signal(process.Id);
            Assert.True(process.WaitForExit(Patience), "bordersim did not stop after SIGINT");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(130, process.ExitCode);
        return (stdout.Result, stderr.Result);
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "timed out waiting for the run to start");
            Thread.Sleep(20);
        }
    }

    private static void Signal(int pid) => Assert.Equal(0, Posix.Kill(pid, Posix.Sigint));
}

/// <summary>kill(2) from the C library: what Ctrl+C in a terminal sends, without needing a kill(1) program.</summary>
internal static class Posix
{
    public const int Sigint = 2;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with two ints
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}

/// <summary>A fact that needs POSIX signals; reported as skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "sends SIGINT with kill(2), which Windows does not have";
        }
    }
}
