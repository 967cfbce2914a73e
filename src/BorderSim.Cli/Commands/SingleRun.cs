using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>One run and every file of its results folder, held in memory until written or compared.</summary>
internal sealed record RunFiles(RunResult Result, IReadOnlyList<RenderedFile> Files);

/// <summary>A single run of a scenario, as run, run-all and reproduce make it: the tables, summary, manifest, charts and report.</summary>
internal static class SingleRun
{
    /// <summary>The manifest of a run of <paramref name="file"/> (recorded as <paramref name="scenarioPath"/>, else its path as given) made by <paramref name="by"/>.</summary>
    public static RunManifest Manifest(ScenarioFile file, Scenario resolved, IReadOnlyList<ScenarioOverride> overrides, Provenance by, string? scenarioPath = null) => new()
    {
        BordersimVersion = by.Version,
        GitCommit = by.Commit,
        DotnetVersion = by.Dotnet,
        Machine = by.Machine,
        CommandLine = by.CommandLine,
        ScenarioFile = scenarioPath ?? file.Path,
        ScenarioSha256 = file.Sha256,
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Overrides = overrides.Select(o => o.ToString()).ToArray(),
        ResolvedScenario = resolved,
        Files = ResultWriter.Files,
    };

    /// <summary>
    /// Runs the resolved scenario and returns daily.csv, ticks.csv, summary.json and manifest.json, then (unless
    /// <paramref name="charts"/> is false: --no-charts) the charts and report.html drawn from them: byte for byte what 'bordersim run' writes.
    /// </summary>
    public static RunFiles Execute(ScenarioFile file, Scenario resolved, RunManifest manifest, bool charts = true)
    {
        var result = new Simulation(resolved, resolved.Seed, TickLength.Parse(resolved.Tick)).Run().WithObservations(file.Observations);
        var written = new List<(string Name, StringWriter Writer)>();
        ResultWriter.Write(result, manifest, name =>
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            written.Add((name, writer));
            return writer;
        });
        var files = written.Select(w => new RenderedFile(w.Name, w.Writer.ToString())).ToList();
        if (!charts)
        {
            return new RunFiles(result, files);
        }

        var byName = files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
        try
        {
            files.AddRange(ResultsRendering.Render(name => byName.GetValueOrDefault(name), ResultsRenderOptions.Default));
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{resolved.Name}: {e.Message}");
        }

        return new RunFiles(result, files);
    }

    /// <summary>The three lines 'run' prints about a finished run ('run-all' prints one line a scenario).</summary>
    public static IEnumerable<string> Describe(RunResult result)
    {
        var s = result.Summary;
        yield return $"{result.Scenario.Name}: seed {result.Seed}, tick {result.Scenario.Tick}, {result.Calendar.FirstDay:yyyy-MM-dd} to {result.Calendar.LastDay:yyyy-MM-dd}";
        yield return $"  peak stranded {s.PeakStranded:N0} on {s.PeakStrandedDate:yyyy-MM-dd}; {s.StrandedPersonDays:N0} stranded person-days; {s.Departed:N0} departed";
        yield return $"  crossed regular {s.Outcomes.CrossedRegular:N0}, irregular {s.Outcomes.CrossedIrregular:N0}, returned inland {s.Outcomes.ReturnedInland:N0}";
    }
}
