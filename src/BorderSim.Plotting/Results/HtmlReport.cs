using System.Text;
using System.Xml;
using System.Xml.Linq;
using BorderSim.Core.Results;

namespace BorderSim.Plotting.Results;

/// <summary>
/// report.html: one self-contained, script-free XHTML-compatible page (inline CSS and SVG) that opens offline in any
/// browser. Built with System.Xml.Linq, so every text is escaped and the markup is well-formed.
/// </summary>
public static class HtmlReport
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>HTML elements that have no content and close themselves.</summary>
    private static readonly HashSet<string> Void = ["meta", "br", "hr", "img", "col", "link", "input"];

    internal const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #F4F4F2; color: #1A1A1A; font: 16px/1.5 Inter, Helvetica, Arial, sans-serif; }
        main { max-width: 1248px; margin: 0 auto; padding: 32px 24px 48px; }
        h1 { font-size: 32px; line-height: 1.2; margin: 0 0 8px; }
        h2 { font-size: 22px; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid #D9D9D6; }
        p.lead { font-size: 18px; max-width: 70em; margin: 0 0 8px; }
        p.meta, p.note, figcaption { color: #595959; font-size: 14px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; margin: 0; }
        .figure { background: #FFFFFF; border: 1px solid #D9D9D6; border-radius: 6px; padding: 12px 14px; margin: 0; }
        .figure dt { color: #595959; font-size: 13px; }
        .figure dd { margin: 2px 0 0; font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .figure dd small { display: block; font-size: 13px; font-weight: 400; color: #595959; }
        .figure dd small.interval { color: #262626; }
        figure.chart { margin: 16px 0 24px; background: #FFFFFF; border: 1px solid #D9D9D6; border-radius: 6px; padding: 8px; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; background: #FFFFFF; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #E6E6E6; }
        th { background: #EDEDEA; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; }
        .miss { color: #A63D00; font-weight: 600; }
        .hit { color: #00603F; font-weight: 600; }
        q { color: #404040; font-style: italic; }
        details { background: #FFFFFF; border: 1px solid #D9D9D6; border-radius: 6px; padding: 8px 12px; margin: 12px 0; }
        summary { cursor: pointer; font-weight: 600; }
        pre { overflow-x: auto; font: 13px/1.45 "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #FAFAF8; padding: 12px; margin: 8px 0 0; }
        footer { color: #595959; font-size: 13px; margin-top: 40px; }
        @media print { body { background: #FFFFFF; } figure.chart, .figure, details { break-inside: avoid; border-color: #BFBFBF; } }
        """;

    /// <summary>The report of <paramref name="data"/> with the given charts (title and SVG text), in order.</summary>
    public static string Render(ResultsData data, IReadOnlyList<(string Caption, string Svg)> charts)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(charts);
        var scenario = data.Manifest.Scenario;
        var name = data.ScenarioName;
        var body = new XElement(Xhtml + "main",
            H("h1", $"BorderSim report: {name}"),
            string.IsNullOrWhiteSpace(scenario.Description) ? null : H("p", new XAttribute("class", "lead"), scenario.Description),
            H("p", new XAttribute("class", "meta"), $"{ResultsCharts.RunDescription(data)} · {CalendarTicks.DayLabel(data.Window.First)} to {CalendarTicks.DayLabel(data.Window.Last)}"),
            H("h2", new XAttribute("id", "figures"), "Key figures"),
            KeyFigures(data),
            H("h2", new XAttribute("id", "charts"), "Charts"),
            charts.Select((c, i) => H("figure", new XAttribute("class", "chart"), new XAttribute("id", $"chart-{i + 1}"), XElement.Parse(c.Svg), H("figcaption", c.Caption))),
            H("h2", new XAttribute("id", "policies"), "Policy timeline"),
            PolicyTable(data),
            EventTable(data),
            H("h2", new XAttribute("id", "observations"), "Observations against the model"),
            ObservationTable(data),
            Breakdowns(data),
            H("h2", new XAttribute("id", "provenance"), "Resolved scenario and manifest"),
            data.Manifest.ResolvedScenarioJson is { } resolved
                ? H("details", H("summary", "Resolved scenario (after overrides, with the seed and tick used)"), H("pre", resolved))
                : H("p", new XAttribute("class", "note"), "This folder has no manifest.json, so the resolved scenario is not known."),
            data.Manifest.ManifestJson is { } manifest
                ? H("details", H("summary", "Manifest (what produced this run; the resolved scenario is shown above)"), H("pre", manifest))
                : null,
            H("footer", $"{ResultsCharts.SourceLine(data, [])} This page is self-contained: it needs no network and runs no scripts."));

        var html = new XElement(Xhtml + "html", new XAttribute("lang", "en"),
            H("head",
                H("meta", new XAttribute("charset", "utf-8")),
                H("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                H("title", $"BorderSim report: {name}"),
                H("style", "\n" + Css + "\n")),
            H("body", body));

        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        var sb = new StringBuilder("<!DOCTYPE html>\n");
        using (var writer = XmlWriter.Create(sb, settings))
        {
            Close(html).WriteTo(writer);
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// The key figures (<see cref="KeyFigureDefinitions"/>) as summary.json gives them: a run's numbers, or an ensemble's
    /// medians each with its 90% interval, written as the command line and comparisons write them (<see cref="FigureText"/>).
    /// </summary>
    private static XElement KeyFigures(ResultsData data)
    {
        var s = data.Summary;
        var ensemble = data.Daily.IsEnsemble || data.Replicates > 1;
        var departed = s.Figures.GetValueOrDefault("departed")?.Value;
        var items = new List<(string Label, string Value, string? Interval, string? Note)>();
        void Add(string name, string? note = null, string? label = null)
        {
            if (s.Figures.TryGetValue(name, out var f))
            {
                var interval = f.HasInterval ? $"90% interval {FigureText.Number(f.P5!.Value)}–{FigureText.Number(f.P95!.Value)}" : null;
                items.Add((label ?? KeyFigureDefinitions.Find(name)!.Label, FigureText.Number(f.Value), interval, note));
            }
        }

        string? ShareOfDeparted(string name) =>
            s.Figures.GetValueOrDefault(name)?.Value is double v && departed is double d && d > 0 ? $"{NumberFormat.Share(v / d)} of those who departed" : null;

        Add("peak_stranded", s.PeakStrandedDate is DateOnly p
            ? ensemble ? $"at the end of a day; the replicates' peaks fall on {CalendarTicks.DayLabel(p)} at the median" : $"at the end of {CalendarTicks.DayLabel(p)}"
            : "at the end of a day");
        Add("stranded_person_days", "days stranded, summed over persons");
        Add("queued_person_days", "days waiting in the Chacalluta queue, summed over persons", "Queued person-days at Chacalluta");
        Add("longest_queue", "most persons waiting at Chacalluta at any moment", "Longest queue at Chacalluta");
        if (s.PersonsEverStranded is double ever)
        {
            items.Add(("Persons ever stranded", FigureText.Number(ever), null, s.DaysStrandedMedian is double med
                ? $"median {NumberFormat.Fixed(med, 1)} days, 90th percentile {(s.DaysStrandedP90 is double p90 ? NumberFormat.Fixed(p90, 1) : "?")} days"
                : null));
        }

        Add("departed", "left the pool in Chile for the border");
        foreach (var outcome in KeyFigureDefinitions.All.Where(k => k.IsOutcome))
        {
            Add(outcome.Name, ShareOfDeparted(outcome.Name));
        }

        Add("irregular_attempts", "a person may try more than once");
        Add("intercepted", "on irregular routes");
        Add("refused_at_santa_rosa");
        Add("shelter_admissions");

        var list = H("dl", new XAttribute("class", "figures"),
            items.Select(item => H("div", new XAttribute("class", "figure"),
                H("dt", item.Label),
                H("dd", item.Value,
                    item.Interval is null ? null : H("small", new XAttribute("class", "interval"), item.Interval),
                    item.Note is null ? null : H("small", item.Note)))));
        return ensemble
            ? H("div", list, H("p", new XAttribute("class", "note"),
                $"Figures over {ResultsCharts.Count(data.Replicates, "replicate")}: each is the median of the replicates, with the 5th to 95th percentile of the replicates (the 90% interval) below it. " +
                "One replicate is one draw of a random process; the interval is how much the figure varies from draw to draw."))
            : list;
    }

    private static XElement PolicyTable(ResultsData data)
    {
        var scenario = data.Manifest.Scenario;
        if (scenario.Policies.Count == 0)
        {
            return H("p", new XAttribute("class", "note"), data.Manifest.ManifestJson is null ? "No manifest.json: the policies are not known." : "The scenario has no policies.");
        }
        var windowEnd = scenario.WindowEnd ?? data.Window.Last;
        return H("table",
            H("thead", H("tr", H("th", "Policy"), H("th", "From"), H("th", "To (last day)"), H("th", new XAttribute("class", "num"), "Days"), H("th", "Effects"), H("th", "Source"))),
            H("tbody", scenario.Policies.Select((p, i) => (p, i)).OrderBy(x => x.p.Start).ThenBy(x => x.p.Label, StringComparer.Ordinal).Select(x =>
            {
                var p = x.p;
                var last = p.LastDay(windowEnd);
                var to = p.End is not null ? CalendarTicks.DayLabel(last)
                    : p.DurationDays is int d ? $"{CalendarTicks.DayLabel(last)} ({NumberFormat.Fixed(d, 0)} days)"
                    : $"{CalendarTicks.DayLabel(last)} (open-ended: end of window)";
                return H("tr",
                    H("td", p.Label, ResultsCharts.Overridden(data.Manifest, "policies", x.i) ? H("small", " (changed by --set)") : null),
                    H("td", new XAttribute("class", "date"), CalendarTicks.DayLabel(p.Start)),
                    H("td", new XAttribute("class", "date"), to),
                    H("td", new XAttribute("class", "num"), NumberFormat.Fixed(last.DayNumber - p.Start.DayNumber + 1, 0)),
                    H("td", p.Effects.Count == 0 ? "none" : string.Join("; ", p.Effects.Select(e => $"{e.Name.Replace('_', ' ')}: {e.Text}"))),
                    H("td", p.Source ?? ""));
            })));
    }

    private static XElement? EventTable(ResultsData data)
    {
        var events = data.Manifest.Scenario.Events;
        if (events.Count == 0)
        {
            return null;
        }
        return H("div",
            H("h3", "Events"),
            H("table",
                H("thead", H("tr", H("th", "Date"), H("th", "Event"))),
                H("tbody", events.OrderBy(e => e.Date).Select(e => H("tr", H("td", new XAttribute("class", "date"), CalendarTicks.DayLabel(e.Date)), H("td", e.Label))))));
    }

    private static XElement ObservationTable(ResultsData data)
    {
        var rows = data.Summary.Observations;
        if (rows.Count == 0)
        {
            return H("p", new XAttribute("class", "note"), "The scenario names no observations to set the run against.");
        }
        return H("div",
            H("p", new XAttribute("class", "note"), data.Daily.IsEnsemble || data.Replicates > 1
                ? "Simulated: the median of the runs, with their 5–95% range in brackets, at the end of the tick holding the observation's time (or of the day when no time is given). Error = median − observed. Within range: whether the runs' 5–95% range reaches the reported count (or overlaps its reported range); it says nothing about how close the median is."
                : "Simulated: the model at the end of the tick holding the observation's time, or at the end of the day when no time is given. Error = simulated − observed. Within range: whether the simulated value lies in the reported range, or, for a count reported without a range, within 50% of it (a loose test for counts reported by the press)."),
            H("table",
                H("thead", H("tr", H("th", "Date"), H("th", "Metric"), H("th", new XAttribute("class", "num"), "Observed (range)"),
                    H("th", new XAttribute("class", "num"), "Simulated"), H("th", new XAttribute("class", "num"), "Error"), H("th", "Within range (see above)"), H("th", "Source and quote"))),
                H("tbody", rows.OrderBy(o => o.Date).ThenBy(o => o.Time, StringComparer.Ordinal).Select(o => H("tr",
                    H("td", new XAttribute("class", "date"), CalendarTicks.DayLabel(o.Date) + (o.Time is null ? "" : ", " + o.Time)),
                    H("td", o.Metric.Replace('_', ' ')),
                    H("td", new XAttribute("class", "num"), Observed(o)),
                    H("td", new XAttribute("class", "num"), o.Simulated is double s
                        ? NumberFormat.Value(s) + (o.SimulatedRange is var (lo, hi) ? $" ({NumberFormat.Value(lo)}–{NumberFormat.Value(hi)})" : "")
                        : "outside the window"),
                    H("td", new XAttribute("class", "num"), o.Error is double e ? Signed(e) : "–"),
                    H("td", o.WithinRange switch
                    {
                        true => H("span", new XAttribute("class", "hit"), "yes"),
                        false => H("span", new XAttribute("class", "miss"), "no"),
                        null => "–",
                    }, o.WithinRange is null ? null : H("br"), o.WithinRange is null ? null : H("small", WithinWhat(o, data.Daily.IsEnsemble || data.Replicates > 1))),
                    H("td", o.Source, o.Quote.Length == 0 ? null : H("br"), o.Quote.Length == 0 ? null : H("q", o.Quote)))))));
    }

    private static XElement? Breakdowns(ResultsData data)
    {
        var s = data.Summary;
        if (s.ByNationality.Count == 0 && s.ByVulnerability.Count == 0)
        {
            return null;
        }
        XElement Table(string first, IReadOnlyList<BreakdownRow> rows) => H("table",
            H("thead", H("tr", H("th", first), Num("Departed"), Num("Crossed at Santa Rosa"), Num("Crossed irregularly"), Num("Returned inland"),
                Num("Corridor or repatriation"), Num("Stranded person-days"))),
            H("tbody", rows.Select(r => H("tr", H("td", r.Name.Replace('_', ' ')),
                Cell(r.Departed), Cell(r.Outcomes.CrossedRegular), Cell(r.Outcomes.CrossedIrregular), Cell(r.Outcomes.ReturnedInland),
                Cell((r.Outcomes.LeftByCorridor ?? 0) + (r.Outcomes.Repatriated ?? 0)), Cell(r.StrandedPersonDays)))));
        return H("div",
            H("h2", new XAttribute("id", "breakdowns"), "By nationality and vulnerability"),
            s.ByNationality.Count == 0 ? null : Table("Nationality", s.ByNationality),
            s.ByVulnerability.Count == 0 ? null : H("div", H("h3", "Vulnerability"), Table("Group", s.ByVulnerability)));
    }

    /// <summary>What "within range" tested for this row, in a few words.</summary>
    private static string WithinWhat(ObservationRow o, bool ensemble) => (ensemble, o.Low is not null || o.High is not null) switch
    {
        (true, true) => "runs' 5–95% range vs the reported range",
        (true, false) => "runs' 5–95% range vs the count",
        (false, true) => "simulated value vs the reported range",
        _ => "simulated value within 50% of the count",
    };

    private static XElement Num(string text) => H("th", new XAttribute("class", "num"), text);

    private static XElement Cell(double? value) => H("td", new XAttribute("class", "num"), value is double v ? NumberFormat.Fixed(v, 0) : "–");

    private static string Observed(ObservationRow o)
    {
        var value = NumberFormat.Value(o.Observed);
        return (o.Low, o.High) switch
        {
            (double low, double high) => $"{value} ({NumberFormat.Value(low)}–{NumberFormat.Value(high)})",
            (double low, null) => $"{value} (at least {NumberFormat.Value(low)})",
            (null, double high) => $"{value} (at most {NumberFormat.Value(high)})",
            _ => value,
        };
    }

    private static string Signed(double value) => value > 0 ? "+" + NumberFormat.Value(value) : value < 0 ? "−" + NumberFormat.Value(-value) : "0";

    internal static XElement H(string name, params object?[] content) => new(Xhtml + name, content);

    /// <summary>Gives every empty non-void element an empty text, so it is written &lt;td&gt;&lt;/td&gt; (HTML parsers ignore "/&gt;").</summary>
    internal static XElement Close(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf().Where(e => e.Name.Namespace == Xhtml && e.IsEmpty && !Void.Contains(e.Name.LocalName)))
        {
            e.Value = "";
        }
        return root;
    }
}
