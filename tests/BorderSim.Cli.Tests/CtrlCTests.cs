using System.Diagnostics;
using System.Runtime.InteropServices;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// Ctrl+C during a long ensemble: the real bordersim process gets SIGINT, stops between replicates, says how far it
/// got, exits with 130, and leaves neither the results folder nor its staging folder behind.
/// </summary>
public sealed class CtrlCTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [UnixFact]
    public void Sigint_stops_an_ensemble_cleanly_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var target = temp["ensemble"];
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Far more replicates than can finish in the test's time: the run is always interrupted mid-way.
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "bordersim.dll"), "run", CliRunner.Scenario("baseline.yaml"),
                     "--tick", "24h", "--replicates", "20000", "--out", target])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            WaitFor(() => Directory.EnumerateDirectories(temp.Path, ".ensemble.partial-*").Any() || process.HasExited);
            Thread.Sleep(TimeSpan.FromMilliseconds(500)); // replicates are now running
            Assert.False(process.HasExited, "the ensemble ended before it could be interrupted");
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
        Assert.Matches(@"cancelled after \d+ of 20000 replicates; nothing was written", stderr.Result);
        Assert.DoesNotContain("written to", stdout.Result, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
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
