using System.Globalization;
using System.Text.Json.Nodes;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Results;

/// <summary>
/// The files of one run (<see cref="TestRuns.WaitingThreeDays"/>) as the writer gives them to its sink, read back as a
/// user's script reads them. The command's end-to-end run, with the folder moved into place, is in the CLI tests.
/// </summary>
public sealed class ResultWriterTests
{
    private static readonly RunResult Run = TestRuns.WaitingThreeDays;

    private static readonly RunManifest Manifest = TestManifests.Run(Run.Scenario, "waiting.yaml");

    private static List<(string Name, string Text)> Written()
    {
        var opened = new List<(string Name, StringWriter Writer)>();
        ResultWriter.Write(Run, Manifest, name =>
        {
            var w = new StringWriter(CultureInfo.InvariantCulture);
            opened.Add((name, w));
            return w;
        });
        return opened.Select(o => (o.Name, o.Writer.ToString())).ToList();
    }

    private static string[][] Table(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    [Fact]
    public void A_run_writes_its_tables_its_summary_and_last_its_manifest()
    {
        Assert.Equal(ResultWriter.Files, Written().Select(f => f.Name));
    }

    [Fact]
    public void Daily_csv_and_ticks_csv_have_a_row_per_day_and_per_tick_with_the_runs_counts()
    {
        var files = Written().ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);

        var daily = Table(files[ResultWriter.DailyCsv]);
        Assert.Equal(["2025-12-01", "2025-12-02", "2025-12-03"], daily[1..].Select(r => r[0]));
        var stranded = Array.IndexOf(daily[0], "stranded");
        Assert.Equal(Run.Days.Select(d => d.EndOfDay.Stranded.ToString(CultureInfo.InvariantCulture)), daily[1..].Select(r => r[stranded]));
        Assert.Contains(daily[1..], r => r[stranded] != "0");

        var ticks = Table(files[ResultWriter.TicksCsv]);
        Assert.Equal(["tick", "time", "travelling"], ticks[0][..3]);
        Assert.Equal(["0,2025-12-01T00:00", "1,2025-12-02T00:00", "2,2025-12-03T00:00"], ticks[1..].Select(r => $"{r[0]},{r[1]}"));
        var tickStranded = Array.IndexOf(ticks[0], "stranded");
        Assert.Equal(daily[1..].Select(r => r[stranded]), ticks[1..].Select(r => r[tickStranded])); // one tick a day: the end of the tick is the end of the day
    }

    /// <summary>Scripts, notebooks and the reference results read these columns by name: renaming one breaks them.</summary>
    [Fact]
    public void Daily_csv_and_ticks_csv_name_their_columns_as_docs_outputs_md_does()
    {
        var files = Written().ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
        Assert.Equal(
            "date,stranded,stranded_vulnerable,queued,longest_queue,travelling,irregular_en_route,sheltered,departures,arrivals_at_border,"
            + "crossed_regular,refused_at_santa_rosa,irregular_attempts,crossed_irregular,intercepted,left_by_corridor,repatriated,"
            + "returned_inland,shelter_admissions,in_system,pool_remaining,total_departures,total_crossed_regular,total_crossed_irregular,"
            + "total_left_by_corridor,total_repatriated,total_returned_inland,total_irregular_attempts,total_intercepted",
            files[ResultWriter.DailyCsv].Split('\n')[0]);
        Assert.Equal(
            "tick,time,travelling,queued,stranded,stranded_vulnerable,irregular_en_route,sheltered,in_system",
            files[ResultWriter.TicksCsv].Split('\n')[0]);
    }

    [Fact]
    public void Summary_json_and_manifest_json_hold_the_runs_summary_and_how_it_was_made()
    {
        var files = Written().ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);

        var summary = JsonNode.Parse(files[ResultWriter.SummaryJson])!;
        Assert.Equal("run", (string?)summary["kind"]);
        Assert.Equal(Run.Summary.PeakStranded, (int)summary["peak_stranded"]!);
        Assert.Equal(Run.Summary.Departed, (long)summary["departed"]!);

        var manifest = JsonNode.Parse(files[ResultWriter.ManifestJson])!;
        Assert.Equal("run", (string?)manifest["kind"]); // what merge and reproduce tell a run's folder by
        Assert.Equal("waiting.yaml", (string?)manifest["scenario_file"]);
        Assert.Equal(Run.Seed, (ulong)manifest["seed"]!);
        Assert.Equal("waiting", (string?)manifest["resolved_scenario"]!["name"]);
    }
}
