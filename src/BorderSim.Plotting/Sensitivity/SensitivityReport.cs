using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using BorderSim.Core.Results;
using BorderSim.Core.Sensitivity;
using static BorderSim.Plotting.Results.HtmlReport;

namespace BorderSim.Plotting.Sensitivity;

/// <summary>report.html of a sensitivity analysis: one self-contained page (inline CSS and SVG, no script), built like the run report.</summary>
public static class SensitivityReport
{
    public const string FileName = "report.html";

    public static string Render(SensitivityResult result, IReadOnlyList<(string Caption, string Svg)> charts, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(charts);
        var sobol = result.Design.Method == SensitivityMethod.Sobol;
        var method = sobol
            ? $"Sobol indices (Saltelli sampling, N = {result.Design.Samples} base samples, {result.Design.Points.Count:N0} points; S1 by Saltelli 2010, ST by Jansen)"
            : $"Morris elementary effects ({result.Design.Samples} trajectories on a {result.Design.Levels}-level grid, {result.Design.Points.Count:N0} points)";
        var title = $"What drives the results: {result.ScenarioName}";
        var chartsByOutput = charts.ToArray();
        var chartIndex = 0;
        var body = new XElement(Xhtml + "main",
            H("h1", title),
            H("p", new XAttribute("class", "lead"), $"{method}, each point run {result.Replicates} times (replicate r with the same seed at every point), seed {result.Seed}, tick {result.Tick}. Intervals are 95% percentile bootstrap intervals over {(sobol ? "base samples" : "trajectories")} ({SensitivityAnalysis.Resamples} resamples)."),
            H("p", new XAttribute("class", "meta"), $"Command: {commandLine}"),
            H("h2", "Uncertain inputs"),
            H("table",
                H("tr", H("th", "key path"), H("th", "range"), H("th", "distribution"), H("th", "scenario's value"), H("th", "source")),
                result.Parameters.Select(p => H("tr", H("td", p.Path), H("td", new XAttribute("class", "num"), p.RangeText), H("td", p.Distribution.ToString()), H("td", new XAttribute("class", "num"), p.Value), H("td", p.Source)))),
            H("h2", "Noise and parameter effects"),
            H("p", new XAttribute("class", "note"), "The share of each key figure's variance across the points that is the replicates' randomness (the mean variance of a point's mean over replicates, over the variance of the means). The indices below include it: a total index is inflated by up to this share, so a parameter whose total index lies below it is not distinguishable from noise."),
            H("table",
                H("tr", H("th", "key figure"), H("th", new XAttribute("class", "num"), "variance across points"), H("th", new XAttribute("class", "num"), "noise share")),
                result.Outputs.Select(o => H("tr", H("td", Label(o.Output)), H("td", new XAttribute("class", "num"), Number(o.Variance)), H("td", new XAttribute("class", "num"), o.Varies && !double.IsNaN(o.NoiseShare) ? NumberFormat.Share(o.NoiseShare) : o.Varies ? "not estimated (one replicate)" : "does not vary")))),
            result.Outputs.Select(o =>
            {
                XElement? chart = null;
                if (o.Varies && chartIndex < chartsByOutput.Length)
                {
                    var c = chartsByOutput[chartIndex++];
                    chart = H("figure", new XAttribute("class", "chart"), XElement.Parse(c.Svg), H("figcaption", c.Caption));
                }

                return new object?[]
                {
                    H("h2", Label(o.Output)),
                    o.Varies ? null : H("p", new XAttribute("class", "note"), "This key figure is the same at every point of the design: no parameter moves it within these ranges."),
                    o.Varies ? Ranking(result, o) : null,
                    chart,
                };
            }),
            H("footer", "This page is self-contained: it needs no network and runs no scripts. The numbers are in indices.csv, variance.csv and design.csv beside it."));
        var html = new XElement(Xhtml + "html", new XAttribute("lang", "en"),
            H("head",
                H("meta", new XAttribute("charset", "utf-8")),
                H("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                H("title", title),
                H("style", "\n" + Css + "\n")),
            H("body", body));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        var sb = new StringBuilder("<!DOCTYPE html>\n");
        using (var writer = XmlWriter.Create(sb, settings))
        {
            Close(html).WriteTo(writer);
        }

        return sb.Append('\n').ToString();
    }

    private static XElement Ranking(SensitivityResult result, OutputSensitivity output)
    {
        var sobol = result.Design.Method == SensitivityMethod.Sobol;
        string Cell(int parameter, string index)
        {
            var i = output.Indices.Single(x => x.Parameter == parameter && x.Index == index);
            return $"{Number(i.Estimate)} [{Number(i.Low)}, {Number(i.High)}]";
        }

        return H("table",
            sobol
                ? H("tr", H("th", "rank"), H("th", "key path"), H("th", new XAttribute("class", "num"), "total index ST [95%]"), H("th", new XAttribute("class", "num"), "first-order S1 [95%]"))
                : H("tr", H("th", "rank"), H("th", "key path"), H("th", new XAttribute("class", "num"), "μ* [95%]"), H("th", new XAttribute("class", "num"), "μ"), H("th", new XAttribute("class", "num"), "σ")),
            result.Ranking(output).Select((r, n) => sobol
                ? H("tr", H("td", (n + 1).ToString(CultureInfo.InvariantCulture)), H("td", r.Parameter.Path), H("td", new XAttribute("class", "num"), Cell(r.Index.Parameter, "ST")), H("td", new XAttribute("class", "num"), Cell(r.Index.Parameter, "S1")))
                : H("tr", H("td", (n + 1).ToString(CultureInfo.InvariantCulture)), H("td", r.Parameter.Path), H("td", new XAttribute("class", "num"), Cell(r.Index.Parameter, "mu_star")), H("td", new XAttribute("class", "num"), Number(output.Indices.Single(x => x.Parameter == r.Index.Parameter && x.Index == "mu").Estimate)), H("td", new XAttribute("class", "num"), Number(output.Indices.Single(x => x.Parameter == r.Index.Parameter && x.Index == "sigma").Estimate)))));
    }

    private static string Label(string output) => KeyFigureDefinitions.All[KeyFigureDefinitions.IndexOf(output)].Label;

    private static string Number(double x) => double.IsNaN(x) ? "–" : NumberFormat.Compact(x);
}
