using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Tests.Support;

/// <summary>
/// Small committed results folders under Fixtures/: "single" (one run, 20 Nov–31 Dec 2025, tick 6h) and "ensemble"
/// (5 replicates of the same, daily.csv with M_mean … M_p95 columns). Both were written by bordersim run and are fixed.
/// </summary>
internal static class ResultFixtures
{
    public static readonly IReadOnlyList<string> Names = ["single", "ensemble"];

    public static string Folder(string name) => Path.Combine(Path.GetDirectoryName(Golden.Directory())!, "Fixtures", name);

    /// <summary>The fixture's files by name.</summary>
    public static Dictionary<string, string> Files(string name) =>
        System.IO.Directory.EnumerateFiles(Folder(name)).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).ReplaceLineEndings("\n"));

    public static ResultsData Load(string name) => ResultsData.Parse(Files(name));

    /// <summary>The fixture with one file replaced (or removed when <paramref name="text"/> is null).</summary>
    public static Dictionary<string, string> With(string name, string file, string? text)
    {
        var files = Files(name);
        if (text is null)
        {
            files.Remove(file);
        }
        else
        {
            files[file] = text;
        }
        return files;
    }
}
