using System.Globalization;
using System.Text;
using BorderSim.Core.Results;

namespace BorderSim.Plotting.Results;

/// <summary>
/// comparison.csv and comparison.md: the key figures of several results folders side by side, one row a folder. Each
/// row says whether it is a single run or an ensemble; an ensemble's figure is the median of its replicates with the
/// 90% interval beside it, as its summary.json gives them, written as everywhere else (<see cref="FigureText"/>).
/// </summary>
public static class ComparisonTable
{
    /// <summary>The figures compared, in column order (the peak's date follows the peak).</summary>
    public static readonly IReadOnlyList<string> Figures =
        ["peak_stranded", "stranded_person_days", "queued_person_days", "crossed_regular", "crossed_irregular", "left_by_corridor", "repatriated", "returned_inland"];

    /// <summary>comparison.csv's header.</summary>
    public static IReadOnlyList<string> Columns { get; } = BuildColumns();

    public static string Csv(IReadOnlyList<ComparedRun> runs)
    {
        var sb = new StringBuilder(string.Join(",", Columns)).Append('\n');
        foreach (var run in runs)
        {
            var s = run.Data.Summary;
            var cells = new List<string> { Cell(run.Label), Cell(run.Data.ScenarioName), Kind(run.Data), run.Data.Replicates.ToString(CultureInfo.InvariantCulture) };
            foreach (var name in Figures)
            {
                var f = s.Figures.GetValueOrDefault(name);
                cells.Add(Raw(f?.Value));
                cells.Add(Raw(f?.P5));
                cells.Add(Raw(f?.P95));
                if (name == "peak_stranded")
                {
                    cells.Add(s.PeakStrandedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                }
            }

            sb.Append(string.Join(',', cells)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Markdown(IReadOnlyList<ComparedRun> runs)
    {
        var labels = Figures.Select(n => KeyFigureDefinitions.Find(n)!.Label).ToArray();
        var sb = new StringBuilder("# Comparison of key figures\n\n");
        sb.Append("| Label | Scenario | Kind | ").Append(string.Join(" | ", labels)).Append(" |\n");
        sb.Append("| --- | --- | --- |").Append(string.Concat(Figures.Select(_ => " ---: |"))).Append('\n');
        foreach (var run in runs)
        {
            var s = run.Data.Summary;
            sb.Append("| ").Append(MdCell(run.Label)).Append(" | ").Append(MdCell(run.Data.ScenarioName)).Append(" | ")
                .Append(run.Data.Replicates > 1 ? $"median of {run.Data.Replicates}" : "one run");
            foreach (var name in Figures)
            {
                sb.Append(" | ").Append(s.Figures.TryGetValue(name, out var f) ? Pretty(f) : "–");
            }

            sb.Append(" |\n");
        }

        sb.Append('\n');
        if (runs.Any(r => r.Data.Replicates > 1))
        {
            sb.Append("An ensemble's figure is the median of its replicates, with the 5th to 95th percentile (its 90% interval) in brackets; ")
                .Append("a single run's is one draw of a random process. ");
        }

        sb.Append("Peak stranded: the most persons stranded at the end of a day. Person-days: days spent stranded, or waiting in the Chacalluta queue, summed over persons.\n\n");
        foreach (var run in runs)
        {
            sb.Append("- ").Append(MdCell(run.Label)).Append(": ").Append(MdCell(Describe(run.Data))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>"run" or "ensemble", as the folder's summary.json says (older files: by their replicates).</summary>
    public static string Kind(ResultsData data) => data.Summary.Kind ?? (data.Replicates > 1 ? "ensemble" : "run");

    private static string Describe(ResultsData data)
    {
        var parts = new List<string> { $"scenario {data.ScenarioName}" };
        if (data.Seed is { } seed)
        {
            parts.Add($"seed {seed}");
        }

        parts.Add(data.Replicates > 1 ? $"{data.Replicates} replicates" : "1 replicate");
        if (data.Tick is { } tick)
        {
            parts.Add($"tick {tick}");
        }

        if (data.PeakDates() is { } dates)
        {
            parts.Add(dates);
        }

        return string.Join(", ", parts);
    }

    private static string? PeakDates(this ResultsData data) =>
        data.Summary.PeakStrandedDate is not { } d ? null
        : data.Replicates > 1 ? $"the replicates' peaks on {d:yyyy-MM-dd} at the median"
        : $"peak stranded at the end of {d:yyyy-MM-dd}";

    private static string Pretty(FigureValue f) =>
        f.HasInterval ? $"{FigureText.Number(f.Value)} ({FigureText.Number(f.P5!.Value)}–{FigureText.Number(f.P95!.Value)})" : FigureText.Number(f.Value);

    private static List<string> BuildColumns()
    {
        var columns = new List<string> { "label", "scenario", "kind", "replicates" };
        foreach (var name in Figures)
        {
            columns.AddRange([name, name + "_p5", name + "_p95"]);
            if (name == "peak_stranded")
            {
                columns.Add(KeyFigureDefinitions.PeakStrandedDate);
            }
        }

        return columns;
    }

    private static string Raw(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static string Cell(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string MdCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
