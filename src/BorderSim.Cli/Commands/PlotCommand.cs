using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Core.Experiments;
using BorderSim.Plotting;
using BorderSim.Plotting.Results;
using BorderSim.Plotting.Sweeps;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim plot: redraws the charts (and report.html) of a results or sweep folder from its CSV and JSON files.</summary>
internal static class PlotCommand
{
    public static Command Create(TextWriter stdout)
    {
        var folder = new Argument<string>("folder") { Description = "A results folder written by 'bordersim run' (with daily.csv and summary.json), or by 'bordersim sweep' (with points.csv)." };
        var width = new Option<int?>("--width") { Description = "Chart width in pixels (default 1200, at least 240)." };
        var height = new Option<int?>("--height") { Description = "Chart height in pixels (default 675, at least 160)." };
        var title = new Option<string?>("--title") { Description = "Title of the headline chart of persons stranded (not for sweeps)." };
        var format = new Option<string>("--format") { Description = "Image formats to write, comma-separated: svg, png or svg,png (default svg,png).", DefaultValueFactory = _ => "svg,png" };
        var scale = new Option<double>("--scale") { Description = $"Pixels of the PNGs per unit of --width and --height, e.g. 2 for slides and print (default 1, at most {ChartRenderer.MaxScale}).", DefaultValueFactory = _ => 1 };
        var command = new Command("plot",
            "Redraw the charts (stranded, states, flows and outcomes, each as .svg and .png) and report.html in a results folder from its CSV and JSON files, " +
            "e.g. to restyle without re-running. Only those files are replaced.\n" +
            "In a sweep's folder, redraw its sweep-FIGURE-by-PARAMETER and heatmap-FIGURE charts from points.csv and manifest.json instead.\n\n" +
            "Examples:\n" +
            "  bordersim plot results/baseline\n" +
            "  bordersim plot results/baseline --width 1600 --height 900\n" +
            "  bordersim plot results/baseline --format png --scale 2\n" +
            "  bordersim plot results/baseline --title \"Stranded at the Chile–Peru border, baseline\"\n" +
            "  bordersim plot results/giveup-by-duration")
        {
            folder, width, height, title, format, scale,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var style = Style(parse.GetValue(width), parse.GetValue(height));
            var formats = Formats(parse.GetValue(format)!);
            var pngScale = Scale(parse.GetValue(scale));
            IReadOnlyList<RenderedFile> files;
            if (IsSweep(dir))
            {
                if (parse.GetValue(title) is not null)
                {
                    throw new UserError("--title: a sweep's folder has a chart for each key figure and parameter, each with its own title; leave --title out");
                }
                files = RenderSweep(dir, style, formats, pngScale);
            }
            else
            {
                files = Render(dir, new ResultsRenderOptions { Style = style, Title = parse.GetValue(title), Formats = formats, Scale = pngScale });
            }
            foreach (var file in files)
            {
                OutputFolder.ReplaceFile(Path.Combine(dir, file.Name), file.Bytes);
            }
            stdout.WriteLine($"redrew {string.Join(", ", files.Select(f => f.Name))} in {dir}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Draws the charts and report of the results in <paramref name="folder"/> and hands each file to <paramref name="write"/>.</summary>
    public static void RenderInto(string folder, Action<RenderedFile> write)
    {
        foreach (var file in Render(folder, ResultsRenderOptions.Default))
        {
            write(file);
        }
    }

    /// <summary>The chart files a sweep's folder gets: none for a slice, which has no points.csv until merged.</summary>
    public static IReadOnlyList<string> SweepChartFiles(SweepData data) =>
        data.IsComplete ? SweepRendering.FileNames(data.Dimensions.Select(d => d.Path).ToArray()) : [];

    /// <summary>Draws the charts of the sweep in <paramref name="folder"/> and hands each file to <paramref name="write"/>.</summary>
    public static void RenderSweepInto(string folder, Action<RenderedFile> write)
    {
        foreach (var file in RenderSweep(folder, ChartStyle.Default, ChartFormats.Both, 1))
        {
            write(file);
        }
    }

    /// <summary>Reads a results folder, or explains why it is not one.</summary>
    public static ResultsData Read(string dir)
    {
        CheckFolder(dir);
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

    /// <summary>"svg,png", "png", "svg": the formats asked for.</summary>
    public static ChartFormats Formats(string text)
    {
        ChartFormats formats = 0;
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= name.ToLowerInvariant() switch
            {
                "svg" => ChartFormats.Svg,
                "png" => ChartFormats.Png,
                _ => throw new UserError($"--format: '{name}' is not an image format; use svg, png or svg,png"),
            };
        }
        return formats == 0 ? throw new UserError("--format: name at least one of svg and png") : formats;
    }

    public static double Scale(double scale) =>
        scale >= 0.25 && scale <= ChartRenderer.MaxScale ? scale : throw new UserError($"--scale: {scale.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range; use 0.25 to {ChartRenderer.MaxScale}");

    private static void CheckFolder(string dir)
    {
        if (File.Exists(dir))
        {
            throw new UserError($"{dir} is a file, not a results folder");
        }
        if (!Directory.Exists(dir))
        {
            throw new UserError($"{dir} does not exist; make a results folder with 'bordersim run SCENARIO'");
        }
    }

    /// <summary>A sweep's folder (or one slice of it): its manifest says so, or it has points.csv and no daily.csv.</summary>
    private static bool IsSweep(string dir)
    {
        CheckFolder(dir);
        var manifest = Path.Combine(dir, ResultsData.ManifestJson);
        try
        {
            return File.Exists(manifest)
                ? SweepResults.IsSweepManifest(File.ReadAllText(manifest))
                : File.Exists(Path.Combine(dir, SweepPoints.FileName)) && !File.Exists(Path.Combine(dir, ResultsData.DailyCsv));
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{dir}: {e.Message}");
        }
    }

    private static IReadOnlyList<RenderedFile> RenderSweep(string dir, ChartStyle style, ChartFormats formats, double scale)
    {
        try
        {
            return SweepRendering.Render(name => File.Exists(Path.Combine(dir, name)) ? File.ReadAllText(Path.Combine(dir, name)) : null, style, formats, scale);
        }
        catch (ResultsFormatException e)
        {
            throw new UserError($"{dir}: {e.Message}");
        }
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
