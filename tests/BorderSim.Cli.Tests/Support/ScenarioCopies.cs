using System.Text.Json.Nodes;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Tests.Support;

/// <summary>Copies of the shipped scenarios, made fast, for the run-all and reproduce tests.</summary>
internal static class ScenarioCopies
{
    /// <summary>
    /// A scenarios folder at <paramref name="target"/> with copies of the named scenarios (and observations/), each on a
    /// 24h tick to the end of December 2025: a run takes a fraction of a second.
    /// </summary>
    public static string Folder(string target, params string[] names)
    {
        Directory.CreateDirectory(target);
        foreach (var name in names)
        {
            Write(Path.Combine(target, name + ".yaml"), name);
        }

        var observations = Directory.CreateDirectory(Path.Combine(target, "observations")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations")))
        {
            File.Copy(file, Path.Combine(observations, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>Writes the shipped scenario <paramref name="name"/>, made fast, to <paramref name="path"/>, with <paramref name="edit"/> applied to its text.</summary>
    public static void Write(string path, string name, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(CliRunner.Scenario(name + ".yaml"))
            .Replace("\ntick: 1h", "\ntick: 24h", StringComparison.Ordinal)
            .Replace("  end: 2026-03-31", "  end: 2025-12-31", StringComparison.Ordinal);
        File.WriteAllText(path, edit is null ? text : edit(text));
    }

    /// <summary>Sets values of a folder's manifest.json (key → JSON value) and redraws its charts and report.html with them, as if made elsewhere.</summary>
    public static void Remake(string folder, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var (key, value) in values)
        {
            Assert.True(manifest.ContainsKey(key), key);
            manifest[key] = value;
        }

        File.WriteAllText(path, ScenarioJson.Serialize(manifest));
        var plot = CliRunner.Run("plot", folder);
        Assert.True(plot.ExitCode == 0, plot.Stderr);
    }
}
