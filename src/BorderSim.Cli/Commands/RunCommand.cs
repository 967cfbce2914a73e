using System.CommandLine;
using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim run: one run of a scenario, written to a results folder.</summary>
internal static class RunCommand
{
    public const string NoChartsOption = "--no-charts";

    public static Option<bool> NoCharts() => new(NoChartsOption)
    {
        Description = "Write only the numbers (CSV and JSON): no charts, no report.html.",
    };

    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (.yaml, .yml or .json)." };
        var seed = CommonOptions.Seed();
        var tick = CommonOptions.Tick();
        var set = CommonOptions.Set();
        var observations = CommonOptions.Observations();
        var force = CommonOptions.Force();
        var output = new Option<string?>("--out") { Description = "Output folder (default: results/<scenario name>).", HelpName = "folder" };
        var noCharts = NoCharts();
        var replicates = ExperimentOptions.Replicates(1);
        var parallel = ExperimentOptions.Parallel();
        var shard = ExperimentOptions.Shard();
        var slurm = new SlurmOptions();
        var command = new Command("run",
            "Run a scenario and write daily.csv, ticks.csv, summary.json and manifest.json, the charts (stranded.svg,\n" +
            "states.svg, flows.svg, outcomes.svg) and report.html, a self-contained page that opens offline in any browser.\n\n" +
            "Examples:\n" +
            "  bordersim run scenarios/baseline.yaml\n" +
            "  bordersim run scenarios/baseline.yaml --seed 7 --tick 1h --out results/baseline-1h\n" +
            "  bordersim run scenarios/baseline.yaml --set 'policies[2].duration_days=120' --out results/long-emergency --force\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 200 --parallel 2 --out results/baseline-200\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 1000 --shard 3/10 --out shards/3   (then bordersim merge shards/* --out results/baseline-1000)\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 1000 --out results/baseline-1000 --emit-slurm baseline-1000.sh --slices 20\n\n" +
            "With --replicates N > 1 (or --shard) it writes an ensemble: replicates.csv, key_figures.csv, daily.csv with the mean and\n" +
            "5th-95th percentiles of each column, summary.json with each key figure's distribution, manifest.json, and the charts\n" +
            "and report.html (the median with its 5–95% band; a slice draws nothing until merged).")
        {
            scenario, seed, tick, set, observations, output, force, noCharts, replicates, parallel, shard,
        };
        foreach (var option in slurm.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario)!;
            var overrides = ScenarioFile.WithObservations(ScenarioFile.ParseOverrides(parse.GetValue(set)), path, parse.GetValue(observations));
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick));
            var file = ScenarioFile.Load(path, overrides);
            var resolved = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var target = parse.GetValue(output) ?? Path.Combine("results", resolved.Name);
            var replicateCount = ExperimentOptions.CheckReplicates(parse.GetValue(replicates));
            var slice = ExperimentOptions.ParseShard(parse.GetValue(shard));
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            var charts = !parse.GetValue(noCharts);
            if (parse.GetValue(slurm.Script) is { } script)
            {
                if (replicateCount < 2 || !slice.IsWhole)
                {
                    throw new UserError("--emit-slurm: shares the replicates of an ensemble among array tasks: give --replicates N (more than 1) and no --shard");
                }

                var job = slurm.Parse(parse, replicateCount, "replicates", target, parse.GetValue(force)) with
                {
                    SliceArguments =
                    [
                        "run", Path.GetFullPath(path), "--replicates", replicateCount.ToString(CultureInfo.InvariantCulture),
                        .. parse.GetValue(seed) is { } s ? ["--seed", s.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                        .. tickLength is { } t ? ["--tick", t.ToString()] : Array.Empty<string>(),
                        .. overrides.SelectMany(o => new[] { "--set", o.ToString() }),
                    ],
                    Description = $"{replicateCount} replicates of {resolved.Name}",
                };
                return SlurmOptions.Emit(script, job, stdout);
            }

            if (replicateCount > 1 || !slice.IsWhole)
            {
                return EnsembleRun.Execute(file, resolved, overrides, replicateCount, threads, slice, target, parse.GetValue(force), charts, args, stdout, stderr);
            }

            using var folder = OutputFolder.Begin(target, parse.GetValue(force), stderr);
            var run = Signals.Await(() => SingleRun.Execute(file, resolved, SingleRun.Manifest(file, resolved, overrides, Provenance.Current(["bordersim", .. args])), charts));
            foreach (var written in run.Files)
            {
                folder.Write(written);
            }

            folder.Commit();
            foreach (var line in SingleRun.Describe(run.Result))
            {
                stdout.WriteLine(line);
            }

            stdout.WriteLine($"  written to {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
