using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>An ensemble and every file of its results folder, held in memory until written or compared.</summary>
internal sealed record EnsembleFiles(EnsembleData Data, IReadOnlyList<RenderedFile> Files);

/// <summary>bordersim run --replicates N: an ensemble (or one slice of it), as run, run-all and reproduce make it.</summary>
internal static class EnsembleRun
{
    /// <summary>
    /// The file of an ensemble that may be left out of a results folder kept for reference (it holds every replicate's
    /// daily rows and is large): 'reproduce' reports it as not checked instead of missing.
    /// </summary>
    public const string MayBeLeftOut = EnsembleWriter.ReplicatesCsv;

    public static ExperimentManifest Manifest(
        ScenarioFile file, Scenario resolved, IReadOnlyList<ScenarioOverride> overrides, int replicates, Shard shard,
        EnsembleData data, Provenance by, string? scenarioPath = null) => new()
    {
        Kind = "ensemble",
        BordersimVersion = by.Version,
        GitCommit = by.Commit,
        DotnetVersion = by.Dotnet,
        Machine = by.Machine,
        CommandLine = by.CommandLine,
        ScenarioFile = scenarioPath ?? file.Path,
        ScenarioSha256 = file.Sha256,
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Replicates = replicates,
        Shard = shard.ToString(),
        ReplicateSeeds = data.Replicates.Select(r => r.Seed).ToArray(),
        Overrides = overrides.Select(o => o.ToString()).ToArray(),
        ResolvedScenario = resolved,
        Observations = file.Observations,
        Files = [.. EnsembleWriter.Files(data), ResultWriter.ManifestJson],
    };

    /// <summary>
    /// Runs the replicates of the resolved scenario (or the slice <paramref name="shard"/> of them) and returns the CSVs,
    /// summary.json and manifest.json, then, for a complete ensemble, the charts and report.html drawn from them: byte
    /// for byte what 'bordersim run --replicates' writes.
    /// </summary>
    public static EnsembleFiles Make(
        ScenarioFile file, Scenario resolved, IReadOnlyList<ScenarioOverride> overrides, int replicates, Shard shard, int parallel,
        Provenance by, string? scenarioPath, CancellationToken cancellation, Action? replicateDone = null, bool charts = true)
    {
        var data = Ensemble.Run(resolved, file.Observations, replicates, shard, parallel, cancellation, replicateDone);
        var files = new List<RenderedFile>();
        EnsembleWriter.Write(data, name => new RenderedFileWriter(name, files));
        files.Add(RenderedFile.FromText(ResultWriter.ManifestJson, ScenarioJson.Serialize(Manifest(file, resolved, overrides, replicates, shard, data, by, scenarioPath))));
        if (data.IsComplete && charts) // a slice has no summary to chart until merged
        {
            var byName = files.ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
            try
            {
                files.AddRange(ResultsRendering.Render(name => byName.GetValueOrDefault(name), ResultsRenderOptions.Default));
            }
            catch (ResultsFormatException e)
            {
                throw new UserError($"{resolved.Name}: {e.Message}");
            }
        }

        return new EnsembleFiles(data, files);
    }

    public static int Execute(
        ScenarioFile file,
        Scenario resolved,
        IReadOnlyList<ScenarioOverride> overrides,
        int replicates,
        int parallel,
        Shard shard,
        string target,
        bool force,
        bool charts,
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr)
    {
        using var folder = OutputFolder.Begin(target, force, stderr);
        var (start, end) = shard.Range(replicates);
        var progress = new ProgressReporter(stderr, "replicates", end - start);
        EnsembleFiles made;
        try
        {
            made = Signals.Await(() => Make(file, resolved, overrides, replicates, shard, parallel, Provenance.Current(["bordersim", .. args]), null, Signals.Token, progress.Advance, charts));
        }
        catch (OperationCanceledException) when (Signals.Received is { } signal)
        {
            progress.Finish();
            stderr.WriteLine($"interrupted by {signal}: cancelled after {progress.Done} of {end - start} replicates; nothing was written ({target} is unchanged)");
            return Signals.ExitCode;
        }

        progress.Finish();
        foreach (var f in made.Files)
        {
            folder.Write(f);
        }

        folder.Commit();
        var data = made.Data;
        stdout.WriteLine($"{resolved.Name}: {data.Replicates.Count} of {replicates} replicates (slice {shard}), seed {resolved.Seed}, tick {resolved.Tick}");
        if (data.IsComplete)
        {
            foreach (var line in Figures(EnsembleSummary.From(data)))
            {
                stdout.WriteLine(line);
            }
        }
        else
        {
            stdout.WriteLine("  a slice: join the slices with 'bordersim merge DIR... --out DIR'");
        }

        stdout.WriteLine($"  written to {folder.Target}");
        return ExitCodes.Success;
    }

    /// <summary>An ensemble's key figures as the median of the replicates with their 90% interval, as the report and comparisons give them.</summary>
    public static IEnumerable<string> Figures(EnsembleSummary s)
    {
        var dates = s.PeakStrandedDate is { P5: { } from, P95: { } to } ? $", reached between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}" : "";
        yield return $"  medians of {s.Replicates} replicates: peak stranded {FigureText.MedianWithInterval(s.PeakStranded)}{dates}";
        yield return $"  stranded person-days {FigureText.MedianWithInterval(s.StrandedPersonDays)}; queued person-days {FigureText.MedianWithInterval(s.QueuedPersonDays)}";
        yield return "  outcomes: " + string.Join(", ", KeyFigureDefinitions.All.Where(k => k.IsOutcome).Select(k => $"{k.Label.ToLowerInvariant()} {FigureText.MedianWithInterval(s[k.Name])}"));
    }

    /// <summary>A text writer that becomes a <see cref="RenderedFile"/> when disposed.</summary>
    private sealed class RenderedFileWriter : StringWriter
    {
        private readonly string _name;
        private readonly List<RenderedFile> _files;

        public RenderedFileWriter(string name, List<RenderedFile> files)
            : base(CultureInfo.InvariantCulture)
        {
            _name = name;
            _files = files;
            NewLine = "\n";
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _files.Add(RenderedFile.FromText(_name, ToString()));
            }

            base.Dispose(disposing);
        }
    }
}
