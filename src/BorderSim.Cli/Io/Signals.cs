using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace BorderSim.Cli.Io;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a Slurm time limit, scancel, kill), handled from the first instruction of
/// <see cref="BorderSimCli.Run"/> to the last: the first one cancels <see cref="Token"/>, which the work checks between
/// replicates, before each file it stages and before the move into place; long computations are awaited with it, so the
/// command stops at once. The command then exits with 130 (SIGINT) or 143 (SIGTERM) and nothing written. A second
/// signal ends the process at once, as an impatient second Ctrl+C expects (the next run removes what it left).
/// </summary>
internal static class Signals
{
    /// <summary>The environment variable that makes the program stop at a named point and wait for a signal (tests, the fuzz campaign).</summary>
    public const string PauseVariable = "BORDERSIM_PAUSE_AT";

    private static readonly CancellationTokenSource Source = new();
    private static readonly Lock Gate = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int _received;

    public static CancellationToken Token => Source.Token;

    /// <summary>The signal received ("SIGINT" or "SIGTERM"), or null.</summary>
    public static string? Received => Volatile.Read(ref _received) switch
    {
        0 => null,
        15 => "SIGTERM",
        _ => "SIGINT",
    };

    /// <summary>128 plus the signal's number, as a shell reports a process ended by it: 130 for SIGINT, 143 for SIGTERM.</summary>
    public static int ExitCode => 128 + Volatile.Read(ref _received);

    /// <summary>Handles SIGINT and SIGTERM from now on in this process (once; later calls do nothing).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (Registrations.Count > 0)
            {
                return;
            }

            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            {
                try
                {
                    Registrations.Add(PosixSignalRegistration.Create(signal, Handle));
                }
                catch (PlatformNotSupportedException)
                {
                    // a system without this signal (SIGTERM on some Windows hosts): nothing to handle
                }
            }
        }
    }

    public static void ThrowIfReceived() => Source.Token.ThrowIfCancellationRequested();

    /// <summary>
    /// Runs <paramref name="work"/> (pure computation, in memory) on the thread pool and waits for it, or for a signal:
    /// then it throws <see cref="OperationCanceledException"/> at once and the abandoned work ends with the process.
    /// </summary>
    public static T Await<T>(Func<T> work)
    {
        ThrowIfReceived();
        var task = Task.Run(work);
        try
        {
            task.Wait(Source.Token);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return task.Result;
    }

    /// <summary>
    /// If <see cref="PauseVariable"/> names <paramref name="point"/>, says so on stderr and waits for a signal (at most two
    /// minutes): how tests and the fuzz campaign deliver a signal or a kill at an exact point, never after a guessed time.
    /// The points: start (handlers set, nothing done), write (results computed, nothing written), move (every file staged,
    /// before the move into place), moved (the new results in place, the old ones not yet removed).
    /// </summary>
    public static void PauseAt(string point)
    {
        if (Environment.GetEnvironmentVariable(PauseVariable) != point)
        {
            return;
        }

        Console.Error.WriteLine($"bordersim: paused at {point} (pid {Environment.ProcessId}); waiting for a signal");
        Console.Error.Flush();
        Source.Token.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
    }

    private static void Handle(PosixSignalContext context)
    {
        var number = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
        if (Interlocked.CompareExchange(ref _received, number, 0) != 0)
        {
            return; // the second signal: not cancelled, so the runtime ends the process
        }

        context.Cancel = true;
        Source.Cancel();
    }
}
