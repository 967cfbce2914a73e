using System.Security.Cryptography;
using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Io;

/// <summary>A scenario file read from disk: its text, its SHA-256 and the bound scenario.</summary>
internal sealed record ScenarioFile(string Path, string Sha256, Scenario Scenario)
{
    public static ScenarioFile Load(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        if (!File.Exists(path))
        {
            throw new UserError(Directory.Exists(path)
                ? $"{path} is a folder: expected a scenario file (.yaml, .yml or .json)"
                : $"{path}: no such scenario file");
        }

        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, true).GetString(bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ScenarioFile(path, sha, ScenarioLoader.Parse(text, path, overrides));
    }

    public static IReadOnlyList<ScenarioOverride> ParseOverrides(IEnumerable<string>? texts)
    {
        var overrides = new List<ScenarioOverride>();
        foreach (var text in texts ?? [])
        {
            if (!ScenarioOverride.TryParse(text, out var o, out var error))
            {
                throw new UserError($"--set {error}");
            }

            overrides.Add(o!);
        }

        return overrides;
    }
}
