using System.CommandLine;
using System.Text;
using System.Text.Json;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using BorderSim.Plotting;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>
/// bordersim reproduce: runs again what made a results folder (of 'run', 'run --replicates' or 'run-all') and compares
/// every file with a fresh run, byte for byte, apart from the manifest's provenance (<see cref="RunManifest.ProvenanceKeys"/>).
/// </summary>
internal static class ReproduceCommand
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The manifest keys not compared, as a list for messages.</summary>
    private static readonly string Ignored = string.Join(", ", RunManifest.ProvenanceKeys);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "A results folder written by 'bordersim run' (one scenario, once or as an ensemble) or 'bordersim run-all' (all of them)." };
        var root = new Option<string?>("--root")
        {
            Description = "The folder the manifest's scenario paths are relative to: where the results were made (default: the current folder if they are there, else the first folder above FOLDER where they are).",
        };
        var scenario = new Option<string?>("--scenario")
        {
            Description = "For one scenario's folder: the scenario file to run instead of the one the manifest names (its SHA-256 is still compared with the manifest's).",
        };
        var parallel = new Option<int?>("--parallel") { Description = "Scenarios (or an ensemble's replicates) run at once (default: all cores)." };
        var command = new Command("reproduce",
            "Run again what made a results folder, with the seed, tick and overrides its manifest.json records, and compare every file\n" +
            "with the fresh run: the CSVs, summary.json, the charts, report.html and manifest.json, byte for byte. Only the manifest's\n" +
            "provenance may differ: " + Ignored + " (the fresh run's charts\n" +
            "and report.html are drawn with the folder's values of these). Files whose names start with '.' are not compared, nor, in a\n" +
            "run-all folder, files other than manifest.json, the scenario folders and comparison/ (such as README.md). An ensemble's\n" +
            "replicates.csv may be left out of a folder kept for reference (it is large): if it is absent it is reported as not checked.\n" +
            "Exit code 0: identical; 3: a difference, each differing file reported with its first difference (CSV line and column,\n" +
            "JSON key, or text line and column) and both values; 2: FOLDER is not a results folder or its scenario cannot be found.\n\n" +
            "Examples:\n" +
            "  bordersim reproduce results/reference/baseline\n" +
            "  bordersim reproduce results/reference\n" +
            "  bordersim reproduce ~/Downloads/baseline --scenario scenarios/baseline.yaml\n" +
            "  bordersim reproduce /data/bordersim/results/reference --root /data/bordersim")
        {
            folder, root, scenario, parallel,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var (kind, text) = ReadManifest(dir);
            var findings = new List<FileDifference>();
            var notKept = new List<string>();
            var threads = ExperimentOptions.ParseParallel(parse.GetValue(parallel));
            string what;
            int files;
            if (kind == RunAllManifest.RunAllKind)
            {
                if (parse.GetValue(scenario) is not null)
                {
                    throw new UserError($"--scenario: {dir} is a run-all folder, whose scenarios are named in its manifest.json; use --root to say where they are");
                }

                (what, files) = ReproduceAll(dir, Deserialize<RunAllManifest>(dir, text), parse.GetValue(root), threads, stderr, findings, notKept);
            }
            else if (kind == EnsembleKind)
            {
                (what, files) = ReproduceEnsemble(dir, Deserialize<ExperimentManifest>(dir, text), parse.GetValue(root), parse.GetValue(scenario), threads, findings, notKept);
            }
            else
            {
                (what, files) = ReproduceOne(dir, Deserialize<RunManifest>(dir, text), parse.GetValue(root), parse.GetValue(scenario), findings, notKept);
            }

            if (notKept.Count > 0)
            {
                stdout.WriteLine($"not checked, because the folder does not keep them: {string.Join(", ", notKept)}");
            }

            if (findings.Count == 0)
            {
                stdout.WriteLine($"reproduced {dir}: its {files} files are byte-identical to {what} (PNG charts: the same pixels within the tolerance of a different processor)");
                stdout.WriteLine($"  (manifest.json apart from {Ignored}; the charts and report.html of the fresh run are drawn with the folder's values of these)");
                return ExitCodes.Success;
            }

            stdout.WriteLine($"{dir} differs from {what}: {findings.Count} of {files} files");
            foreach (var f in findings)
            {
                stdout.WriteLine($"  {f.File}: {f.Location}");
                stdout.WriteLine($"    folder:    {f.Expected}");
                stdout.WriteLine($"    fresh run: {f.Actual}");
            }

            stdout.WriteLine($"(manifest.json is compared apart from {Ignored}; a changed model, chart or scenario shows here. " +
                "If the change is meant, make the folder again with the command in its manifest.json and review the diff.)");
            return ExitCodes.ResultsDiffer;
        });
        return command;
    }

    private const string EnsembleKind = "ensemble";

    private static (string What, int Files) ReproduceOne(string dir, RunManifest reference, string? root, string? scenarioOption, List<FileDifference> findings, List<string> notKept)
    {
        var manifestPath = Path.Combine(dir, ResultWriter.ManifestJson);
        var scenarioPath = scenarioOption ?? Path.GetFullPath(reference.ScenarioFile, FindRoot(dir, root, [reference.ScenarioFile], manifestPath, " or --scenario FILE"));
        var overrides = reference.Overrides.Select(text => ScenarioOverride.TryParse(text, out var o, out var error)
            ? o! : throw new UserError($"{manifestPath}: overrides: {error}")).ToArray();
        var tick = TickLength.TryParse(reference.Tick, out var t) ? t : throw new UserError($"{manifestPath}: tick: '{reference.Tick}' is not a tick length");
        var file = ScenarioFile.Load(scenarioPath, overrides);
        var resolved = ScenarioRunner.Resolve(file.Scenario, reference.Seed, tick);
        var charts = !reference.CommandLine.Contains(RunCommand.NoChartsOption); // a run made with --no-charts has none to compare
        var run = SingleRun.Execute(file, resolved, SingleRun.Manifest(file, resolved, overrides, Provenance.Of(reference), reference.ScenarioFile), charts);
        var files = CompareFolder(dir, "", run.Files, findings, notKept);
        return ($"a fresh run of {scenarioOption ?? reference.ScenarioFile} (seed {resolved.Seed}, tick {resolved.Tick}{Describe(overrides)})", files);
    }

    private static (string What, int Files) ReproduceEnsemble(
        string dir, ExperimentManifest reference, string? root, string? scenarioOption, int parallel, List<FileDifference> findings, List<string> notKept)
    {
        var manifestPath = Path.Combine(dir, ResultWriter.ManifestJson);
        var scenarioPath = scenarioOption ?? Path.GetFullPath(reference.ScenarioFile, FindRoot(dir, root, [reference.ScenarioFile], manifestPath, " or --scenario FILE"));
        var overrides = reference.Overrides.Select(text => ScenarioOverride.TryParse(text, out var o, out var error)
            ? o! : throw new UserError($"{manifestPath}: overrides: {error}")).ToArray();
        var tick = TickLength.TryParse(reference.Tick, out var t) ? t : throw new UserError($"{manifestPath}: tick: '{reference.Tick}' is not a tick length");
        var shard = ExperimentOptions.ParseShard(reference.Shard);
        var file = ScenarioFile.Load(scenarioPath, overrides);
        var resolved = ScenarioRunner.Resolve(file.Scenario, reference.Seed, tick);
        var charts = !reference.CommandLine.Contains(RunCommand.NoChartsOption);
        var made = EnsembleRun.Make(file, resolved, overrides, reference.Replicates, shard, parallel, Provenance.Of(reference), reference.ScenarioFile, CancellationToken.None, charts: charts);
        var files = CompareFolder(dir, "", made.Files, findings, notKept);
        return ($"a fresh ensemble of {reference.Replicates} replicates (slice {shard}) of {scenarioOption ?? reference.ScenarioFile} (seed {resolved.Seed}, tick {resolved.Tick}{Describe(overrides)})", files);
    }

    private static string Describe(IReadOnlyList<ScenarioOverride> overrides) =>
        overrides.Count > 0 ? ", " + string.Join(" ", overrides.Select(o => o.ToString())) : "";

    private static (string What, int Files) ReproduceAll(string dir, RunAllManifest reference, string? root, int parallel, TextWriter stderr, List<FileDifference> findings, List<string> notKept)
    {
        var manifestPath = Path.Combine(dir, ResultWriter.ManifestJson);
        var baseDir = FindRoot(dir, root, reference.Inputs, manifestPath, "");
        var scenarios = RunAll.Load(reference.Inputs, baseDir, stderr);
        var folderProvenance = Provenance.Of(reference);
        var made = RunAll.Make(
            scenarios,
            reference.Inputs,
            reference.ComparisonChart.Where(n => scenarios.Any(s => s.Name == n)).ToArray(),
            reference.Replicates,
            folderProvenance,
            s => ReadProvenance(Path.Combine(dir, s.Name)) ?? folderProvenance,
            parallel,
            CancellationToken.None);

        var files = CompareFolder(dir, "", [RenderedFile.FromText(ResultWriter.ManifestJson, ScenarioJson.Serialize(made.Manifest))], findings, notKept, onlyThese: true);
        foreach (var run in made.Runs)
        {
            files += CompareFolder(Path.Combine(dir, run.Name), run.Name + "/", run.Files, findings, notKept);
        }

        files += CompareFolder(Path.Combine(dir, RunAllManifest.ComparisonFolder), RunAllManifest.ComparisonFolder + "/", made.Comparison, findings, notKept);
        foreach (var gone in reference.Scenarios.Where(r => made.Runs.All(run => run.Name != r.Name)))
        {
            findings.Add(new FileDifference(gone.Name + "/", "results of a scenario no scenario file makes now", $"from {gone.ScenarioFile}", "(none)"));
        }

        return ($"a fresh run-all of {string.Join(", ", reference.Inputs)} ({made.Runs.Count} scenarios and their comparison)", files);
    }

    /// <summary>How a fresh file differs from the folder's: text byte for byte, PNG charts by decoded pixels within a tolerance.</summary>
    private static FileDifference? Difference(RenderedFile fresh, byte[] existing) =>
        fresh.Name.EndsWith(".png", StringComparison.Ordinal)
            ? PngComparison.Difference(existing, fresh.Bytes) is { } pixels ? new FileDifference(fresh.Name, "pixels", pixels, "(see the SVG beside it for what changed)") : null
            : ResultsDiff.Compare(fresh.Name, existing, fresh.Bytes);

    /// <summary>
    /// Compares the fresh files with the folder's, adding a finding for each that differs, is missing or is extra (an
    /// ensemble's replicates.csv, which may be left out, goes to <paramref name="notKept"/> instead of being missing);
    /// returns how many files were compared.
    /// </summary>
    private static int CompareFolder(string dir, string prefix, IReadOnlyList<RenderedFile> fresh, List<FileDifference> findings, List<string> notKept, bool onlyThese = false)
    {
        var present = Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).ToHashSet(StringComparer.Ordinal)
            : [];
        var compared = 0;
        foreach (var file in fresh)
        {
            compared++;
            if (!present.Contains(file.Name) && file.Name == EnsembleRun.MayBeLeftOut && Directory.Exists(dir))
            {
                notKept.Add(prefix + file.Name);
                compared--;
            }
            else if (!present.Contains(file.Name))
            {
                findings.Add(new FileDifference(prefix + file.Name, "missing from the folder", "(no such file)", $"{file.Bytes.Length} bytes"));
            }
            else if (Difference(file, File.ReadAllBytes(Path.Combine(dir, file.Name))) is { } d)
            {
                findings.Add(d with { File = prefix + file.Name });
            }
        }

        var extra = onlyThese ? [] : present.Where(n => fresh.All(f => f.Name != n)).Order(StringComparer.Ordinal).ToArray();
        foreach (var name in extra)
        {
            findings.Add(new FileDifference(prefix + name, "in the folder but not made by a fresh run", $"{new FileInfo(Path.Combine(dir, name)).Length} bytes", "(no such file)"));
        }

        return compared + extra.Length;
    }

    /// <summary>The folder's manifest.json: its kind ("run-all", or null for a single run) and text; explains why a folder is not a results folder.</summary>
    private static (string? Kind, string Text) ReadManifest(string dir)
    {
        if (File.Exists(dir))
        {
            throw new UserError($"{dir} is a file, not a results folder");
        }

        if (!Directory.Exists(dir))
        {
            throw new UserError($"{dir} does not exist; expected a results folder written by 'bordersim run' or 'bordersim run-all'");
        }

        var path = Path.Combine(dir, ResultWriter.ManifestJson);
        if (!File.Exists(path))
        {
            throw new UserError($"{dir} is not a results folder: manifest.json is missing (expected a folder written by 'bordersim run' or 'bordersim run-all')");
        }

        var text = File.ReadAllText(path);
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UserError($"{path}: expected a JSON object, the manifest of a run");
            }

            var kind = doc.RootElement.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            return kind is null or "run" or EnsembleKind or RunAllManifest.RunAllKind
                ? (kind, text)
                : throw new UserError($"{dir} holds results of kind '{kind}' (its manifest.json says so); reproduce checks the folders of runs and ensembles ('bordersim run') and of 'bordersim run-all'");
        }
        catch (JsonException e)
        {
            throw new UserError($"{path} is not valid JSON: {e.Message}");
        }
    }

    private static T Deserialize<T>(string dir, string text)
    {
        var path = Path.Combine(dir, ResultWriter.ManifestJson);
        try
        {
            return ScenarioJson.Deserialize<T>(text) ?? throw new UserError($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new UserError($"{path} is not the manifest of a {(typeof(T) == typeof(RunAllManifest) ? "run-all" : typeof(T) == typeof(ExperimentManifest) ? "ensemble" : "run")}: {e.Message}");
        }
    }

    /// <summary>What made the results in <paramref name="dir"/> (a run's or an ensemble's manifest), or null if there is none to read.</summary>
    private static Provenance? ReadProvenance(string dir)
    {
        var path = Path.Combine(dir, ResultWriter.ManifestJson);
        try
        {
            return File.Exists(path) ? ProvenanceOf(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The provenance keys every manifest has (<see cref="RunAllManifest.ProvenanceKeys"/>), read from its JSON text.</summary>
    private static Provenance? ProvenanceOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Text(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var commandLine = root.TryGetProperty("command_line", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : null;
        return Text("bordersim_version") is { } version && Text("dotnet_version") is { } dotnet && Text("machine") is { } machine && commandLine is not null
            ? new Provenance(version, Text("git_commit"), dotnet, machine, commandLine)
            : null;
    }

    /// <summary>
    /// The folder the manifest's relative paths start from: --root, else the current folder if they are all there, else the
    /// first folder above the results folder where they are (so results/reference finds scenarios/ from anywhere in the repository).
    /// </summary>
    private static string FindRoot(string dir, string? root, IReadOnlyList<string> paths, string manifestPath, string otherwise)
    {
        if (root is not null)
        {
            return Directory.Exists(root) ? Path.GetFullPath(root) : throw new UserError($"--root: {root} is not a folder");
        }

        var candidates = new List<string> { Directory.GetCurrentDirectory() };
        for (var up = Directory.GetParent(Path.GetFullPath(dir)); up is not null; up = up.Parent)
        {
            candidates.Add(up.FullName);
        }

        return candidates.FirstOrDefault(c => paths.All(p => File.Exists(Path.GetFullPath(p, c)) || Directory.Exists(Path.GetFullPath(p, c))))
            ?? throw new UserError($"{manifestPath} names {string.Join(", ", paths)}, which is not in the current folder nor in any folder above {dir}; " +
                $"run from the folder the results were made in (for results/reference, the repository's root), or give --root DIR{otherwise}");
    }
}
