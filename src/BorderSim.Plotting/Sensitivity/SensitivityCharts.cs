using BorderSim.Core.Results;
using BorderSim.Core.Sensitivity;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sensitivity;

/// <summary>
/// The charts of a sensitivity analysis, drawn like every other chart (<see cref="BarChart"/> with whiskers): for
/// Morris a tornado of μ* per key figure (tornado-FIGURE), for Sobol the total and first-order indices per key figure
/// (sobol-FIGURE), parameters from the most to the least influential, each with its 95% bootstrap interval.
/// </summary>
public static class SensitivityCharts
{
    private const string TotalColor = "#0072B2";
    private const string FirstColor = "#56B4E9";

    /// <summary>The charts' file names without extension, one per key figure that varies.</summary>
    public static IReadOnlyList<string> Names(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var prefix = result.Design.Method == SensitivityMethod.Sobol ? "sobol-" : "tornado-";
        return result.Outputs.Where(o => o.Varies).Select(o => prefix + o.Output).ToArray();
    }

    /// <summary>Every chart, in SVG and PNG (as <see cref="RenderedFile"/>s), and each chart's caption and SVG for the report.</summary>
    public static (IReadOnlyList<RenderedFile> Files, IReadOnlyList<(string Caption, string Svg)> ForReport) Render(SensitivityResult result, ChartStyle style, ChartFormats formats)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new List<RenderedFile>();
        var report = new List<(string, string)>();
        var names = Names(result);
        foreach (var (output, name) in result.Outputs.Where(o => o.Varies).Zip(names))
        {
            var chart = Chart(result, output);
            var rendered = ChartRenderer.Render(chart, style, name, formats | ChartFormats.Svg);
            if (formats.HasFlag(ChartFormats.Svg))
            {
                files.Add(RenderedFile.FromText(name + ".svg", rendered.Svg!));
            }

            if (rendered.Png is { } png)
            {
                files.Add(new RenderedFile(name + ".png", png));
            }

            report.Add((chart.Title, rendered.Svg!));
        }

        return (files, report);
    }

    /// <summary>The chart of one key figure.</summary>
    public static BarChart Chart(SensitivityResult result, OutputSensitivity output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var figure = KeyFigureDefinitions.All[KeyFigureDefinitions.IndexOf(output.Output)];
        var ranking = result.Ranking(output);
        var runs = $"{result.Design.Points.Count:N0} points × {result.Replicates} replicates, seed {result.Seed}, tick {result.Tick}";
        var noise = double.IsNaN(output.NoiseShare) ? "noise not estimated (one replicate)" : $"{NumberFormat.Share(output.NoiseShare)} of the variance across points is the replicates' noise";
        if (result.Design.Method == SensitivityMethod.Morris)
        {
            var bars = ranking.Select(r => new Bar(r.Parameter.Path, Math.Max(0, r.Index.Estimate)) { Low = Math.Max(0, r.Index.Low), High = Math.Max(0, r.Index.High) }).ToArray();
            return new BarChart($"What moves {figure.Label.ToLowerInvariant()} in {result.ScenarioName}: Morris μ*", bars)
            {
                ShowShares = false,
                ValueAxisLabel = $"mean absolute change in {figure.Label.ToLowerInvariant()} ({figure.Unit}) across each parameter's range",
                Subtitle = $"Elementary effects of {result.Design.Samples} trajectories; whiskers: 95% bootstrap interval; {noise}",
                Source = $"Source: BorderSim sensitivity analysis ({runs})",
                Color = TotalColor,
            };
        }

        var sobolBars = new List<Bar>();
        foreach (var (parameter, total) in ranking)
        {
            var first = output.Indices.Single(i => i.Parameter == total.Parameter && i.Index == "S1");
            sobolBars.Add(Clamped($"{parameter.Path}: total", total, TotalColor));
            sobolBars.Add(Clamped($"{parameter.Path}: first order", first, FirstColor));
        }

        return new BarChart($"What drives {figure.Label.ToLowerInvariant()} in {result.ScenarioName}: Sobol indices", sobolBars)
        {
            ShowShares = false,
            ValueAxisLabel = "share of the variance across the ranges (total: alone and with others; first order: alone)",
            Subtitle = $"Saltelli sampling, N = {result.Design.Samples}; whiskers: 95% bootstrap interval (negative estimates drawn at 0); {noise}",
            Source = $"Source: BorderSim sensitivity analysis ({runs})",
        };
    }

    private static Bar Clamped(string label, SensitivityIndex index, string color) =>
        new(label, Math.Max(0, index.Estimate)) { Low = Math.Max(0, index.Low), High = Math.Max(0, index.High), Color = color };
}
