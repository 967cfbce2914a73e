using System.Runtime.ExceptionServices;
using BorderSim.Cli.Io;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>A scenario file of a run-all: its path relative to the base folder ('/' between names), the file read, and the scenario with its own seed and tick.</summary>
internal sealed record RunAllInput(string RelativePath, ScenarioFile File, Scenario Resolved)
{
    public string Name => Resolved.Name;
}

/// <summary>One scenario's results as run-all makes them (a single run or an ensemble): its name, its folder's files, and the lines that describe it.</summary>
internal sealed record ScenarioResults(string Name, IReadOnlyList<RenderedFile> Files, IReadOnlyList<string> Figures);

/// <summary>Everything a run-all writes, in memory: each scenario's results (for the folder of its name), the comparison and the manifest.</summary>
internal sealed record RunAllOutput(RunAllManifest Manifest, IReadOnlyList<ScenarioResults> Runs, IReadOnlyList<RenderedFile> Comparison);

/// <summary>Runs every scenario of some folders and files with its own seed and tick, and compares them: what run-all writes and reproduce checks.</summary>
internal static class RunAll
{
    /// <summary>The files a folder given to run-all contributes (not those in folders below it, such as observations/).</summary>
    public static readonly IReadOnlyList<string> Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Names that cannot be scenario folders, because run-all writes them beside those folders.</summary>
    private static readonly string[] Reserved = [RunAllManifest.ComparisonFolder, ResultWriter.ManifestJson];

