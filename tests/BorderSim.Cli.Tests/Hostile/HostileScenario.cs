using System.Globalization;
using System.Text;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>The shipped baseline, made fast (24h tick, to the end of December 2025), with one hostile change.</summary>
internal static class HostileScenario
{
    /// <summary>Writes the baseline with <paramref name="edit"/> applied to <paramref name="path"/> (observations copied beside it) and returns the path.</summary>
    public static string Write(string path, Func<string, string>? edit = null)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(Path.Combine(dir, "observations"));
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv"), Path.Combine(dir, "observations", "border-2025.csv"), overwrite: true);
        ScenarioCopies.Write(path, "baseline", edit);
        return path;
    }

    /// <summary>The baseline's text with its name replaced by <paramref name="yamlName"/> (as written in YAML, quotes and all).</summary>
    public static Func<string, string> Named(string yamlName) =>
        text => text.Replace("\nname: baseline\n", $"\nname: {yamlName}\n", StringComparison.Ordinal);

    /// <summary>How many policies the shipped baseline has.</summary>
    public static int BaselinePolicies { get; } =
        File.ReadAllLines(CliRunner.Scenario("baseline.yaml")).Count(l => l.StartsWith("  - label: ", StringComparison.Ordinal));

    /// <summary>The baseline with <paramref name="count"/> more policies, all in force over the same weeks.</summary>
    public static string WithPolicies(string text, int count)
    {
        var more = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            more.Append(CultureInfo.InvariantCulture, $"  - {{ label: \"Extra {i}\", start: 2025-12-01, end: 2025-12-20, effects: {{ departures: {{ multiplier: 1.0 }} }} }}\n");
        }

        return text.Replace("\nevents:\n", "\n" + more + "\nevents:\n", StringComparison.Ordinal);
    }

    /// <summary>The baseline with <paramref name="count"/> more events, all on one day.</summary>
    public static string WithEvents(string text, int count)
    {
        var more = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            more.Append(CultureInfo.InvariantCulture, $"  - {{ date: 2025-12-05, label: \"Event {i}\" }}\n");
        }

        return text.Replace("\nevents:\n", "\nevents:\n" + more, StringComparison.Ordinal);
    }

    /// <summary>Every file and folder under <paramref name="root"/> (hidden ones too), relative, sorted.</summary>
    public static string[] Tree(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
