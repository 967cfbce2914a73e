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
        var force = new Option<bool>("--force") { Description = "Replace the folders of the scenarios, comparison/ and manifest.json if they exist (other files in --out are kept)." };
        var command = new Command("run-all",
            "Run every scenario with its own seed and tick, each into --out/<scenario name>/ (the CSVs, summary.json, manifest.json, the\n" +
            "charts and report.html, as 'bordersim run' writes them), then compare them in --out/comparison/ (comparison.svg of the\n" +
            "--chart scenarios; comparison.csv and comparison.md with the key figures of every scenario) and record the whole in\n" +
            "--out/manifest.json. Nothing is written unless every scenario ran; each folder is written beside its place and moved in.\n" +
            "Check such a folder later with 'bordersim reproduce'.\n\n" +
            "Examples:\n" +
            "  bordersim run-all scenarios --out results/all\n" +
            "  bordersim run-all scenarios --out results/reference --force \\\n" +
            "    --chart open-border,vulnerable-exemption,humanitarian-corridor,closure-through-march,baseline\n" +
            "  bordersim run-all scenarios/baseline.yaml scenarios/open-border.yaml --out results/closure --parallel 1")
        {
            paths, output, chart, parallel, force,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            var target = parse.GetValue(output)!;
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            var here = Directory.GetCurrentDirectory();
            var scenarios = RunAll.Load(inputs, here, stderr);
            var charted = RunAll.Chart(parse.GetValue(chart), scenarios);
            var folders = Begin(target, scenarios.Select(s => s.Name).Append(RunAllManifest.ComparisonFolder).ToArray(), parse.GetValue(force));
            try
            {
                using var ctrlC = new CtrlC();
                RunAllOutput made;
                try
                {
                    var provenance = Provenance.Current(["bordersim", .. args]);
                    made = RunAll.Make(scenarios, inputs.Select(i => RunAll.Relative(here, i)).ToArray(), charted, provenance, _ => provenance, threads, ctrlC.Token);
                }
                catch (OperationCanceledException)
                {
                    stderr.WriteLine($"cancelled; nothing was written ({target} is unchanged)");
                    return ExperimentOptions.Cancelled;
                }

                Write(target, folders, made);
                foreach (var run in made.Runs)
                {
                    var s = run.Result.Summary;
                    stdout.WriteLine($"{s.Scenario}: peak stranded {s.PeakStranded:N0} on {s.PeakStrandedDate:yyyy-MM-dd}; {s.StrandedPersonDays:N0} stranded person-days; " +
                        $"crossed irregular {s.Outcomes.CrossedIrregular:N0}, regular {s.Outcomes.CrossedRegular:N0}; returned inland {s.Outcomes.ReturnedInland:N0}");
                }

                stdout.WriteLine($"{made.Runs.Count} scenarios written to {Path.GetFullPath(target)}, compared in {RunAllManifest.ComparisonFolder}/ (chart: {string.Join(", ", charted)})");
                Stale(target, scenarios, stderr);
                return ExitCodes.Success;
            }
            finally
            {
                foreach (var folder in folders)
                {
                    folder.Dispose();
                }
            }
        });
        return command;
    }

    /// <summary>Refuses at once, naming every folder (and manifest.json) that exists, unless --force; else opens a staging folder for each.</summary>
    private static OutputFolder[] Begin(string target, IReadOnlyList<string> names, bool force)
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

        var opened = new List<OutputFolder>();
        try
        {
            foreach (var name in names)
            {
                opened.Add(OutputFolder.Begin(Path.Combine(target, name), force));
            }
        }
        catch
        {
            opened.ForEach(f => f.Dispose());
            throw;
        }

        return [.. opened];
    }

    /// <summary>
    /// Writes every scenario's folder and the comparison into their staging folders (opened by <see cref="Begin"/> in that
    /// order), moves each into place, then writes manifest.json.
    /// </summary>
    private static void Write(string target, OutputFolder[] folders, RunAllOutput made)
    {
        var contents = made.Runs.Select(r => r.Files).Append(made.Comparison).ToArray();
        for (var i = 0; i < folders.Length; i++)
        {
            foreach (var file in contents[i])
            {
                folders[i].WriteText(file.Name, file.Content);
            }
        }

        foreach (var folder in folders)
        {
            folder.Commit();
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
