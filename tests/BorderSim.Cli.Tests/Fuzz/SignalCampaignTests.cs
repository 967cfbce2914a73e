using System.Diagnostics;
using System.Globalization;
using BorderSim.Cli.Tests.Hostile;
using BorderSim.Cli.Tests.Support;
using Xunit.Abstractions;

namespace BorderSim.Cli.Tests.Fuzz;

/// <summary>
/// The long campaign's signals and kills, run by hand (BORDERSIM_SIGNAL_TRIALS=N; docs/RELIABILITY.md): SIGINT, SIGTERM
/// or SIGKILL at a random moment of a run, an ensemble, a sweep or a run-all, over old results or none. Random moments
/// are the point here, so this is not a CI test (CI's signal tests stop the program at named points instead). After
/// every trial the output is the old results or the new ones, complete, with no third folder; after a handled signal
/// nothing is left over, and after a kill the next run removes what was left.
/// </summary>
public sealed class SignalCampaignTests(ITestOutputHelper output)
{
    private static readonly int[] SignalsSent = [Posix.Sigint, Posix.Sigterm, Posix.Sigkill];

    [CampaignFact]
    public void Signals_and_kills_at_random_moments_leave_the_old_or_the_new_results()
    {
        var trials = int.Parse(Environment.GetEnvironmentVariable("BORDERSIM_SIGNAL_TRIALS")!, CultureInfo.InvariantCulture);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BORDERSIM_SIGNAL_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var trial = 0; trial < trials; trial++)
        {
            var kind = new[] { "run", "ensemble", "sweep", "run-all" }[random.Next(4)];
            var signal = SignalsSent[random.Next(SignalsSent.Length)];
            var withOld = random.Next(2) == 0;
            var delay = TimeSpan.FromMilliseconds(random.Next(0, 3000));
            var outcome = Trial(kind, signal, withOld, delay);
            var key = $"{kind} {Name(signal)}: {outcome}";
            tally[key] = tally.GetValueOrDefault(key) + 1;
        }

        var summary = $"seed {seed}, {trials} trials in {clock.Elapsed.TotalSeconds:F0} s\n" + string.Join("\n", tally.Select(t => $"{t.Value,5}  {t.Key}"));
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("BORDERSIM_FUZZ_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, summary + "\n");
        }
    }

    /// <summary>One trial; returns how it ended (exit code, old or new results, leftovers) after checking the guarantees.</summary>
    private static string Trial(string kind, int signal, bool withOld, TimeSpan delay)
    {
        using var temp = new TempFolder();
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        var file = HostileScenario.Write(Path.Combine(scenarios, "baseline.yaml"));
        var target = temp["target"];
        var folder = kind == "run-all" ? Path.Combine(target, "baseline") : target;
        string[] args = kind switch
        {
            "run" => ["run", file, "--out", target, "--force"],
            "ensemble" => ["run", file, "--replicates", "20", "--out", target, "--force"],
            "sweep" => ["sweep", file, "--vary", "behaviour.give_up_rate_per_day=0.5,1", "--replicates", "4", "--out", target, "--force"],
            _ => ["run-all", scenarios, "--out", target, "--force"],
        };
        if (withOld)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "old.txt"), "the previous results");
        }

        int code;
        using (var process = BorderSimProcess.Start(args, temp.Path))
        {
            Thread.Sleep(delay); // a random moment: what this campaign is for
            Posix.Kill(process.Id, signal);
            code = process.Exit().ExitCode;
        }

        Assert.True(code == 0 || code == 128 + signal, $"{kind} {Name(signal)} after {delay.TotalMilliseconds} ms: exit {code} (expected 0 or {128 + signal})");
        var old = File.Exists(Path.Combine(folder, "old.txt"));
        var complete = File.Exists(Path.Combine(folder, "manifest.json"));
        Assert.False(old && complete, $"{kind} {Name(signal)} after {delay.TotalMilliseconds} ms: old and new results mixed in {folder}");
        Assert.True(old == withOld || complete, $"{kind} {Name(signal)} after {delay.TotalMilliseconds} ms: the old results are gone and no new ones in place");
        var visible = Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
        Assert.True(visible.All(n => n is "scenarios" or "target"), $"a third folder: {string.Join(", ", visible)}");
        var leftovers = Directory.EnumerateDirectories(temp.Path, ".*", SearchOption.AllDirectories).Count();
        if (signal != Posix.Sigkill)
        {
            Assert.True(leftovers == 0, $"{kind} {Name(signal)} after {delay.TotalMilliseconds} ms: {leftovers} hidden folders left by a handled signal");
        }
        else if (leftovers > 0)
        {
            var again = BorderSimProcess.Run(args, temp.Path);
            Assert.True(again.ExitCode == 0, again.Stderr);
            Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".*", SearchOption.AllDirectories));
        }

        var state = complete ? "new results" : old ? "old results kept" : "nothing";
        return $"exit {code}, {state}{(leftovers > 0 ? ", leftovers removed by the next run" : "")}";
    }

    private static string Name(int signal) => signal switch { Posix.Sigint => "SIGINT", Posix.Sigterm => "SIGTERM", _ => "SIGKILL" };
}

/// <summary>A test of the long campaign, run by hand: skipped unless BORDERSIM_SIGNAL_TRIALS is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CampaignFactAttribute : FactAttribute
{
    public CampaignFactAttribute()
    {
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BORDERSIM_SIGNAL_TRIALS")))
        {
            Skip = "the long campaign, run by hand: BORDERSIM_SIGNAL_TRIALS=200 dotnet test --filter SignalCampaign (docs/RELIABILITY.md)";
        }
    }
}
