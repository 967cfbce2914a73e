using System.CommandLine;
using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Sensitivity;
using BorderSim.Plotting;
using BorderSim.Plotting.Sensitivity;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim sensitivity: Morris or Sobol indices of the key figures over a scenario's uncertain inputs.</summary>
internal static class SensitivityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (its uncertainty: section gives the parameters and their ranges)." };
        var method = new Option<string>("--method") { Description = "morris (screening: μ*, μ, σ of elementary effects) or sobol (first-order and total indices).", Required = true, HelpName = "morris|sobol" };
        method.AcceptOnlyFromAmong("morris", "sobol");
        var parameters = new Option<string?>("--params")
        {
            Description = "Key paths to vary, comma-separated (default: every entry of the scenario's uncertainty: section). A key the section lacks takes the catalogue's plausible range.",
            HelpName = "key,key,...",
        };
        var samples = new Option<int?>("--samples") { Description = "Sobol: base samples N (N(k + 2) points; default 512). Morris: trajectories (r(k + 1) points; default 20).", HelpName = "N" };
        var replicates = ExperimentOptions.Replicates(10);
        var parallel = ExperimentOptions.Parallel();
        var shard = new Option<string?>("--shard") { Description = "Compute only slice K of N (K/N) of the design's points and write their design.csv; the indices need the whole design." };
        var seed = CommonOptions.Seed();
        var tick = CommonOptions.Tick();
        var set = CommonOptions.Set();
        var output = new Option<string?>("--out") { Description = "Output folder (default: results/<scenario name>-sensitivity-<method>).", HelpName = "folder" };
        var force = CommonOptions.Force();
        var merge = new Option<string[]>("--merge")
        {
            Description = "Instead of running: join the slice folders (--shard K/N, the same other options) into the whole analysis.",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = true,
        };
        var noCharts = RunCommand.NoCharts();
        var command = new Command("sensitivity",
            "Which uncertain inputs drive the key figures: Morris elementary effects or Sobol indices (Saltelli sampling),\n" +
            "with 95% bootstrap intervals, for peak stranded, stranded person-days, irregular crossings, returned inland,\n" +
            "corridor exits and queued person-days. Each point runs R replicates with common random numbers; variance.csv\n" +
            "says how much of each figure's variance is that noise. Writes indices.csv (tidy), design.csv (each point's values\n" +
            "and key figures), variance.csv, tornado-FIGURE or sobol-FIGURE charts, report.html and manifest.json.\n\n" +
            "Examples:\n" +
            "  bordersim sensitivity scenarios/baseline.yaml --method morris --tick 24h\n" +
            "  bordersim sensitivity scenarios/baseline.yaml --method sobol --tick 24h --samples 512 --replicates 10\n" +
            "  bordersim sensitivity scenarios/baseline.yaml --method sobol --params behaviour.give_up_rate_per_day,population.base_departures_persons_per_day --samples 256")
        {
            scenario, method, parameters, samples, replicates, parallel, shard, seed, tick, set, output, force, noCharts, merge,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario)!;
            var overrides = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var file = ScenarioFile.Load(path, overrides);
            var sobol = parse.GetValue(method) == "sobol";
            var uncertain = Parameters(file.Scenario, parse.GetValue(parameters), path);
            if (overrides.FirstOrDefault(o => uncertain.Any(p => p.Path == o.Path)) is { } clash)
            {
                throw new UserError($"--set {clash}: {clash.Path} is also a parameter of the analysis; leave it out of --set or of --params");
            }

            var replicateCount = ExperimentOptions.CheckReplicates(parse.GetValue(replicates));
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick));
            var resolvedBase = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var n = parse.GetValue(samples) ?? (sobol ? 512 : 20);
            var design = Design(sobol, uncertain.Count, n, resolvedBase.Seed);
            var source = new ScenarioText(file.Text, file.Path, overrides);
            ModelEvaluation.CheckRanges(source, uncertain);
            var slice = ExperimentOptions.ParseShard(parse.GetValue(shard));
            var slices = parse.GetValue(merge) ?? [];
            if (slices.Length > 0 && !slice.IsWhole)
            {
                throw new UserError("--merge joins slices into the whole analysis; leave --shard out");
            }

            var expected = new SliceKey(sobol ? "sobol" : "morris", resolvedBase.Seed, n, replicateCount, resolvedBase.Tick, file.Sha256, uncertain.Select(p => p.Path).ToArray(), overrides.Select(o => o.ToString()).ToArray());
            var merged = slices.Length > 0 ? SensitivitySlices.Merge(slices, expected, design) : null;
            var target = parse.GetValue(output) ?? Path.Combine("results", $"{resolvedBase.Name}-sensitivity-{(sobol ? "sobol" : "morris")}");
            using var folder = OutputFolder.Begin(target, parse.GetValue(force), stderr);
            var blocks = ModelEvaluation.Blocks(design, slice);
            var runs = (blocks.End - blocks.Start) * design.BlockSize * replicateCount;
            if (merged is null)
            {
                stderr.WriteLine($"{resolvedBase.Name}: {(sobol ? "Sobol" : "Morris")} over {uncertain.Count} parameters, {design.Points.Count} points × {replicateCount} replicates ({runs} runs in slice {slice}), {ExperimentOptions.ParseParallel(parse.GetValue(parallel))} at once");
            }

            var progress = new ProgressReporter(stderr, "runs", runs);
            PointOutputs[] points;
            try
            {
                points = merged ?? Signals.Await(() => ModelEvaluation.Run(source, uncertain, design, blocks, replicateCount, parse.GetValue(seed), tickLength, ExperimentOptions.ParseParallel(parse.GetValue(parallel)), Signals.Token, progress.Advance));
            }
            catch (OperationCanceledException) when (Signals.Received is { } signal)
            {
                progress.Finish();
                stderr.WriteLine($"interrupted by {signal}: cancelled after {progress.Done} of {runs} runs; nothing was written ({target} is unchanged)");
                return Signals.ExitCode;
            }

            if (merged is null)
            {
                progress.Finish();
            }

            var files = new List<string> { SensitivityWriter.DesignCsv };
            folder.Writing(() =>
            {
                using var w = folder.Open(SensitivityWriter.DesignCsv);
                w.Write(SensitivityWriter.DesignHeader(uncertain));
                foreach (var point in points)
                {
                    w.Write(SensitivityWriter.DesignRow(design, uncertain, point));
                }
            });
            SensitivityResult? result = null;
            if (slice.IsWhole)
            {
                var outputs = SensitivityAnalysis.Analyze(design, ModelEvaluation.Outputs, points.Select(p => p.Means).ToArray(), replicateCount > 1 ? points.Select(p => p.NoiseVariances).ToArray() : null, resolvedBase.Seed);
                result = new SensitivityResult { ScenarioName = resolvedBase.Name, Design = design, Parameters = uncertain, Replicates = replicateCount, Seed = resolvedBase.Seed, Tick = resolvedBase.Tick, Outputs = outputs };
                folder.Writing(() =>
                {
                    using (var w = folder.Open(SensitivityWriter.IndicesCsv))
                    {
                        SensitivityWriter.WriteIndices(result, w);
                    }

                    using (var w = folder.Open(SensitivityWriter.VarianceCsv))
                    {
                        SensitivityWriter.WriteVariance(result, w);
                    }
                });
                files.Add(SensitivityWriter.IndicesCsv);
                files.Add(SensitivityWriter.VarianceCsv);
                var (charts, forReport) = SensitivityCharts.Render(result, ChartStyle.Default, parse.GetValue(noCharts) ? ChartFormats.Svg : ChartFormats.Both);
                if (!parse.GetValue(noCharts))
                {
                    foreach (var chart in charts)
                    {
                        folder.Write(chart);
                        files.Add(chart.Name);
                    }
                }

                folder.WriteText(SensitivityReport.FileName, SensitivityReport.Render(result, forReport, string.Join(' ', ["bordersim", .. args.Select(Quote)])));
                files.Add(SensitivityReport.FileName);
            }

            files.Add(ResultWriter.ManifestJson);
            var manifest = new SensitivityManifest
            {
                Method = sobol ? "sobol" : "morris",
                BordersimVersion = BuildInfo.Version,
                GitCommit = BuildInfo.GitCommit,
                DotnetVersion = BuildInfo.DotnetVersion,
                Machine = BuildInfo.Machine,
                CommandLine = ["bordersim", .. args],
                ScenarioFile = file.Path,
                ScenarioSha256 = file.Sha256,
                Seed = resolvedBase.Seed,
                Tick = resolvedBase.Tick,
                Replicates = replicateCount,
                Samples = n,
                Levels = sobol ? null : design.Levels,
                Points = design.Points.Count,
                Shard = slice.ToString(),
                Overrides = overrides.Select(o => o.ToString()).ToArray(),
                Parameters = uncertain.Select(SensitivityManifest.Describe).ToArray(),
                Outputs = ModelEvaluation.Outputs,
                ResolvedScenario = resolvedBase,
                Files = files,
            };
            folder.WriteText(ResultWriter.ManifestJson, ScenarioJson.Serialize(manifest));
            folder.Commit();
            Summarize(stdout, result, resolvedBase.Name, points.Length, slice, folder.Target);
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<UncertainParameter> Parameters(Scenario scenario, string? keys, string path)
    {
        try
        {
            var parameters = keys is null
                ? UncertainInputs.Of(scenario)
                : UncertainInputs.ForKeys(scenario, keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            return parameters.Count > 0
                ? parameters
                : throw new UserError(keys is null
                    ? $"{path} has no uncertainty: section: give the parameters with --params key,key,... (their ranges are then the catalogue's plausible ranges; 'bordersim keys' lists them)"
                    : "--params: give at least one key path");
        }
        catch (FormatException e)
        {
            throw new UserError("--params: " + e.Message.ReplaceLineEndings("; "));
        }
    }

    private static SensitivityDesign Design(bool sobol, int k, int n, ulong seed)
    {
        var minimum = sobol ? 8 : 2;
        if (n < minimum)
        {
            throw new UserError($"--samples: expected at least {minimum} {(sobol ? "base samples" : "trajectories")}, found {n}");
        }

        var points = (long)n * (k + (sobol ? 2 : 1));
        if (points > SensitivityDesign.MaxPoints)
        {
            throw new UserError($"--samples: {n} {(sobol ? "base samples" : "trajectories")} of {k} parameters make {points:N0} points, more than {SensitivityDesign.MaxPoints:N0}; use fewer, or fewer --params");
        }

        var random = new RandomStream(SplitMix64.Derive(seed, 0x5E45_1717UL));
        return sobol ? SensitivityDesign.Sobol(k, n, random) : SensitivityDesign.Morris(k, n, random);
    }

    private static void Summarize(TextWriter stdout, SensitivityResult? result, string name, int points, Core.Experiments.Shard slice, string target)
    {
        if (result is null)
        {
            stdout.WriteLine($"{name}: {points} points of slice {slice} written (design.csv); the indices need every slice");
        }
        else
        {
            foreach (var output in result.Outputs.Where(o => o.Varies))
            {
                var top = result.Ranking(output).Take(3).Select(r => $"{r.Parameter.Path} {r.Index.Estimate.ToString("0.###", CultureInfo.InvariantCulture)}");
                var noise = double.IsNaN(output.NoiseShare) ? "" : $" (noise {output.NoiseShare.ToString("0.#%", CultureInfo.InvariantCulture)} of the variance)";
                stdout.WriteLine($"{output.Output}: {string.Join(", ", top)}{noise}");
            }

            foreach (var output in result.Outputs.Where(o => !o.Varies))
            {
                stdout.WriteLine($"{output.Output}: the same at every point");
            }
        }

        stdout.WriteLine($"  written to {target}");
    }

    private static string Quote(string arg) => arg.Any(c => char.IsWhiteSpace(c) || c is '[' or ']' or '\'' or '"') ? $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'" : arg;
}
