using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Time;

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
        var command = new Command("run",
            "Run a scenario and write daily.csv, ticks.csv, summary.json and manifest.json.\n\n" +
            "Examples:\n" +
            "  bordersim run scenarios/baseline.yaml\n" +
            "  bordersim run scenarios/baseline.yaml --seed 7 --tick 1h --out results/baseline-1h\n" +
            "  bordersim run scenarios/baseline.yaml --set policies[2].duration_days=120 --out results/long-emergency --force")
        {
            scenario, seed, tick, set, output, force,
        };
        command.SetAction(parse =>
        {
            var overrides = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var tickLength = CommonOptions.ParseTick(parse.GetValue(tick));
            var file = ScenarioFile.Load(parse.GetValue(scenario)!, overrides);
            var resolved = ScenarioRunner.Resolve(file.Scenario, parse.GetValue(seed), tickLength);
            var target = parse.GetValue(output) ?? Path.Combine("results", resolved.Name);
            using var folder = OutputFolder.Begin(target, parse.GetValue(force));
            var result = new Simulation(resolved, resolved.Seed, TickLength.Parse(resolved.Tick)).Run().WithObservations(file.Observations);
            var manifest = new RunManifest
            {
                BordersimVersion = BuildInfo.Version,
                GitCommit = BuildInfo.GitCommit,
                DotnetVersion = BuildInfo.DotnetVersion,
                Machine = BuildInfo.Machine,
                CommandLine = ["bordersim", .. args],
                ScenarioFile = file.Path,
                ScenarioSha256 = file.Sha256,
                Seed = resolved.Seed,
                Tick = resolved.Tick,
                Overrides = overrides.Select(o => o.ToString()).ToArray(),
                ResolvedScenario = resolved,
                Files = ResultWriter.Files,
            };
            ResultWriter.Write(result, manifest, folder.Open);
            folder.Commit();
            var s = result.Summary;
            stdout.WriteLine($"{resolved.Name}: seed {resolved.Seed}, tick {resolved.Tick}, {result.Calendar.FirstDay:yyyy-MM-dd} to {result.Calendar.LastDay:yyyy-MM-dd}");
            stdout.WriteLine($"  peak stranded {s.PeakStranded:N0} on {s.PeakStrandedDate:yyyy-MM-dd}; {s.StrandedPersonDays:N0} stranded person-days; {s.Departed:N0} departed");
            stdout.WriteLine($"  crossed regular {s.Outcomes.CrossedRegular:N0}, irregular {s.Outcomes.CrossedIrregular:N0}, returned inland {s.Outcomes.ReturnedInland:N0}");
            stdout.WriteLine($"  written to {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
