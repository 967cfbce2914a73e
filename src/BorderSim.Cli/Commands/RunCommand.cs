using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim run: one run of a scenario, written to a results folder.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (.yaml, .yml or .json)." };
        var seed = CommonOptions.Seed();
        var tick = CommonOptions.Tick();
        var set = CommonOptions.Set();
        var force = CommonOptions.Force();
        var output = new Option<string?>("--out") { Description = "Output folder (default: results/<scenario name>)." };
        var replicates = ExperimentOptions.Replicates(1);
        var parallel = ExperimentOptions.Parallel();
        var shard = ExperimentOptions.Shard();
        var command = new Command("run",
            "Run a scenario and write daily.csv, ticks.csv, summary.json and manifest.json, the charts (stranded.svg,\n" +
            "states.svg, flows.svg, outcomes.svg) and report.html, a self-contained page that opens offline in any browser.\n\n" +
            "Examples:\n" +
            "  bordersim run scenarios/baseline.yaml\n" +
            "  bordersim run scenarios/baseline.yaml --seed 7 --tick 1h --out results/baseline-1h\n" +
            "  bordersim run scenarios/baseline.yaml --set policies[2].duration_days=120 --out results/long-emergency --force\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 200 --parallel 2 --out results/baseline-200\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 1000 --shard 3/10 --out shards/3   (then bordersim merge shards/* --out results/baseline-1000)\n\n" +
            "With --replicates N > 1 (or --shard) it writes an ensemble: replicates.csv, key_figures.csv, daily.csv with the mean and\n" +
            "5th-95th percentiles of each column, summary.json with each key figure's distribution, manifest.json, and the charts\n" +
            "and report.html (the median with its 5–95% band; a slice draws nothing until merged).")
        {
            scenario, seed, tick, set, output, force, replicates, parallel, shard,
        };
        command.SetAction(parse =>
        {
            var overrides = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick));
            var file = ScenarioFile.Load(parse.GetValue(scenario)!, overrides);
            var resolved = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var target = parse.GetValue(output) ?? Path.Combine("results", resolved.Name);
            var replicateCount = ExperimentOptions.CheckReplicates(parse.GetValue(replicates));
            var slice = ExperimentOptions.ParseShard(parse.GetValue(shard));
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            if (replicateCount > 1 || !slice.IsWhole)
            {
                return EnsembleRun.Execute(file, resolved, overrides, replicateCount, threads, slice, target, parse.GetValue(force), args, stdout, stderr);
            }

            using var folder = OutputFolder.Begin(target, parse.GetValue(force), stderr);
            var run = Signals.Await(() => SingleRun.Execute(file, resolved, SingleRun.Manifest(file, resolved, overrides, Provenance.Current(["bordersim", .. args]))));
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
