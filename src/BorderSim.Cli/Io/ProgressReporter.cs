using System.Diagnostics;
using System.Globalization;

namespace BorderSim.Cli.Io;

/// <summary>
/// Progress of long work on stderr: a bar redrawn in place with elapsed time and an estimate of what is left when
/// stderr is a terminal; plain lines at every tenth otherwise (logs, CI). Safe to call from many threads.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _stderr;
    private readonly string _what;
    private readonly int _total;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _done;
    private int _lastTenth;

    public ProgressReporter(TextWriter stderr, string what, int total, bool? terminal = null)
    {
        _stderr = stderr;
        _what = what;
        _total = Math.Max(1, total);
        _terminal = terminal ?? (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
    }

    public int Done => Volatile.Read(ref _done);

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        lock (_lock)
        {
            if (_terminal)
            {
                Draw(done);
            }
            else if (done * 10 / _total > _lastTenth || done == _total)
            {
                _lastTenth = done * 10 / _total;
                _stderr.WriteLine(Line(done));
            }
        }
    }

    public void Finish()
    {
        if (_terminal)
        {
            lock (_lock)
            {
                _stderr.WriteLine();
            }
        }
    }

    private void Draw(int done)
    {
        const int width = 30;
        var filled = done * width / _total;
        _stderr.Write("\r[" + new string('#', filled) + new string('.', width - filled) + "] " + Line(done) + "   ");
    }

    private string Line(int done)
    {
        var elapsed = _clock.Elapsed;
        var left = done > 0 ? TimeSpan.FromTicks(elapsed.Ticks * (_total - done) / done) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"{_what}: {done}/{_total} ({done * 100 / _total}%), elapsed {Format(elapsed)}, about {Format(left)} left");
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
