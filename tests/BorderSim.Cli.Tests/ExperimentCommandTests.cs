using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class ExperimentCommandTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    private static readonly string[] EnsembleFiles = ["daily.csv", "replicates.csv", "key_figures.csv", "summary.json"];


    [Fact]
    public void Replicates_are_byte_identical_with_1_2_and_8_threads()
    {
        using var temp = new TempFolder();
        foreach (var p in new[] { "1", "2", "8" })
        {
            var outcome = CliRunner.Run("run", Baseline, "--replicates", "6", "--parallel", p, "--tick", "24h", "--out", temp["p" + p]);
            Assert.Equal(0, outcome.ExitCode);
        }

        foreach (var file in EnsembleFiles)
        {
            var one = File.ReadAllText(Path.Combine(temp["p1"], file));
            Assert.Equal(one, File.ReadAllText(Path.Combine(temp["p2"], file)));
            Assert.Equal(one, File.ReadAllText(Path.Combine(temp["p8"], file)));
        }

        var daily = File.ReadAllLines(Path.Combine(temp["p1"], "daily.csv"));
        Assert.StartsWith("date,stranded_mean,stranded_p5,stranded_p25,stranded_p50,stranded_p75,stranded_p95,", daily[0]);
        var replicates = File.ReadAllLines(Path.Combine(temp["p1"], "replicates.csv"));
        Assert.Equal(1 + (6 * (daily.Length - 1)), replicates.Length);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["p1"], "manifest.json")))!;
        Assert.Equal(6, manifest["replicate_seeds"]!.AsArray().Count);
        Assert.Equal("ensemble", (string)manifest["kind"]!);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["p1"], "summary.json")))!;
        Assert.Equal(6, (int)summary["replicates"]!);
        Assert.NotNull(summary["peak_stranded"]!["interval90"]);
    }

    [Fact]
    public void Slices_merged_equal_the_experiment_run_on_one_machine()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--replicates", "5", "--tick", "24h", "--out", temp["whole"]).ExitCode);
        for (var k = 1; k <= 3; k++)
        {
            var slice = CliRunner.Run("run", Baseline, "--replicates", "5", "--tick", "24h", "--shard", $"{k}/3", "--out", temp[$"s{k}"]);
            Assert.Equal(0, slice.ExitCode);
            Assert.False(File.Exists(Path.Combine(temp[$"s{k}"], "summary.json")), "a slice has no summary of its own");
        }

        var missing = CliRunner.Run("merge", temp["s1"], temp["s3"], "--out", temp["bad"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("slices missing: 2/3", missing.Stderr);
        Assert.False(Directory.Exists(temp["bad"]));

        var merged = CliRunner.Run("merge", temp["s3"], temp["s1"], temp["s2"], "--out", temp["merged"]);
        Assert.Equal(0, merged.ExitCode);
        foreach (var file in EnsembleFiles)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["whole"], file)), File.ReadAllText(Path.Combine(temp["merged"], file)));
        }

        // The charts are drawn from the same numbers, so they are the same too; report.html embeds the manifest,
        // whose command line differs.
        foreach (var chart in ReportTestSupport.ChartFiles.Where(f => f != "report.html"))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["whole"], chart)), File.ReadAllText(Path.Combine(temp["merged"], chart)));
        }
        Assert.True(File.Exists(Path.Combine(temp["merged"], "report.html")));
    }

    [Fact]
    public void An_ensemble_draws_the_median_and_band_and_a_slice_draws_nothing()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--replicates", "4", "--tick", "24h", "--out", temp["whole"]).ExitCode);
        foreach (var chart in ReportTestSupport.ChartFiles)
        {
            Assert.True(File.Exists(Path.Combine(temp["whole"], chart)), chart + " missing");
        }
        var stranded = File.ReadAllText(Path.Combine(temp["whole"], "stranded.svg"));
        Assert.Contains("median of 4 runs", stranded, StringComparison.Ordinal);
        Assert.Contains("5–95% of runs", stranded, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("run", Baseline, "--replicates", "4", "--tick", "24h", "--shard", "1/2", "--out", temp["slice"]).ExitCode);
        Assert.Empty(Directory.EnumerateFiles(temp["slice"], "*.svg"));
        Assert.DoesNotContain(ReportTestSupport.ChartFiles, f => File.Exists(Path.Combine(temp["slice"], f)));
    }

    [Fact]
    public void Slices_of_different_experiments_are_not_merged()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--replicates", "4", "--tick", "24h", "--shard", "1/2", "--out", temp["a"]).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", Baseline, "--replicates", "4", "--tick", "24h", "--seed", "3", "--shard", "2/2", "--out", temp["b"]).ExitCode);
        var outcome = CliRunner.Run("merge", temp["a"], temp["b"], "--out", temp["m"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("another experiment", outcome.Stderr);
    }

    [Fact]
    public void A_sweep_writes_tidy_rows_and_points_and_progress_lines()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.1:0.5:3", "--vary", "policies[2].duration_days=30,90", "--replicates", "2", "--tick", "24h", "--out", temp["sweep"]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("runs: 12/12 (100%)", outcome.Stderr);
        var rows = File.ReadAllLines(Path.Combine(temp["sweep"], "sweep.csv"));
        Assert.Equal(1 + 12, rows.Length);
        Assert.StartsWith("point,behaviour.give_up_rate_per_day,policies_2.duration_days,replicate,seed,peak_stranded,", rows[0]);
        Assert.StartsWith("5,0.5,90,1,", rows[^1]);
        var points = File.ReadAllLines(Path.Combine(temp["sweep"], "points.csv"));
        Assert.StartsWith("point,behaviour.give_up_rate_per_day,policies_2.duration_days,n_replicates,peak_stranded_mean,", points[0]);
        Assert.Equal(1 + 6, points.Length);
    }

    [Fact]
    public void A_latin_hypercube_sweep_runs_the_points_asked()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.05:1", "--vary", "population.pool_persons=100000:336000", "--lhs", "4", "--replicates", "1", "--tick", "24h", "--out", temp["lhs"]);
        Assert.Equal(0, outcome.ExitCode);
        var rows = File.ReadAllLines(Path.Combine(temp["lhs"], "points.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.All(rows, r => Assert.DoesNotContain('.', r[2])); // pool_persons takes whole numbers
    }

    [Theory]
    [InlineData("run", "--shard", "4/3", "not a slice")]
    [InlineData("run", "--replicates", "0", "at least 1")]
    [InlineData("run", "--parallel", "0", "at least 1")]
    [InlineData("sweep", "--vary", "behaviour.give_up_rate_per_day=0.5:0.1:3", "LOW ≤ HIGH")]
    [InlineData("sweep", "--vary", "behaviour.no_such_rate=1,2", "behaviour.no_such_rate: no such key")]
    public void Bad_experiment_options_exit_2(string command, string option, string value, string message)
    {
        using var temp = new TempFolder();
        string[] args = command == "sweep"
            ? ["sweep", Baseline, option, value, "--out", temp["x"]]
            : option == "--replicates" ? ["run", Baseline, option, value, "--out", temp["x"]]
            : ["run", Baseline, option, value, "--replicates", "3", "--out", temp["x"]];
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.False(Directory.Exists(temp["x"]));
    }
}
