using System.Security.Cryptography;
using System.Text;
using BorderSim.Core.Scenarios;
using BorderSim.Explore.Session;

namespace BorderSim.Explore.Tests.Support;

/// <summary>The repository's scenarios, read as bordersim explore reads them.</summary>
internal static class Baseline
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(RepoRoot, "scenarios", name);

    /// <summary>One session of scenarios/baseline.yaml for the whole test run: its ensembles are cached as the page's are.</summary>
    public static ExploreSession Session { get; } = NewSession();

    public static ExploreSession NewSession(string name = "baseline.yaml", ExploreLimits? limits = null)
    {
        var path = Scenario(name);
        var text = File.ReadAllText(path);
        var scenario = ScenarioLoader.Parse(text, path);
        var observations = scenario.Observations is { Length: > 0 } relative
            ? ObservationCsv.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, relative)), relative)
            : [];
        return new ExploreSession(new ExploreSource
        {
            Path = path,
            Text = text,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Observations = observations,
            Version = "test",
            DotnetVersion = Environment.Version.ToString(),
            Machine = "test",
        }, limits);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BorderSim.sln not found");
    }
}

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("bordersim-explore-test-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
