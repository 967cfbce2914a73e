using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderSim.Explore.Tests.Support;

/// <summary>
/// 'bordersim explore' in a process of its own, as a student starts it: the test waits for the address it prints
/// (never for a time) and stops it with SIGINT, as Ctrl+C does.
/// </summary>
internal sealed partial class ExploreProcess : IDisposable
{
    /// <summary>Long enough for a loaded 2-core machine; a test only waits this long when something is wrong.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _lock = new();

    private ExploreProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    /// <summary>Starts 'bordersim explore ARGS' in the repository's root (where scenarios/baseline.yaml is).</summary>
    public static ExploreProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Baseline.RepoRoot,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bordersim.dll"));
        info.ArgumentList.Add("explore");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new ExploreProcess(Process.Start(info)!);
    }

    /// <summary>Waits for the line 'bordersim explore: … at http://127.0.0.1:PORT/' and returns the address.</summary>
    public Uri WaitForAddress()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Address().Match(Stdout) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(_process.HasExited && _process.WaitForExit(1000) && !Address().IsMatch(Stdout),
                $"bordersim explore ended (exit {(_process.HasExited ? _process.ExitCode : -1)}) without printing its address:\n{Stdout}\n{Stderr}");
            Assert.True(clock.Elapsed < Patience, $"bordersim explore printed no address within {Patience.TotalSeconds} s:\n{Stdout}\n{Stderr}");
            Thread.Sleep(10);
        }
    }

    /// <summary>Sends SIGINT (Ctrl+C) and waits for the process to end; returns its exit code.</summary>
    public int Interrupt()
    {
        Assert.Equal(0, Kill(_process.Id, 2));
        Assert.True(_process.WaitForExit(Patience), $"bordersim explore did not stop within {Patience.TotalSeconds} s of SIGINT:\n{Stderr}");
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
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
        if (line is not null)
        {
            lock (_lock)
            {
                builder.Append(line).Append('\n');
            }
        }
    }

    private string Read(StringBuilder builder)
    {
        lock (_lock)
        {
            return builder.ToString();
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call with two ints
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054

    [GeneratedRegex(@"bordersim explore: .* at (http://\S+)")]
    private static partial Regex Address();
}
