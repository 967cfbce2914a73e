using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim run-all: every scenario of some folders with its own seed and tick, each into a folder of its name, and their comparison.</summary>
internal static class RunAllCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string> args)
    {
        var paths = new Argument<string[]>("scenarios")
        {
            Description = "Folders of scenario files (each .yaml, .yml and .json file in them, not in folders below) and single scenario files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "The folder to write into: one folder per scenario, named by the scenario's name, comparison/ and manifest.json.", Required = true };
        var chart = new Option<string?>("--chart")
        {
            Description = "Comma-separated names of the scenarios to draw on comparison/comparison.svg, in the order of its legend (default: all). The table has every scenario.",
        };
        var parallel = new Option<int?>("--parallel") { Description = "Scenarios run at once (default: all cores). Outputs are byte-identical whatever it is." };
        var replicates = ExperimentOptions.Replicates(1);
        replicates.Description = "Run each scenario as an ensemble of N replicates, as 'bordersim run --replicates N' does (default 1: a single run).";
        var force = new Option<bool>("--force") { Description = "Replace the folders of the scenarios, comparison/ and manifest.json if they exist (other files in --out are kept)." };
        var command = new Command("run-all",
            "Run every scenario with its own seed and tick, each into --out/<scenario name>/ (the CSVs, summary.json, manifest.json, the\n" +
            "charts and report.html, as 'bordersim run' writes them; with --replicates N, as 'bordersim run --replicates N' writes an\n" +
            "ensemble), then compare them in --out/comparison/ (comparison.svg of the\n" +
            "--chart scenarios; comparison.csv and comparison.md with the key figures of every scenario) and record the whole in\n" +
            "--out/manifest.json. Nothing is written unless every scenario ran; each folder is written beside its place and moved in.\n" +
            "Check such a folder later with 'bordersim reproduce'.\n\n" +
            "Examples:\n" +
            "  bordersim run-all scenarios --out results/all\n" +
            "  bordersim run-all scenarios --out results/reference --replicates 100 --force \\\n" +
            "    --chart open-border,vulnerable-exemption,humanitarian-corridor,closure-through-march,baseline\n" +
            "  bordersim run-all scenarios/baseline.yaml scenarios/open-border.yaml --out results/closure --parallel 1")
        {
            paths, output, chart, parallel, replicates, force,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            var target = parse.GetValue(output)!;
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            var n = ExperimentOptions.CheckReplicates(parse.GetValue(replicates));
            var here = Directory.GetCurrentDirectory();
            var scenarios = RunAll.Load(inputs, here, stderr);
            var charted = RunAll.Chart(parse.GetValue(chart), scenarios);
            if (charted.Count < scenarios.Count && parse.GetValue(chart) is null)
            {
                stderr.WriteLine($"note: comparison.svg draws the first {charted.Count} of {scenarios.Count} scenarios (choose others with --chart); the table has them all");
            }

            var names = scenarios.Select(s => s.Name).Append(RunAllManifest.ComparisonFolder).ToArray();
            var replace = parse.GetValue(force);
            Check(target, names, replace);
            var provenance = Provenance.Current(["bordersim", .. args]);
            var progress = new ProgressReporter(stderr, "scenarios", scenarios.Count);
            var made = Signals.Await(() => RunAll.Make(scenarios, inputs.Select(i => RunAll.Relative(here, i)).ToArray(), charted, n, provenance, _ => provenance, threads, Signals.Token, progress.Advance));
            progress.Finish();
            Write(target, names, replace, made, stderr);
            foreach (var run in made.Runs)
            {
                stdout.WriteLine($"{run.Name}:");
                foreach (var line in run.Figures)
                {
                    stdout.WriteLine(line);
                }
            }

            stdout.WriteLine($"{made.Runs.Count} scenarios written to {Path.GetFullPath(target)}, compared in {RunAllManifest.ComparisonFolder}/ (chart: {string.Join(", ", charted)})");
            Stale(target, scenarios, stderr);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Refuses at once, before anything runs, naming every folder (and manifest.json) that exists, unless --force.</summary>
    private static void Check(string target, IReadOnlyList<string> names, bool force)
    {
        if (File.Exists(target))
        {
            throw new UserError($"{target} is a file: --out must name a folder");
        }

        var manifest = Path.Combine(target, ResultWriter.ManifestJson);
        var existing = names.Where(n => Directory.Exists(Path.Combine(target, n)) && Directory.EnumerateFileSystemEntries(Path.Combine(target, n)).Any())
            .Concat(File.Exists(manifest) ? [ResultWriter.ManifestJson] : [])
            .ToArray();
        if (existing.Length > 0 && !force)
        {
            throw new UserError($"{target} already holds {string.Join(", ", existing)}, kept. Add --force to replace them (other files in {target} are kept), or choose another folder with --out.");
        }
    }

    /// <summary>
    /// Once every scenario has run: writes each scenario's folder and the comparison (<paramref name="names"/>, in that
    /// order) into staging folders beside their places, moves each into place, then writes manifest.json. Until then
    /// nothing under --out is touched, so a failed or cancelled run-all leaves it as it was.
    /// </summary>
    private static void Write(string target, IReadOnlyList<string> names, bool force, RunAllOutput made, TextWriter stderr)
    {
        var contents = made.Runs.Select(r => r.Files).Append(made.Comparison).ToArray();
        var folders = new List<OutputFolder>();
        try
        {
            for (var i = 0; i < names.Count; i++)
            {
                var folder = OutputFolder.Begin(Path.Combine(target, names[i]), force, stderr);
                folders.Add(folder);
                foreach (var file in contents[i])
                {
                    folder.Write(file);
                }
            }

            OutputFolder.CommitAll(folders);
        }
        finally
        {
            // Last made, first removed: the first folder's Dispose removes --out too if this run made it and it is left empty.
            Enumerable.Reverse(folders).ToList().ForEach(f => f.Dispose());
        }

        OutputFolder.ReplaceFile(Path.Combine(target, ResultWriter.ManifestJson), ScenarioJson.Serialize(made.Manifest));
    }

    /// <summary>Points out results folders in --out that no scenario given makes any more (left as they are).</summary>
    private static void Stale(string target, IReadOnlyList<RunAllInput> scenarios, TextWriter stderr)
    {
        foreach (var dir in Directory.EnumerateDirectories(target).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name != RunAllManifest.ComparisonFolder && scenarios.All(s => s.Name != name) && File.Exists(Path.Combine(dir, ResultWriter.ManifestJson)))
            {
                stderr.WriteLine($"note: {Path.Combine(target, name)} holds the results of no scenario given; left as it is (delete it if it is stale)");
            }
        }
    }
}
