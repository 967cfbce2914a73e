using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim compare: the stranded series of several results folders on one chart, and a table of key figures.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout)
    {
        var folders = new Argument<string[]>("folders") { Description = "Results folders written by 'bordersim run'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for comparison.svg, comparison.csv and comparison.md.", Required = true };
        var labels = new Option<string?>("--labels") { Description = "Comma-separated labels, one per folder (default: each folder's scenario name)." };
        var width = new Option<int?>("--width") { Description = "Chart width in pixels (default 1200)." };
        var height = new Option<int?>("--height") { Description = "Chart height in pixels (default 675)." };
        var title = new Option<string?>("--title") { Description = "Chart title." };
        var force = CommonOptions.Force();
        var command = new Command("compare",
            "Overlay the persons stranded per day of several results folders in comparison.svg, and write their peak, date of peak, " +
            "stranded person-days, irregular and regular crossings and persons returned inland to comparison.csv and comparison.md.\n\n" +
            "Examples:\n" +
            "  bordersim compare results/baseline results/corridor --out results/compare\n" +
            "  bordersim compare results/baseline results/long-emergency --labels \"60 days,120 days\" --out results/emergency --force")
        {
            folders, output, labels, width, height, title, force,
        };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(folders)!;
            if (dirs.Length > RunAll.MaxCharted)
            {
                throw new UserError($"at most {RunAll.MaxCharted} folders on one comparison chart, found {dirs.Length}; compare them in groups");
            }

            var names = Labels(parse.GetValue(labels), dirs.Length);
            var style = PlotCommand.Style(parse.GetValue(width), parse.GetValue(height));
            var data = dirs.Select(PlotCommand.Read).ToArray();
            names ??= DefaultLabels(dirs, data);
            var runs = data.Select((d, i) => new ComparedRun(names[i], d)).ToArray();

            IReadOnlyList<RenderedFile> files;
            try
            {
                files = ResultsComparison.Render(runs, style, parse.GetValue(title));
            }
            catch (ResultsFormatException e)
            {
                throw new UserError(e.Message);
            }

            using var folder = OutputFolder.Begin(parse.GetValue(output)!, parse.GetValue(force));
            foreach (var file in files)
            {
                folder.Write(file);
            }
            folder.Commit();
            stdout.WriteLine($"compared {string.Join(", ", names)}: {string.Join(", ", files.Select(f => f.Name))} written to {folder.Target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string[]? Labels(string? text, int count)
    {
        if (text is null)
        {
            return null;
        }
        var labels = text.Split(',').Select(l => l.Trim()).ToArray();
        if (labels.Length != count)
        {
            throw new UserError($"--labels: {labels.Length} label(s) for {count} folder(s); give one per folder, separated by commas");
        }
        if (labels.Any(l => l.Length == 0))
        {
            throw new UserError("--labels: a label is empty");
        }
        return labels;
    }

    /// <summary>Each folder's scenario name; where two folders share one, their folder names instead.</summary>
    private static string[] DefaultLabels(string[] dirs, ResultsData[] data)
    {
        var names = data.Select(d => d.ScenarioName).ToArray();
        return names.Select((n, i) => names.Count(m => m == n) > 1 ? $"{n} ({Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dirs[i])))})" : n).ToArray();
    }
}
