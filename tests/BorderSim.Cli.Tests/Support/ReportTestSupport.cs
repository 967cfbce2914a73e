namespace BorderSim.Cli.Tests.Support;

/// <summary>Results folders for the plot, compare and report tests.</summary>
internal static class ReportTestSupport
{
    public static readonly string[] RunFiles = ["daily.csv", "ticks.csv", "summary.json", "manifest.json"];

    public static readonly string[] ChartFiles =
        ["stranded.svg", "stranded.png", "states.svg", "states.png", "flows.svg", "flows.png", "outcomes.svg", "outcomes.png", "report.html"];

    public static string Fixture(string name) => Path.Combine(CliRunner.RepoRoot, "tests", "BorderSim.Plotting.Tests", "Fixtures", name);

    /// <summary>Copies a committed fixture results folder (single or ensemble) to <paramref name="target"/>.</summary>
    public static string CopyFixture(string name, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Fixture(name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        return target;
    }

    /// <summary>A real run of the baseline scenario over a short window (seconds), into <paramref name="target"/>.</summary>
    public static string RunBaseline(string target, string end = "2025-12-31")
    {
        var run = CliRunner.Run("run", CliRunner.Scenario("baseline.yaml"), "--tick", "6h", "--set", $"window.end={end}", "--out", target, "--force");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return target;
    }

    /// <summary>Every file in a folder (name → bytes), to show a command left it untouched.</summary>
    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).ToDictionary(f => Path.GetFileName(f), f => File.Exists(f) ? File.ReadAllBytes(f) : []);

    /// <summary>Leftovers of an interrupted write: temporary files and staging folders.</summary>
    public static string[] Leftovers(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, ".*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).ToArray();
}

/// <summary>
/// Headless Chromium for the end-to-end report test: <c>BORDERSIM_CHROMIUM</c> when set, else /usr/bin/chromium.
/// </summary>
internal static class Chromium
{
    public const string Variable = "BORDERSIM_CHROMIUM";

    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        return File.Exists(path) ? path : null;
    }
}

/// <summary>A fact that is reported as skipped, never passed, where no Chromium is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = $"chromium not installed (install Debian's chromium or set {Chromium.Variable})";
        }
    }
}
