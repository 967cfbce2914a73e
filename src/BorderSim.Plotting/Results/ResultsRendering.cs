using System.Text;

namespace BorderSim.Plotting.Results;

/// <summary>A file to write into a results folder: its name and its bytes (UTF-8 for text).</summary>
public sealed record RenderedFile(string Name, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static RenderedFile FromText(string name, string text) => new(name, Utf8.GetBytes(text));

    /// <summary>The bytes read as UTF-8 text.</summary>
    public string Text => Utf8.GetString(Bytes);
}

/// <summary>Draws a results folder: the four charts (SVG and PNG) and report.html, as file name and content, in this order.</summary>
public static class ResultsRendering
{
    public const string Stranded = "stranded";
    public const string States = "states";
    public const string Flows = "flows";
    public const string Outcomes = "outcomes";
    public const string StrandedSvg = Stranded + ".svg";
    public const string ReportHtml = "report.html";

    /// <summary>The charts' names (file names without extension), in order.</summary>
    public static readonly IReadOnlyList<string> ChartNames = [Stranded, States, Flows, Outcomes];

    /// <summary>Every file <see cref="Render"/> returns by default; <c>bordersim plot</c> rewrites exactly these.</summary>
    public static readonly IReadOnlyList<string> FileNames = FilesFor(ChartFormats.Both);

    /// <summary>The files of the charts in <paramref name="formats"/>, then report.html.</summary>
    public static IReadOnlyList<string> FilesFor(ChartFormats formats) => [.. ChartFiles(ChartNames, formats), ReportHtml];

    /// <summary>"stranded.svg", "stranded.png", … for each chart name in the formats asked for.</summary>
    public static IEnumerable<string> ChartFiles(IEnumerable<string> names, ChartFormats formats) =>
        names.SelectMany(n => new[] { (ChartFormats.Svg, n + ".svg"), (ChartFormats.Png, n + ".png") }.Where(f => formats.HasFlag(f.Item1)).Select(f => f.Item2));

    /// <summary>The charts of a results folder, as descriptions, with their names and captions.</summary>
    public static IReadOnlyList<(string Name, string Caption, Chart Chart)> Charts(ResultsData data, ResultsRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ResultsRenderOptions.Default;
        return
        [
            (Stranded, "Persons stranded between the complexes per day. Shaded: the scenario's policies; dashed lines: its events; black points: reported counts, whiskers their reported ranges.", ResultsCharts.Stranded(data, options)),
            (States, "Where everyone who departed and has not yet reached an outcome is, at the end of each day.", ResultsCharts.PersonsByState(data, options)),
            (Flows, "Daily flows: departures from the pool, crossings, irregular attempts, interceptions and corridor exits.", ResultsCharts.DailyFlows(data, options)),
            (Outcomes, "Final outcomes of everyone who departed during the window.", ResultsCharts.Outcomes(data, options)),
        ];
    }

    /// <summary>Renders every chart and the report. Throws <see cref="ResultsFormatException"/> when the data cannot be drawn.</summary>
    public static IReadOnlyList<RenderedFile> Render(ResultsData data, ResultsRenderOptions? options = null)
    {
        options ??= ResultsRenderOptions.Default;
        var charts = Charts(data, options);
        // The charts are drawn side by side (each on its own, so the bytes do not depend on the threads); the report
        // shows every chart as SVG, whichever formats are written.
        var drawn = DrawAll(charts.Select(c => (c.Name, c.Chart)).ToArray(), options.Style, options.Formats | ChartFormats.Svg, options.Scale);
        var files = new List<RenderedFile>();
        var inline = new List<(string Caption, string Svg)>();
        for (var i = 0; i < charts.Count; i++)
        {
            files.AddRange(Files(charts[i].Name, drawn[i], options.Formats));
            inline.Add((charts[i].Caption, drawn[i].Svg!));
        }
        files.Add(RenderedFile.FromText(ReportHtml, HtmlReport.Render(data, inline)));
        return files;
    }

    /// <summary>Renders one chart, turning data it cannot draw into a <see cref="ResultsFormatException"/> that names it.</summary>
    public static RenderedChart Draw(string name, Chart chart, ChartStyle style, ChartFormats formats, double scale = 1)
    {
        try
        {
            return ChartRenderer.Render(chart, style, name, formats, scale);
        }
        catch (ArgumentException e)
        {
            throw new ResultsFormatException($"cannot draw {name}: {e.Message}");
        }
    }

    /// <summary>Draws several charts at once on the machine's cores, returning them in the order given.</summary>
    public static RenderedChart[] DrawAll(IReadOnlyList<(string Name, Chart Chart)> charts, ChartStyle style, ChartFormats formats, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var drawn = new RenderedChart[charts.Count];
        try
        {
            Parallel.For(0, charts.Count, i => drawn[i] = Draw(charts[i].Name, charts[i].Chart, style, formats, scale));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ResultsFormatException>().FirstOrDefault() is { } first)
        {
            throw first;
        }
        return drawn;
    }

    /// <summary>The chart's files in <paramref name="formats"/>: NAME.svg, NAME.png.</summary>
    public static IEnumerable<RenderedFile> Files(string name, RenderedChart drawn, ChartFormats formats)
    {
        if (formats.HasFlag(ChartFormats.Svg))
        {
            yield return RenderedFile.FromText(name + ".svg", drawn.Svg!);
        }
        if (formats.HasFlag(ChartFormats.Png))
        {
            yield return new RenderedFile(name + ".png", drawn.Png!);
        }
    }

    /// <summary>Reads a results folder through <paramref name="read"/> and renders it.</summary>
    public static IReadOnlyList<RenderedFile> Render(Func<string, string?> read, ResultsRenderOptions? options = null) =>
        Render(ResultsData.Parse(read), options);
}
