using System.Globalization;
using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// What an analyst quotes from an ensemble is complete and comes with its uncertainty: every outcome a single run
/// reports (corridor exits among them), each with its 90% interval, in every output that gives the key figures.
/// </summary>
public sealed class EnsembleFiguresTests
{
    [Fact]
    public void An_ensemble_of_the_corridor_scenario_reports_corridor_exits_with_their_interval_everywhere()
    {
        using var temp = new TempFolder();
        var ensemble = temp["corridor"];
        var run = CliRunner.Run("run", CliRunner.Scenario("humanitarian-corridor.yaml"), "--replicates", "100", "--tick", "24h", "--out", ensemble);
        Assert.True(run.ExitCode == 0, run.Stderr);

        // summary.json: the same shape as a run's, each figure a distribution.
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(ensemble, "summary.json")))!;
        Assert.Equal("ensemble", (string?)summary["kind"]);
        var corridor = summary["outcomes"]!["left_by_corridor"]!;
        var (p5, p50, p95) = ((double)corridor["p5"]!, (double)corridor["p50"]!, (double)corridor["p95"]!);
        Assert.True(p5 > 1_000 && p5 < p50 && p50 < p95, $"corridor exits {p5}–{p95}, median {p50}");
        foreach (var outcome in new[] { "crossed_regular", "crossed_irregular", "left_by_corridor", "repatriated", "returned_inland" })
        {
            Assert.NotNull(summary["outcomes"]![outcome]!["interval90"]);
        }

        // key_figures.csv: a column per key figure, the replicates' values behind the summary's percentiles.
        var rows = File.ReadAllLines(Path.Combine(ensemble, "key_figures.csv"));
        var column = Array.IndexOf(rows[0].Split(','), "left_by_corridor");
        Assert.True(column > 0, rows[0]);
        var exits = rows.Skip(1).Select(r => double.Parse(r.Split(',')[column], CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(100, exits.Length);
        Assert.InRange(p50, exits[49], exits[50]);

        // The command line, the report and the comparison give the median with the interval, written the same way.
        var interval = $"{Whole(p5)}–{Whole(p95)}";
        Assert.Contains($"left by corridor {Whole(p50)} (90% interval {interval})", run.Stdout, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(ensemble, "report.html"));
        Assert.Matches($@"<dt>Left by corridor</dt>\s*<dd>{Whole(p50)}<small class=""interval"">90% interval {interval}</small>", report);
        var compare = CliRunner.Run("compare", ensemble, "--out", temp["comparison"]);
        Assert.True(compare.ExitCode == 0, compare.Stderr);
        Assert.Contains($"| {Whole(p50)} ({interval}) |", File.ReadAllText(Path.Combine(temp["comparison"], "comparison.md")), StringComparison.Ordinal);
    }

    private static string Whole(double x) => Math.Round(x, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);
}
