using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace BorderSim.Cli.Tests.Support;

/// <summary>
/// The real bordersim program in a process of its own, for what an in-process call cannot show: signals, kills, the
/// current folder, a stack overflow. Its stderr is read line by line so a test can wait for a line (never for a time).
/// </summary>
internal sealed class BorderSimProcess : IDisposable
{
    /// <summary>Long enough for a loaded 2-core machine; a test only waits this long when something is wrong.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _stdout = new();
    private readonly Lock _lock = new();

    private BorderSimProcess(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public int Id => _process.Id;

    public string Stderr
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    public string Stdout
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Starts 'bordersim ARGS' in <paramref name="workingDirectory"/>; <paramref name="pauseAt"/> sets the pause point (BORDERSIM_PAUSE_AT).</summary>
    public static BorderSimProcess Start(IEnumerable<string> args, string? workingDirectory = null, string? pauseAt = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bordersim.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("BORDERSIM_PAUSE_AT");
        if (pauseAt is not null)
        {
            info.Environment["BORDERSIM_PAUSE_AT"] = pauseAt;
        }

        return new BorderSimProcess(Process.Start(info)!);
    }

    /// <summary>Runs 'bordersim ARGS' to its end (failing the test if it takes longer than <see cref="Patience"/>).</summary>
    public static CliRunner.Outcome Run(IEnumerable<string> args, string? workingDirectory = null)
    {
        using var process = Start(args, workingDirectory);
        return process.Exit();
    }

    /// <summary>Waits until stderr holds <paramref name="text"/>, failing if the process ends first or takes too long.</summary>
    public void WaitForStderr(string text)
    {
        var clock = Stopwatch.StartNew();
        while (!Stderr.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited && !Stderr.Contains(text, StringComparison.Ordinal) && _process.WaitForExit(1000) && !Stderr.Contains(text, StringComparison.Ordinal),
                $"bordersim ended (exit {(_process.HasExited ? _process.ExitCode : -1)}) without writing '{text}' on stderr:\n{Stderr}");
            Assert.True(clock.Elapsed < Patience, $"timed out waiting for '{text}' on stderr:\n{Stderr}");
            Thread.Sleep(10);
        }
    }

    public void Signal(int signal) => Assert.Equal(0, Posix.Kill(_process.Id, signal));

    /// <summary>Waits for the process to end and returns its exit code and what it printed.</summary>
    public CliRunner.Outcome Exit()
    {
        Assert.True(_process.WaitForExit(Patience), $"bordersim did not end within {Patience.TotalSeconds} s:\n{Stderr}");
        _process.WaitForExit(); // drains the output readers
        return new CliRunner.Outcome(_process.ExitCode, Stdout, Stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            builder.Append(line).Append('\n');
        }
    }
}

/// <summary>kill(2) from the C library: what Ctrl+C in a terminal, Slurm's scancel or kill -9 send.</summary>
internal static class Posix
{
    public const int Sigint = 2;
    public const int Sigkill = 9;
    public const int Sigterm = 15;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with two ints
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern uint GetEffectiveUserId();

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    public static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
#pragma warning restore SYSLIB1054
}

/// <summary>A fact that needs POSIX signals or files; reported as skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs POSIX signals, FIFOs or devices, which Windows does not have";
        }
    }
}

/// <summary>A theory that needs POSIX signals; reported as skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs POSIX signals, which Windows does not have";
        }
    }
}