    /// <summary>
    /// The scenario files of <paramref name="inputs"/> (folders and files, relative to <paramref name="baseDir"/>), ordered by
    /// path, each loaded with its own seed and tick. Reports every invalid file on <paramref name="stderr"/> before refusing.
    /// </summary>
    public static IReadOnlyList<RunAllInput> Load(IReadOnlyList<string> inputs, string baseDir, TextWriter stderr)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, baseDir);
            if (Directory.Exists(full))
            {
                paths.UnionWith(FilesIn(full, input).Select(f => Relative(baseDir, f)));
            }
            else if (File.Exists(full))
            {
                paths.Add(Relative(baseDir, full));
            }
            else
            {
                throw new UserError($"{input}: no such folder or scenario file (looked in {baseDir})");
            }
        }

        var loaded = new List<RunAllInput>();
        var invalid = 0;
        foreach (var path in paths)
        {
            if (ScenarioFile.TryLoad(Path.GetFullPath(path, baseDir), [], stderr) is { } file)
            {
                loaded.Add(new RunAllInput(path, file, ScenarioRunner.Resolve(file.Scenario, null, null)));
            }
            else
            {
                invalid++;
            }
        }

        if (invalid > 0)
        {
            throw new UserError($"{invalid} of {paths.Count} scenario files are invalid (above); nothing was run");
        }

        CheckNames(loaded);
        return loaded;
    }

    /// <summary>
    /// The scenario files in a folder (<paramref name="shown"/> as the user gave it), ordered by name: each .yaml, .yml and
    /// .json file, not hidden ones nor those in folders below (so observations/ is skipped). None is an error.
    /// </summary>
    public static IReadOnlyList<string> FilesIn(string folder, string shown)
    {
        var found = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return found.Length > 0 ? found : throw new UserError($"{shown}: no scenario files (.yaml, .yml or .json) in this folder");
    }

    /// <summary><paramref name="path"/> relative to <paramref name="baseDir"/>, with '/' between names on every system.</summary>
    public static string Relative(string baseDir, string path) =>
        Path.GetRelativePath(baseDir, Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDir))).Replace('\\', '/');

    /// <summary>The most lines one comparison chart draws: beyond a dozen no reader tells them apart (and the legend leaves no room for the plot).</summary>
    public const int MaxCharted = 12;

    /// <summary>The scenarios to draw on the comparison chart: <paramref name="text"/> (comma-separated names), else the first <see cref="MaxCharted"/>.</summary>
    public static IReadOnlyList<string> Chart(string? text, IReadOnlyList<RunAllInput> scenarios)
    {
        var names = scenarios.Select(s => s.Name).ToArray();
        if (text is null)
        {
            return names.Take(MaxCharted).ToArray();
        }

        var chart = text.Split(',').Select(n => n.Trim()).ToArray();
        if (chart.Length > MaxCharted)
        {
            throw new UserError($"--chart: at most {MaxCharted} scenarios on one chart, found {chart.Length}; the table (comparison.csv, comparison.md) has every scenario");
        }

        if (chart.FirstOrDefault(n => !names.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            throw new UserError($"--chart: no scenario is named '{unknown}'; the scenarios are {string.Join(", ", names)}");
        }

        if (chart.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new UserError($"--chart: '{twice.Key}' is given twice");
        }

        return chart;
    }

    /// <summary>
    /// Runs every scenario (<paramref name="parallel"/> at once; the bytes are the same whatever it is), once or as an
    /// ensemble of <paramref name="replicates"/>, each with the provenance <paramref name="provenanceOf"/> gives it, and
    /// draws the comparison.
    /// </summary>
    public static RunAllOutput Make(
        IReadOnlyList<RunAllInput> scenarios,
        IReadOnlyList<string> inputs,
        IReadOnlyList<string> chart,
        int replicates,
        Provenance provenance,
        Func<RunAllInput, Provenance> provenanceOf,
        int parallel,
        CancellationToken cancellation,
        Action? ran = null)
    {
        var runs = new ScenarioResults[scenarios.Count];
        try
        {
            Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellation }, i =>
            {
                var s = scenarios[i];
                if (replicates > 1)
                {
                    var made = EnsembleRun.Make(s.File, s.Resolved, [], replicates, Core.Experiments.Shard.Whole, 1, provenanceOf(s), s.RelativePath, cancellation);
                    runs[i] = new ScenarioResults(s.Name, made.Files, [.. EnsembleRun.Figures(Core.Experiments.EnsembleSummary.From(made.Data))]);
                }
                else
                {
                    var run = SingleRun.Execute(s.File, s.Resolved, SingleRun.Manifest(s.File, s.Resolved, [], provenanceOf(s), s.RelativePath));
                    runs[i] = new ScenarioResults(s.Name, run.Files, [.. SingleRun.Figures(run.Result.Summary)]);
                }

                ran?.Invoke();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var manifest = new RunAllManifest
        {
            BordersimVersion = provenance.Version,
            GitCommit = provenance.Commit,
            DotnetVersion = provenance.Dotnet,
            Machine = provenance.Machine,
            CommandLine = provenance.CommandLine,
            Inputs = inputs,
            Replicates = replicates,
            Scenarios = scenarios.Select(s => new RunAllScenario(s.Name, s.RelativePath, s.File.Sha256)).ToArray(),
            ComparisonChart = chart,
        };
        return new RunAllOutput(manifest, runs, Compare(runs, chart));
    }

    /// <summary>comparison.svg of the charted scenarios; comparison.csv and comparison.md of every scenario.</summary>
    private static IReadOnlyList<RenderedFile> Compare(IReadOnlyList<ScenarioResults> runs, IReadOnlyList<string> chart)
    {
        var all = runs.Select(r => new ComparedRun(r.Name, ResultsData.Parse(name => r.Files.FirstOrDefault(f => f.Name == name)?.Text))).ToArray();
        var charted = chart.Select(name => all.First(c => c.Label == name)).ToArray();
        try
        {
            return
            [
                .. ResultsComparison.Render(charted).Where(f => f.Name is ResultsComparison.ComparisonSvg or ResultsComparison.ComparisonPng),
                RenderedFile.FromText(ResultsComparison.ComparisonCsv, ResultsComparison.Csv(all)),
                RenderedFile.FromText(ResultsComparison.ComparisonMd, ResultsComparison.Markdown(all)),
            ];
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{RunAllManifest.ComparisonFolder}: {e.Message}");
        }
    }

    private static void CheckNames(IReadOnlyList<RunAllInput> scenarios)
    {
        foreach (var s in scenarios)
        {
            // The name is a folder name already (the scenario was validated); it must not be one run-all writes itself.
            if (Reserved.Contains(s.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new UserError($"{s.RelativePath}: name '{s.Name}' cannot name the scenario's results folder: run-all writes {string.Join(" and ", Reserved)} beside them");
            }
        }

        var twice = scenarios.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UserError($"{string.Join(" and ", twice.Select(s => s.RelativePath))} have the same name '{twice.Key}', and each scenario's results go to the folder of its name; rename one");
        }
    }
}
