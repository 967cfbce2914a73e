namespace BorderSim.Cli.Io;

/// <summary>Turns Ctrl+C into a cancellation the work checks between replicates, so the run can stop cleanly.</summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CtrlC() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true; // let the work stop and clean up instead of dying mid-write
        _source.Cancel();
    }
}
