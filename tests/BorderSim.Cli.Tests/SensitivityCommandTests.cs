using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>bordersim sensitivity end to end on the baseline (small designs at a 24h tick), and sweep --design.</summary>
public sealed class SensitivityCommandTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    private const string Params = "behaviour.give_up_rate_per_day,population.base_departures_persons_per_day,policies[2].duration_days";

    private static readonly string[] Tables = ["indices.csv", "design.csv", "variance.csv"];

    [Fact]
    public void A_Morris_analysis_is_byte_identical_with_1_and_2_threads_and_writes_tidy_indices_charts_and_a_report()
    {
        using var temp = new TempFolder();
        foreach (var p in new[] { "1", "2" })
        {
            var outcome = CliRunner.Run("sensitivity", Baseline, "--method", "morris", "--params", Params, "--samples", "3", "--replicates", "2", "--tick", "24h", "--parallel", p, "--out", temp["p" + p]);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Assert.Contains("stranded_person_days: ", outcome.Stdout, StringComparison.Ordinal);
        }

        foreach (var file in Tables.Append("tornado-stranded_person_days.svg"))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["p1"], file)), File.ReadAllText(Path.Combine(temp["p2"], file)));
        }

        var indices = File.ReadAllLines(Path.Combine(temp["p1"], "indices.csv"));
        Assert.Equal("method,output,parameter,index,estimate,ci_low,ci_high,rank", indices[0]);
        Assert.Equal(1 + (6 * 3 * 3), indices.Length); // outputs × parameters × (mu_star, mu, sigma)
        Assert.Contains(indices, l => l.StartsWith("morris,stranded_person_days,policies[2].duration_days,mu_star,", StringComparison.Ordinal));
        var design = File.ReadAllLines(Path.Combine(temp["p1"], "design.csv"));
        Assert.Equal(1 + (3 * 4), design.Length); // trajectories × (k + 1)
        Assert.StartsWith("point,block,role,behaviour.give_up_rate_per_day,population.base_departures_persons_per_day,policies_2.duration_days,peak_stranded,peak_stranded_se,", design[0], StringComparison.Ordinal);
        var variance = File.ReadAllLines(Path.Combine(temp["p1"], "variance.csv"));
        Assert.Equal("output,variance,noise_variance,noise_share", variance[0]);
        Assert.Contains(variance, l => l.StartsWith("left_by_corridor,0,", StringComparison.Ordinal)); // no corridor in the baseline
        var report = File.ReadAllText(Path.Combine(temp["p1"], "report.html"));
        Assert.Contains("Noise and parameter effects", report, StringComparison.Ordinal);
        Assert.Contains("<svg", report, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["p1"], "manifest.json")))!;
        Assert.Equal("sensitivity", (string)manifest["kind"]!);
        Assert.Equal("morris", (string)manifest["method"]!);
        Assert.Equal("60", (string)manifest["parameters"]![2]!["low"]!);
        Assert.Equal("triangular", (string)manifest["parameters"]![2]!["distribution"]!);
        Assert.All(manifest["files"]!.AsArray(), f => Assert.True(File.Exists(Path.Combine(temp["p1"], (string)f!)), (string?)f));
    }

    [Fact]
    public void A_Sobol_analysis_gives_first_order_and_total_indices_with_intervals_and_its_slices_merge_into_the_same_files()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("sensitivity", Baseline, "--method", "sobol", "--params", "behaviour.give_up_rate_per_day,policies[5].end", "--samples", "8", "--replicates", "2", "--tick", "24h", "--out", temp["whole"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var rows = File.ReadAllLines(Path.Combine(temp["whole"], "indices.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(6 * 2 * 2, rows.Length);
        Assert.All(rows.Where(r => r[1] != "left_by_corridor"), r =>
        {
            Assert.Contains(r[3], new[] { "S1", "ST" });
            Assert.True(double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) <= double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.True(File.Exists(Path.Combine(temp["whole"], "sobol-stranded_person_days.svg")));
        var design = File.ReadAllLines(Path.Combine(temp["whole"], "design.csv"));
        Assert.Equal(1 + (8 * 4), design.Length);
        Assert.Matches(@"^0,0,A,[0-9.E-]+,2026-0[1-3]-\d\d,", design[1]);

        var slice = CliRunner.Run("sensitivity", Baseline, "--method", "sobol", "--params", "behaviour.give_up_rate_per_day,policies[5].end", "--samples", "8", "--replicates", "2", "--tick", "24h", "--shard", "2/2", "--out", temp["slice"]);
        Assert.True(slice.ExitCode == 0, slice.Stderr);
        Assert.False(File.Exists(Path.Combine(temp["slice"], "indices.csv")));
        var sliceRows = File.ReadAllLines(Path.Combine(temp["slice"], "design.csv"));
        Assert.Equal(design.Skip(1 + 16), sliceRows.Skip(1)); // base samples 4–7, the same rows as in the whole

        string[] common = ["sensitivity", Baseline, "--method", "sobol", "--params", "behaviour.give_up_rate_per_day,policies[5].end", "--samples", "8", "--replicates", "2", "--tick", "24h"];
        var missing = CliRunner.Run([.. common, "--merge", temp["slice"], "--out", temp["merged"]]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("slices missing: 1/2", missing.Stderr, StringComparison.Ordinal);
        var other = CliRunner.Run([.. common[..^4], "--replicates", "3", "--tick", "24h", "--merge", temp["slice"], "--out", temp["merged"]]);
        Assert.Contains("a slice of another analysis", other.Stderr, StringComparison.Ordinal);
        Assert.True(CliRunner.Run([.. common, "--shard", "1/2", "--out", temp["first"]]).ExitCode == 0);
        var merged = CliRunner.Run([.. common, "--merge", temp["slice"], temp["first"], "--out", temp["merged"]]);
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        foreach (var file in Tables.Append("sobol-stranded_person_days.svg"))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["whole"], file)), File.ReadAllText(Path.Combine(temp["merged"], file)));
        }
    }

    [Theory]
    [InlineData("--params behaviour.give_up_rate", "behaviour.give_up_rate: no such key in the scenario format. Did you mean 'behaviour.give_up_rate_per_day'?")]
    [InlineData("--params border.default_entry_rule", "only numbers and dates can be uncertain")]
    [InlineData("--params behaviour.give_up_rate_per_day --set behaviour.give_up_rate_per_day=0.5", "is also a parameter of the analysis")]
    [InlineData("--samples 1", "--samples: expected at least 2 trajectories, found 1")]
    [InlineData("--samples 300000", "more than 1,000,000")]
    public void Bad_input_is_refused_before_anything_runs(string extra, string message)
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(["sensitivity", Baseline, "--method", "morris", "--tick", "24h", "--out", temp["out"], .. extra.Split(' ')]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_scenario_without_an_uncertainty_section_asks_for_params()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run("sensitivity", CliRunner.Scenario("open-border.yaml"), "--method", "sobol", "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("has no uncertainty: section: give the parameters with --params", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_runs_the_points_of_a_design_file_and_reports_a_bad_one_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        var design = temp["points.csv"];
        File.WriteAllText(design, "behaviour.give_up_rate_per_day,policies_2.duration_days,policies[5].end\n0.5,60,2026-02-01\n1.2,90,2026-03-01\n");
        var outcome = CliRunner.Run("sweep", Baseline, "--design", design, "--replicates", "2", "--tick", "24h", "--no-charts", "--out", temp["sweep"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var rows = File.ReadAllLines(Path.Combine(temp["sweep"], "sweep.csv"));
        Assert.StartsWith("point,behaviour.give_up_rate_per_day,policies_2.duration_days,policies_5.end,replicate,seed,", rows[0], StringComparison.Ordinal);
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("1,1.2,90,2026-03-01,0,", rows[3], StringComparison.Ordinal);

        File.WriteAllText(design, "behaviour.give_up_rate,policies_2.duration_days\n0.5,60\n1.2\n");
        var bad = CliRunner.Run("sweep", Baseline, "--design", design, "--out", temp["bad"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("points.csv:1:1: 'behaviour.give_up_rate' is not a key path of the scenario format. Did you mean 'behaviour.give_up_rate_per_day'?", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("points.csv:3:1: expected 2 values (one per column of the header), found 1", bad.Stderr, StringComparison.Ordinal);

        File.WriteAllText(design, "behaviour.give_up_rate_per_day,policies_2.duration_days\n0.5,60\n0.7,abc\n");
        var value = CliRunner.Run("sweep", Baseline, "--design", design, "--out", temp["bad"]);
        Assert.Equal(2, value.ExitCode);
        Assert.Contains("points.csv:3: policies[2].duration_days=abc: expected a whole number", value.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("uncertainty[", value.Stderr, StringComparison.Ordinal);

        var both = CliRunner.Run("sweep", Baseline, "--design", design, "--vary", "behaviour.give_up_rate_per_day=0.1,0.2", "--out", temp["bad"]);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("leave out --vary and --lhs", both.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["bad"]));
    }
}
