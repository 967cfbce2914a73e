using System.CommandLine;
using System.Text.Json;
using BorderSim.Cli.Io;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim merge: joins the slices (--shard K/N) of one ensemble or sweep into the whole result.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout, IReadOnlyList<string> args)
    {
        var folders = new Argument<string[]>("slices") { Description = "The slice folders, one per --shard K/N.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the merged result.", Required = true };
        var force = CommonOptions.Force();
        var command = new Command("merge",
            "Join the slices of an ensemble (run --replicates N --shard K/N) or a sweep (sweep --shard K/N) into one result,\n" +
            "byte-identical to the same experiment run on one machine (the manifest's command line aside).\n\n" +
            "Examples:\n" +
            "  bordersim merge shards/1 shards/2 shards/3 --out results/baseline-1000\n" +
            "  bordersim merge results/big.shards/* --out results/big --force")
        {
            folders, output, force,
        };
        command.SetAction(parse =>
        {
            var slices = parse.GetValue(folders)!.Select(Read).ToArray();
            Check(slices);
            var first = slices[0].Manifest;
            using var folder = OutputFolder.Begin(parse.GetValue(output)!, parse.GetValue(force));
            IReadOnlyList<string> files;
            IReadOnlyList<ulong> seeds = [];
            if (first.Kind == "ensemble")
            {
                var data = Ensemble.Merge(slices.Select(s => EnsembleReader.Read(
                    first.ResolvedScenario, first.Observations, first.Replicates, Parse(s.Manifest.Shard),
                    s.Text(EnsembleWriter.ReplicatesCsv), s.Text(EnsembleWriter.KeyFiguresCsv))).ToArray());
                EnsembleWriter.Write(data, folder.Open);
                files = EnsembleWriter.Files(data);
                seeds = data.Replicates.Select(r => r.Seed).ToArray();
            }
            else
            {
                var dimensions = first.Vary.Select(v => SweepDimension.Parse(v) is var d ? d with { WholeNumbers = ScenarioPaths.TakesWholeNumber(d.Path) } : d).ToArray();
                var data = Sweep.Merge(slices.Select(s => new SweepData
                {
                    Dimensions = dimensions,
                    Points = first.Points,
                    Replicates = first.Replicates,
                    Observations = first.Observations,
                    Shard = Parse(s.Manifest.Shard),
                    Rows = SweepWriter.ReadRows(s.Text(SweepWriter.SweepCsv), dimensions.Length),
                }).ToArray());
                SweepWriter.Write(data, folder.Open);
                files = [.. SweepWriter.Files(data), .. PlotCommand.SweepChartFiles(data)];
            }

            var manifest = first with
            {
                CommandLine = ["bordersim", .. args],
                Shard = Shard.Whole.ToString(),
                ReplicateSeeds = seeds,
                Files = [.. files, ResultWriter.ManifestJson],
            };
            folder.WriteText(ResultWriter.ManifestJson, ScenarioJson.Serialize(manifest));
            if (first.Kind == "ensemble")
            {
                PlotCommand.RenderInto(folder.Staging, folder.Write);
            }
            else
            {
                PlotCommand.RenderSweepInto(folder.Staging, folder.Write);
            }

            folder.Commit();
            stdout.WriteLine($"merged {slices.Length} slices of a {first.Kind} of {first.ResolvedScenario.Name} into {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record Slice(string Folder, ExperimentManifest Manifest)
    {
        public string Text(string file)
        {
            var path = Path.Combine(Folder, file);
            return File.Exists(path) ? File.ReadAllText(path) : throw new UserError($"{Folder}: {file} is missing");
        }
    }

    private static Slice Read(string folder)
    {
        var path = Path.Combine(folder, ResultWriter.ManifestJson);
        if (!File.Exists(path))
        {
            throw new UserError($"{folder}: no manifest.json; expected a folder written by 'bordersim run --replicates … --shard K/N' or 'bordersim sweep … --shard K/N'");
        }

        try
        {
            var manifest = ScenarioJson.Deserialize<ExperimentManifest>(File.ReadAllText(path));
            return manifest is { Kind: "ensemble" or "sweep" }
                ? new Slice(folder, manifest)
                : throw new UserError($"{path}: not the manifest of an ensemble or sweep (a single run cannot be merged)");
        }
        catch (JsonException e)
        {
            throw new UserError($"{path}: not the manifest of an ensemble or sweep ({e.Message})");
        }
    }

    private static void Check(IReadOnlyList<Slice> slices)
    {
        var first = slices[0].Manifest;
        foreach (var slice in slices.Skip(1))
        {
            var m = slice.Manifest;
            var same = m.Kind == first.Kind && m.ScenarioSha256 == first.ScenarioSha256 && m.Seed == first.Seed && m.Tick == first.Tick
                && m.Replicates == first.Replicates && m.Overrides.SequenceEqual(first.Overrides) && m.Vary.SequenceEqual(first.Vary)
                && m.Lhs == first.Lhs && Parse(m.Shard).Count == Parse(first.Shard).Count;
            if (!same)
            {
                throw new UserError($"{slice.Folder} is a slice of another experiment than {slices[0].Folder} (scenario, seed, tick, replicates, overrides, varied parameters or number of slices differ)");
            }
        }

        var count = Parse(first.Shard).Count;
        var indexes = slices.Select(s => Parse(s.Manifest.Shard).Index).ToArray();
        var duplicate = indexes.GroupBy(i => i).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UserError($"slice {duplicate.Key}/{count} is given more than once");
        }

        var missing = Enumerable.Range(1, count).Except(indexes).ToArray();
        if (missing.Length > 0)
        {
            throw new UserError($"slices missing: {string.Join(", ", missing.Select(k => $"{k}/{count}"))}");
        }
    }

    private static Shard Parse(string text) =>
        Shard.TryParse(text, out var shard) ? shard : throw new UserError($"manifest.json: shard '{text}' is not K/N");
}
