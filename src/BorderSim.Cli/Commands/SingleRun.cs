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
        var files = written.Select(w => RenderedFile.FromText(w.Name, w.Writer.ToString())).ToList();
        if (!charts)
        {
            return new RunFiles(result, files);
        }

        var byName = files.ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
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

    /// <summary>The lines 'run' prints about a finished run ('run-all' prints the second and third for each scenario).</summary>
    public static IEnumerable<string> Describe(RunResult result)
    {
        var s = result.Summary;
        yield return $"{result.Scenario.Name}: seed {result.Seed}, tick {result.Scenario.Tick}, {result.Calendar.FirstDay:yyyy-MM-dd} to {result.Calendar.LastDay:yyyy-MM-dd}";
        foreach (var line in Figures(s))
        {
            yield return line;
        }
    }

    /// <summary>
    /// The key figures of a run in two lines: the peak (at the end of a day) with its date, the person-days waiting,
    /// and every final outcome.
    /// </summary>
    public static IEnumerable<string> Figures(RunSummary s)
    {
        yield return $"  peak stranded {FigureText.Number(s.PeakStranded)}{(s.PeakStrandedDate is { } d ? $" (end of {d:yyyy-MM-dd})" : "")}; " +
            $"{FigureText.Number(s.StrandedPersonDays)} stranded person-days; {FigureText.Number(s.QueuedPersonDays)} queued person-days; {FigureText.Number(s.Departed)} departed";
        yield return "  outcomes: " + string.Join(", ", KeyFigureDefinitions.All.Where(k => k.IsOutcome).Select(k => $"{k.Label.ToLowerInvariant()} {FigureText.Number(k.Read(s))}"));
    }
}
