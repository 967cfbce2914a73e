namespace BorderSim.Plotting.Results;

/// <summary>A file to write into a results folder: its name and its full text (UTF-8).</summary>
public sealed record RenderedFile(string Name, string Content);

/// <summary>Draws a results folder: the four charts and report.html, as file name and content, in this order.</summary>
public static class ResultsRendering
{
    public const string StrandedSvg = "stranded.svg";
    public const string StatesSvg = "states.svg";
    public const string FlowsSvg = "flows.svg";
    public const string OutcomesSvg = "outcomes.svg";
    public const string ReportHtml = "report.html";

    /// <summary>Every file <see cref="Render"/> returns; <c>bordersim plot</c> rewrites exactly these.</summary>
    public static readonly IReadOnlyList<string> FileNames = [StrandedSvg, StatesSvg, FlowsSvg, OutcomesSvg, ReportHtml];

    /// <summary>The charts of a results folder, as descriptions, with their file names and captions.</summary>
    public static IReadOnlyList<(string FileName, string Caption, Chart Chart)> Charts(ResultsData data, ResultsRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ResultsRenderOptions.Default;
        return
        [
            (StrandedSvg, "Persons stranded between the complexes per day. Shaded: the scenario's policies; dashed lines: its events; black points: reported counts.", ResultsCharts.Stranded(data, options)),
            (StatesSvg, "Where everyone who departed and has not yet reached an outcome is, at the end of each day.", ResultsCharts.PersonsByState(data, options)),
            (FlowsSvg, "Daily flows: departures from the pool, crossings, irregular attempts, interceptions and corridor exits.", ResultsCharts.DailyFlows(data, options)),
            (OutcomesSvg, "Final outcomes of everyone who departed during the window.", ResultsCharts.Outcomes(data, options)),
        ];
    }

    /// <summary>Renders every chart and the report. Throws <see cref="ResultsFormatException"/> when the data cannot be drawn.</summary>
    public static IReadOnlyList<RenderedFile> Render(ResultsData data, ResultsRenderOptions? options = null)
    {
        options ??= ResultsRenderOptions.Default;
        var files = new List<RenderedFile>();
        var captions = new List<(string Caption, string Svg)>();
        foreach (var (fileName, caption, chart) in Charts(data, options))
        {
            var svg = Draw(fileName, chart, options.Style);
            files.Add(new RenderedFile(fileName, svg));
            captions.Add((caption, svg));
        }
        files.Add(new RenderedFile(ReportHtml, HtmlReport.Render(data, captions)));
        return files;
    }

    /// <summary>Renders one chart, turning data it cannot draw into a <see cref="ResultsFormatException"/> that names the file.</summary>
    public static string Draw(string fileName, Chart chart, ChartStyle style)
    {
        try
        {
            return SvgRenderer.Render(chart, style);
        }
        catch (ArgumentException e)
        {
            throw new ResultsFormatException($"cannot draw {fileName}: {e.Message}");
        }
    }

    /// <summary>Reads a results folder through <paramref name="read"/> and renders it.</summary>
    public static IReadOnlyList<RenderedFile> Render(Func<string, string?> read, ResultsRenderOptions? options = null) =>
        Render(ResultsData.Parse(read), options);
}
