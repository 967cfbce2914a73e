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
        bool charts,
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
        if (data.IsComplete && charts)
        {
            PlotCommand.RenderInto(folder.Staging, folder.WriteText); // a slice has no summary to chart until merged
        }

        folder.Commit();
        stdout.WriteLine($"{resolved.Name}: {data.Replicates.Count} of {replicates} replicates (slice {shard}), seed {resolved.Seed}, tick {resolved.Tick}");
        if (data.IsComplete)
        {
            var s = EnsembleSummary.From(data);
            stdout.WriteLine($"  peak stranded median {s.PeakStranded.P50:N0} (90% interval {s.PeakStranded.P5:N0}–{s.PeakStranded.P95:N0}); stranded person-days median {s.StrandedPersonDays.P50:N0}");
        }
        else
        {
            stdout.WriteLine("  a slice: join the slices with 'bordersim merge DIR... --out DIR'");
        }

        stdout.WriteLine($"  written to {folder.Target}");
        return ExitCodes.Success;
    }
}
