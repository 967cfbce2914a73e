using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Plotting;
using BorderSim.Plotting.Results;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim plot: redraws the charts and report.html of a results folder from its CSV and JSON files.</summary>
internal static class PlotCommand
{
    public static Command Create(TextWriter stdout)
    {
        var folder = new Argument<string>("folder") { Description = "A results folder written by 'bordersim run' (with daily.csv and summary.json)." };
        var width = new Option<int?>("--width") { Description = "Chart width in pixels (default 1200, at least 240)." };
        var height = new Option<int?>("--height") { Description = "Chart height in pixels (default 675, at least 160)." };
        var title = new Option<string?>("--title") { Description = "Title of the headline chart of persons stranded." };
        var command = new Command("plot",
            "Redraw stranded.svg, states.svg, flows.svg, outcomes.svg and report.html in a results folder from its CSV and JSON files, " +
            "e.g. to restyle without re-running. Only those five files are replaced.\n\n" +
            "Examples:\n" +
            "  bordersim plot results/baseline\n" +
            "  bordersim plot results/baseline --width 1600 --height 900\n" +
            "  bordersim plot results/baseline --title \"Stranded at the Chile–Peru border, baseline\"")
        {
            folder, width, height, title,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var style = Style(parse.GetValue(width), parse.GetValue(height));
            var options = new ResultsRenderOptions { Style = style, Title = parse.GetValue(title) };
            var files = Render(dir, options);
            foreach (var file in files)
            {
                OutputFolder.ReplaceFile(Path.Combine(dir, file.Name), file.Content);
            }
            stdout.WriteLine($"redrew {string.Join(", ", files.Select(f => f.Name))} in {dir}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads a results folder, or explains why it is not one.</summary>
    public static ResultsData Read(string dir)
    {
        if (File.Exists(dir))
        {
            throw new UserError($"{dir} is a file, not a results folder");
        }
        if (!Directory.Exists(dir))
        {
            throw new UserError($"{dir} does not exist; make a results folder with 'bordersim run SCENARIO'");
        }
        var missing = ResultsData.RequiredFiles.Where(f => !File.Exists(Path.Combine(dir, f))).ToArray();
        if (missing.Length > 0)
        {
            throw new UserError($"{dir} is not a results folder: {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} missing (make one with 'bordersim run SCENARIO')");
        }
        try
        {
            return ResultsData.Parse(name => File.Exists(Path.Combine(dir, name)) ? File.ReadAllText(Path.Combine(dir, name)) : null);
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{dir}: {e.Message}");
        }
    }

    public static ChartStyle Style(int? width, int? height)
    {
        var style = ChartStyle.Default;
        if (width is int w)
        {
            style = w is >= 240 and <= 20000 ? style with { Width = w } : throw new UserError($"--width: {w} is out of range; use 240 to 20000 pixels");
        }
        if (height is int h)
        {
            style = h is >= 160 and <= 20000 ? style with { Height = h } : throw new UserError($"--height: {h} is out of range; use 160 to 20000 pixels");
        }
        return style;
    }

    private static IReadOnlyList<RenderedFile> Render(string dir, ResultsRenderOptions options)
    {
        var data = Read(dir);
        try
        {
            return ResultsRendering.Render(data, options);
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{dir}: {e.Message}");
        }
    }
}
