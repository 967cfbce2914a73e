using System.Globalization;
using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Results;

/// <summary>
/// Writes a run's tables and summary through a sink that opens a named output. The core never touches the file
/// system: the command line gives it a sink into a temporary folder and moves the folder into place when done.
/// </summary>
public static class ResultWriter
{
    public const string DailyCsv = "daily.csv";
    public const string TicksCsv = "ticks.csv";
    public const string SummaryJson = "summary.json";
    public const string ManifestJson = "manifest.json";

    /// <summary>The files of one run, in the order they are written (manifest last).</summary>
    public static readonly IReadOnlyList<string> Files = [DailyCsv, TicksCsv, SummaryJson, ManifestJson];

    public static void Write(RunResult result, RunManifest manifest, Func<string, TextWriter> open)
    {
        using (var w = open(DailyCsv))
        {
            WriteDaily(result.Days, w);
        }

        using (var w = open(TicksCsv))
        {
            WriteTicks(result.Ticks, w);
        }

        using (var w = open(SummaryJson))
        {
            w.Write(ScenarioJson.Serialize(result.Summary));
        }

        using (var w = open(ManifestJson))
        {
            w.Write(ScenarioJson.Serialize(manifest));
        }
    }

    public static void WriteDaily(IReadOnlyList<DayRecord> days, TextWriter writer)
    {
        var line = new StringBuilder("date");
        foreach (var column in DailyColumns.All)
        {
            line.Append(',').Append(column.Name);
        }

        writer.Write(line.Append('\n'));
        foreach (var day in days)
        {
            line.Clear().Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var column in DailyColumns.All)
            {
                line.Append(',').Append(column.Value(day).ToString(CultureInfo.InvariantCulture));
            }

            writer.Write(line.Append('\n'));
        }
    }

    public static void WriteTicks(IReadOnlyList<TickRecord> ticks, TextWriter writer)
    {
        var line = new StringBuilder("tick,time");
        foreach (var column in TickColumns.All)
        {
            line.Append(',').Append(column.Name);
        }

        writer.Write(line.Append('\n'));
        foreach (var tick in ticks)
        {
            line.Clear()
                .Append(tick.Tick.ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(tick.Start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            foreach (var column in TickColumns.All)
            {
                line.Append(',').Append(column.Value(tick).ToString(CultureInfo.InvariantCulture));
            }

            writer.Write(line.Append('\n'));
        }
    }
}
