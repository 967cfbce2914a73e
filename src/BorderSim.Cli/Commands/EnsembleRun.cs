using BorderSim.Cli.Io;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim run --replicates N: an ensemble (or one slice of it) written to a results folder.</summary>
internal static class EnsembleRun
{
    public static int Execute(
        ScenarioFile file,
        Scenario resolved,
        IReadOnlyList<ScenarioOverride> overrides,
        int replicates,
        int parallel,
        Shard shard,
        string target,
        bool force,
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr)
    {
        using var folder = OutputFolder.Begin(target, force);
        using var ctrlC = new CtrlC();
        var (start, end) = shard.Range(replicates);
        var progress = new ProgressReporter(stderr, "replicates", end - start);
        EnsembleData data;
        try
        {
            data = Ensemble.Run(resolved, file.Observations, replicates, shard, parallel, ctrlC.Token, progress.Advance);
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            stderr.WriteLine($"cancelled after {progress.Done} of {end - start} replicates; nothing was written ({target} is unchanged)");
            return ExperimentOptions.Cancelled;
        }

        progress.Finish();
        EnsembleWriter.Write(data, folder.Open);
        var manifest = new ExperimentManifest
        {
            Kind = "ensemble",
            BordersimVersion = BuildInfo.Version,
            GitCommit = BuildInfo.GitCommit,
            DotnetVersion = BuildInfo.DotnetVersion,
            Machine = BuildInfo.Machine,
            CommandLine = ["bordersim", .. args],
            ScenarioFile = file.Path,
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
        folder.WriteText(ResultWriter.ManifestJson, ScenarioJson.Serialize(manifest));
        if (data.IsComplete)
        {
            PlotCommand.RenderInto(folder.Staging, folder.WriteText); // a slice has no summary to chart until merged
        }

        folder.Commit();
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
}
