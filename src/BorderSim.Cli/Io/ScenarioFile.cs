using System.Security.Cryptography;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Io;

/// <summary>A scenario file read from disk: its text (as read, once), its SHA-256 and the bound scenario.</summary>
internal sealed record ScenarioFile(string Path, string Text, string Sha256, Scenario Scenario, IReadOnlyList<Observation> Observations)
{
    public static ScenarioFile Load(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        if (!File.Exists(path))
        {
            throw new UserError(Directory.Exists(path)
                ? $"{path} is a folder: expected a scenario file (.yaml, .yml or .json)"
                : $"{path}: no such scenario file");
        }

        var bytes = InputFile.Read(path, ScenarioLimits.MaxFileBytes, path);
        var text = Utf8Text.Decode(bytes, path, ScenarioLimits.MaxFileBytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var scenario = ScenarioLoader.Parse(text, path, overrides);
        return new ScenarioFile(path, text, sha, scenario, LoadObservations(path, scenario));
    }

    /// <summary>Loads a scenario file, or reports every problem in it on <paramref name="stderr"/> and returns null.</summary>
    public static ScenarioFile? TryLoad(string path, IReadOnlyList<ScenarioOverride> overrides, TextWriter stderr)
    {
        try
        {
            return Load(path, overrides);
        }
        catch (ScenarioException e)
        {
            foreach (var d in e.Diagnostics)
            {
                stderr.WriteLine($"error: {d}");
            }
        }
        catch (UserError e)
        {
            stderr.WriteLine($"error: {Printable.Escape(e.Message)}");
        }

        return null;
    }

    /// <summary>The observations CSV the scenario names, relative to the scenario file.</summary>
    private static IReadOnlyList<Observation> LoadObservations(string scenarioPath, Scenario scenario)
    {
        if (scenario.Observations is not { Length: > 0 } relative)
        {
            return [];
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(scenarioPath)) ?? ".", relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new UserError(
                $"{scenarioPath}: observations: no such file {relative} (looked for {path}). The path is relative to the scenario file's folder, " +
                "so a scenario copied out of scenarios/ loses its observations: copy the CSV along, correct the path, or give --observations FILE");
        }

        var shown = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        var bytes = InputFile.Read(path, ScenarioLimits.MaxObservationsBytes, $"{scenarioPath}: observations: {relative}");
        try
        {
            return ObservationCsv.Parse(Utf8Text.Decode(bytes, shown, ScenarioLimits.MaxObservationsBytes), shown);
        }
        catch (ScenarioException e)
        {
            // The CSV's own line and column first (for editors), then which scenario named it.
            throw new ScenarioException(e.Diagnostics.Select(d => d with { Message = $"{d.Message} (the observations of {scenarioPath})" }).ToArray());
        }
    }

    /// <summary>
    /// The overrides with <c>observations</c> set to <paramref name="observations"/> (from --observations), written relative to
    /// the scenario file's folder as the scenario's own key is, so the manifest records it and 'reproduce' finds it again.
    /// </summary>
    public static IReadOnlyList<ScenarioOverride> WithObservations(IReadOnlyList<ScenarioOverride> overrides, string scenarioPath, string? observations)
    {
        if (observations is null)
        {
            return overrides;
        }

        if (!File.Exists(observations))
        {
            throw new UserError(Directory.Exists(observations) ? $"--observations: {observations} is a folder: expected a CSV file" : $"--observations: no such file {observations}");
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(scenarioPath)) ?? ".";
        var relative = System.IO.Path.GetRelativePath(folder, System.IO.Path.GetFullPath(observations)).Replace('\\', '/');
        return [.. overrides.Where(o => o.Path != "observations"), new ScenarioOverride("observations", relative)];
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
