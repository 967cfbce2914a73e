using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BorderSim.Cli.Tests.Fuzz;

/// <summary>
/// How many cases a fuzz test tries: a few hundred in CI (seconds), or as many as BORDERSIM_FUZZ_SCALE times that for
/// the long campaign run by hand (docs/RELIABILITY.md). Tallies exit codes, the slowest case and the memory used, and
/// appends them as one JSON line to the file BORDERSIM_FUZZ_REPORT names (the campaign's figures).
/// </summary>
internal sealed class Campaign(string name)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<int, int> _exitCodes = [];
    private readonly Lock _lock = new();
    private int _cases;
    private TimeSpan _slowest;

    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("BORDERSIM_FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;

    /// <summary>The seed of the whole run: fixed in CI so a failure repeats; CsCheck_Seed or a fresh one in the campaign.</summary>
    public static string? Seed => Scale == 1 ? "0N0XIzNsQ0O2" : null;

    public static int Cases(int inCi) => inCi * Scale;

    public void Record(int exitCode, TimeSpan took)
    {
        lock (_lock)
        {
            _cases++;
            _exitCodes[exitCode] = _exitCodes.GetValueOrDefault(exitCode) + 1;
            _slowest = took > _slowest ? took : _slowest;
        }
    }

    /// <summary>Writes the figures (and returns them, for the test's output).</summary>
    public string Report()
    {
        using var self = Process.GetCurrentProcess();
        var figures = new
        {
            test = name,
            cases = _cases,
            exit_codes = _exitCodes.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value),
            seconds = Math.Round(_clock.Elapsed.TotalSeconds, 1),
            slowest_case_ms = Math.Round(_slowest.TotalMilliseconds),
            peak_working_set_mib = self.PeakWorkingSet64 >> 20,
        };
        var line = JsonSerializer.Serialize(figures);
        if (Environment.GetEnvironmentVariable("BORDERSIM_FUZZ_REPORT") is { Length: > 0 } path)
        {
            lock (typeof(Campaign))
            {
                File.AppendAllText(path, line + "\n");
            }
        }

        return line;
    }
}
