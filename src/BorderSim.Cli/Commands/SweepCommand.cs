using System.CommandLine;
using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim sweep: a grid or Latin hypercube of parameter values, each point run R times.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter to vary (repeatable): key.path=V1,V2,V3 or key.path=LOW:HIGH:STEPS (LOW:HIGH with --lhs). 'bordersim keys' lists the key paths and their plausible ranges.",
            HelpName = "key.path=values",
        };
        var design = new Option<string?>("--design")
        {
            Description = "Instead of --vary: run the points of a CSV file, a header of key paths (one column per parameter) and one row per point (numbers, or YYYY-MM-DD for dates), as SALib, EMA Workbench or R write them.",
            HelpName = "points.csv",
        };
        var lhs = new Option<int?>("--lhs") { Description = "Instead of a full grid, a Latin hypercube of N points over the ranges given.", HelpName = "points" };
        var replicates = ExperimentOptions.Replicates(10);
        var parallel = ExperimentOptions.Parallel();
        var shard = ExperimentOptions.Shard();
        var seed = CommonOptions.Seed();
        var tick = CommonOptions.Tick();
        var set = CommonOptions.Set();
        var observations = CommonOptions.Observations();
        var output = new Option<string?>("--out") { Description = "Output folder (default: results/<scenario name>-sweep).", HelpName = "folder" };
        var force = CommonOptions.Force();
        var noCharts = RunCommand.NoCharts();
        var slurm = new SlurmOptions();
        var command = new Command("sweep",
            "Run a scenario over a grid (or Latin hypercube) of parameter values, R replicates per point, and write\n" +
            "sweep.csv (one row per point and replicate) and points.csv (one row per point: mean and 90% interval), and charts:\n" +
            "With --design, the points are the rows of a CSV file written by another tool (one column per key path).\n" +
            "sweep-FIGURE-by-PARAMETER.svg (median and 5–95% range of the runs against each parameter) and, with two or more\n" +
            "parameters, heatmap-FIGURE.svg (the mean over the first two), for peak_stranded, stranded_person_days and crossed_irregular.\n\n" +
            "Examples:\n" +
            "  bordersim sweep scenarios/baseline.yaml --vary behaviour.give_up_rate_per_day=0.1:0.5:5 --replicates 20\n" +
            "  bordersim sweep scenarios/baseline.yaml --vary 'policies[2].duration_days=30,60,90' --vary behaviour.irregular_attempt_rate_per_day=0.2,0.4 --out results/grid\n" +
            "  bordersim sweep scenarios/baseline.yaml --vary behaviour.give_up_rate_per_day=0.05:1 --vary population.smuggler_money_share=0.1:0.5 --lhs 100 --replicates 10\n" +
            "  bordersim sweep scenarios/baseline.yaml --vary behaviour.give_up_rate_per_day=0.05:1 --lhs 2000 --replicates 50 --out results/big --emit-slurm big.sh --slices 100\n" +
            "  bordersim sweep scenarios/baseline.yaml --design points.csv --replicates 10 --out results/salib")
        {
            scenario, vary, design, lhs, replicates, parallel, shard, seed, tick, set, observations, output, force, noCharts,
        };
        foreach (var option in slurm.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario)!;
            var overrides = ScenarioFile.WithObservations(ScenarioFile.ParseOverrides(parse.GetValue(set)), path, parse.GetValue(observations));
            var file = ScenarioFile.Load(path, overrides);
            var designFile = parse.GetValue(design);
            var designPoints = designFile is null ? null : ReadDesign(designFile, parse.GetValue(vary) ?? [], parse.GetValue(lhs), stderr);
            var dimensions = designPoints?.Dimensions() ?? ParseDimensions(parse.GetValue(vary) ?? []);
            var replicateCount = ExperimentOptions.CheckReplicates(parse.GetValue(replicates));
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick));
            var resolvedBase = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var target = parse.GetValue(output) ?? Path.Combine("results", resolvedBase.Name + "-sweep");
            var points = designPoints?.Points ?? Plan(dimensions, parse.GetValue(lhs), resolvedBase.Seed);
            var text = file.Text;
            var scenarios = designPoints is null
                ? Sweep.Scenarios(text, file.Path, overrides, dimensions, points, parse.GetValue(seed), tickLength) // checks every point
                : points.Select((_, i) => ScenarioRunner.Resolve(designPoints.ScenarioAt(i, text, file.Path, overrides, designFile!), parse.GetValue(seed), tickLength)).ToArray();
            var slice = ExperimentOptions.ParseShard(parse.GetValue(shard));
            var charts = !parse.GetValue(noCharts);
            if (parse.GetValue(slurm.Script) is { } script)
            {
                if (!slice.IsWhole)
                {
                    throw new UserError("--emit-slurm writes the --shard of each task itself; leave --shard out");
                }

                var job = slurm.Parse(parse, points.Count * replicateCount, "runs", target, parse.GetValue(force)) with
                {
                    SliceArguments =
                    [
                        "sweep", Path.GetFullPath(path),
                        .. designFile is null ? dimensions.SelectMany(d => new[] { "--vary", d.ToString() }) : ["--design", Path.GetFullPath(designFile)],
                        .. parse.GetValue(lhs) is { } n ? ["--lhs", n.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                        "--replicates", replicateCount.ToString(CultureInfo.InvariantCulture),
                        .. parse.GetValue(seed) is { } s ? ["--seed", s.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                        .. tickLength is { } t ? ["--tick", t.ToString()] : Array.Empty<string>(),
                        .. overrides.SelectMany(o => new[] { "--set", o.ToString() }),
                    ],
                    Description = $"a sweep of {resolvedBase.Name} ({points.Count} points × {replicateCount} replicates)",
                };
                return SlurmOptions.Emit(script, job, stdout);
            }

            using var folder = OutputFolder.Begin(target, parse.GetValue(force), stderr);
            var (start, end) = slice.Range(points.Count * replicateCount);
            var progress = new ProgressReporter(stderr, "runs", end - start);
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            SweepData data;
            try
            {
                data = Signals.Await(() => Sweep.Run(scenarios, dimensions, points, file.Observations, replicateCount, slice, threads, Signals.Token, progress.Advance));
            }
            catch (OperationCanceledException) when (Signals.Received is { } signal)
            {
                progress.Finish();
                stderr.WriteLine($"interrupted by {signal}: cancelled after {progress.Done} of {end - start} runs; nothing was written ({target} is unchanged)");
                return Signals.ExitCode;
            }

            progress.Finish();
            folder.Writing(() => SweepWriter.Write(data, folder.Open));
            var manifest = new ExperimentManifest
            {
                Kind = "sweep",
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
                Shard = slice.ToString(),
                Overrides = overrides.Select(o => o.ToString()).ToArray(),
                Vary = dimensions.Select(d => d.ToString()).ToArray(),
                Lhs = parse.GetValue(lhs),
                Points = points,
                ResolvedScenario = resolvedBase,
                Observations = file.Observations,
                Files = [.. SweepWriter.Files(data), .. charts ? PlotCommand.SweepChartFiles(data) : [], ResultWriter.ManifestJson],
            };
            folder.WriteText(ResultWriter.ManifestJson, ScenarioJson.Serialize(manifest));
            if (data.IsComplete && charts)
            {
                PlotCommand.RenderSweepInto(folder.Staging, folder.Write);
            }
            folder.Commit();
            stdout.WriteLine($"{resolvedBase.Name}: {points.Count} points × {replicateCount} replicates, {data.Rows.Count} runs in slice {slice}");
            stdout.WriteLine($"  written to {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static SweepDesign ReadDesign(string file, string[] vary, int? lhs, TextWriter stderr)
    {
        if (vary.Length > 0 || lhs is not null)
        {
            throw new UserError("--design gives the points itself: leave out --vary and --lhs");
        }

        if (!File.Exists(file))
        {
            throw new UserError($"--design: no such file: {file}");
        }

        try
        {
            return SweepDesign.Parse(File.ReadAllText(file), file);
        }
        catch (FormatException e)
        {
            // One problem a line, each with its line and column; the last one ends the command.
            var lines = e.Message.Split(Environment.NewLine);
            foreach (var line in lines[..^1])
            {
                stderr.WriteLine($"error: {Printable.Escape(line)}");
            }

            throw new UserError(lines[^1]);
        }
    }

    internal static IReadOnlyList<SweepDimension> ParseDimensions(IEnumerable<string> texts)
    {
        var dimensions = new List<SweepDimension>();
        foreach (var text in texts)
        {
            try
            {
                var dimension = SweepDimension.Parse(text);
                dimensions.Add(dimension with { WholeNumbers = ScenarioPaths.TakesWholeNumber(dimension.Path) });
            }
            catch (FormatException e)
            {
                throw new UserError(e.Message);
            }
        }

        if (dimensions.Count == 0)
        {
            throw new UserError("--vary: give at least one parameter to vary (or --design points.csv)");
        }

        if (dimensions.Select(d => d.Path).Distinct().Count() != dimensions.Count)
        {
            throw new UserError("--vary: each parameter may be varied once");
        }

        return dimensions;
    }

    internal static IReadOnlyList<string[]> Plan(IReadOnlyList<SweepDimension> dimensions, int? lhs, ulong seed)
    {
        try
        {
            if (lhs is { } n)
            {
                if (n < 1)
                {
                    throw new UserError($"--lhs: expected a whole number of points of at least 1, found {n}");
                }

                return SweepPlan.LatinHypercube(dimensions.Select(AsRange).ToArray(), n, seed);
            }

            return SweepPlan.Grid(dimensions);
        }
        catch (FormatException e)
        {
            throw new UserError(e.Message);
        }
    }

    private static SweepDimension AsRange(SweepDimension d)
    {
        if (d.Listed is null)
        {
            return d with { Steps = null };
        }

        var values = d.Listed.Select(v => double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
            ? x
            : throw new FormatException($"--lhs needs numeric ranges: give --vary {d.Path}=LOW:HIGH")).ToArray();
        return d with { Listed = null, Steps = null, Low = values.Min(), High = values.Max() };
    }
}
