using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class CalibrateCommandTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    // Two parameters, a small budget: a few seconds.
    private static readonly string[] Small =
    [
        "--params", "population.base_departures_persons_per_day,behaviour.give_up_rate_per_day",
        "--particles", "30", "--budget", "150", "--replicates", "4",
    ];

    private static readonly string[] DataFiles = ["posterior.csv", "parameters.csv", "fit.csv", "figures.csv", "generations.csv"];

    [Fact]
    public void Writes_the_posterior_the_held_out_fit_the_calibrated_scenario_the_charts_and_a_manifest_listing_them()
    {
        using var temp = new TempFolder();
        var outcome = CliRunner.Run(["calibrate", Baseline, .. Small, "--hold-out", "2025-12-01", "--out", temp["cal"]]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("held out stranded 2025-12-01 13:00: observed 70", outcome.Stdout);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(temp["cal"], "manifest.json")))!;
        Assert.Equal("calibration", (string)manifest["kind"]!);
        Assert.Equal("abc-smc", (string)manifest["method"]!);
        Assert.Equal(["sim_stranded_20251201_1300", "sim_stranded_20251201_1700"], manifest["held_out"]!.AsArray().Select(n => (string)n!));
        var files = manifest["files"]!.AsArray().Select(n => (string)n!).ToArray();
        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(temp["cal"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("predictive.svg", files);
        Assert.Contains("posterior-behaviour.give_up_rate_per_day.png", files);
        Assert.Contains("pair-population.base_departures_persons_per_day--behaviour.give_up_rate_per_day.svg", files);

        var fit = File.ReadAllLines(Path.Combine(temp["cal"], "fit.csv"));
        Assert.Equal(2, fit.Count(l => l.Contains(",held_out,", StringComparison.Ordinal)));
        Assert.Equal(3, fit.Count(l => l.Contains(",fit,", StringComparison.Ordinal)));

        var posterior = File.ReadAllLines(Path.Combine(temp["cal"], "posterior.csv"));
        Assert.StartsWith("particle,weight,population.base_departures_persons_per_day,behaviour.give_up_rate_per_day,distance,seed,peak_stranded,", posterior[0]);
        Assert.Equal(31, posterior.Length);

        // The calibrated scenario validates, says how it was fitted and runs.
        var calibrated = Path.Combine(temp["cal"], "baseline-calibrated.yaml");
        var text = File.ReadAllText(calibrated);
        Assert.StartsWith("# Calibrated by `bordersim calibrate ", text, StringComparison.Ordinal);
        Assert.Contains("held out: stranded 2025-12-01 13:00", text);
        var validate = CliRunner.Run("validate", calibrated, "--observations", CliRunner.Scenario(Path.Combine("observations", "border-2025.csv")));
        Assert.True(validate.ExitCode == 0, validate.Stderr);

        // Every column of the tables is in docs/OUTPUTS.md.
        var outputs = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "OUTPUTS.md"));
        foreach (var table in new[] { "parameters.csv", "fit.csv", "figures.csv", "generations.csv" })
        {
            var section = outputs[outputs.IndexOf($"### calibration: {table}", StringComparison.Ordinal)..];
            section = section[..section.IndexOf("\n### ", 5, StringComparison.Ordinal)];
            foreach (var column in File.ReadLines(Path.Combine(temp["cal"], table)).First().Split(','))
            {
                Assert.True(section.Contains($"`{column}`", StringComparison.Ordinal), $"{table}: '{column}' is not in docs/OUTPUTS.md");
            }
        }

        var markdown = File.ReadAllText(Path.Combine(temp["cal"], "calibration.md"));
        Assert.Contains("## Calibration by ABC-SMC", markdown);
        Assert.Contains("| stranded 2025-12-01 13:00 | 70 | held out |", markdown);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_with_1_and_2_threads()
    {
        using var temp = new TempFolder();
        foreach (var p in new[] { "1", "2" })
        {
            var outcome = CliRunner.Run(["calibrate", Baseline, .. Small, "--parallel", p, "--no-charts", "--out", temp["p" + p]]);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        }

        foreach (var file in DataFiles)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["p1"], file)), File.ReadAllText(Path.Combine(temp["p2"], file)));
        }

        // The calibrated scenario and the report differ only in the --out they quote.
        foreach (var file in new[] { "baseline-calibrated.yaml", "calibration.md" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["p1"], file)).Replace(temp["p1"], "OUT", StringComparison.Ordinal), File.ReadAllText(Path.Combine(temp["p2"], file)).Replace(temp["p2"], "OUT", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--method", "nelder-mead", "nelder-mead")]
    [InlineData("--hold-out", "2025-13-01", "is not a date")]
    [InlineData("--hold-out", "2025-11-01", "no observation at 2025-11-01; the observations are at 2025-11-27")]
    [InlineData("--hold-out", "2025-11-17,2025-11-27,2025-11-28,2025-12-01", "every observation is held out")]
    [InlineData("--params", "behaviour.give_up_rate_per_dy", "give_up_rate_per_dy")]
    [InlineData("--budget", "10", "--budget: 10 simulations cannot make even the first population of 30 particles")]
    [InlineData("--particles", "1", "--particles: expected a whole number of at least 10")]
    public void Bad_input_is_exit_code_2_with_a_message_and_nothing_written(string option, string value, string message)
    {
        using var temp = new TempFolder();
        string[] particles = option == "--particles" ? [] : ["--particles", "30"];
        var outcome = CliRunner.Run(["calibrate", Baseline, .. particles, option, value, "--out", temp["cal"]]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.DoesNotContain("at System.", outcome.Stderr);
        Assert.False(Directory.Exists(temp["cal"]));
    }

    /// <summary>
    /// Peru's refusal (baseline.yaml's policies[1]) starts on 26 November; a prior on its end from 20 to 27 November
    /// makes most draws end it before it starts, which no scenario allows. Ten simulations cannot find the first
    /// population's ten particles: the input's fault, told as such, not a failure of BorderSim's.
    /// </summary>
    [Fact]
    public void Priors_that_leave_the_first_population_short_are_exit_code_2_with_the_cause()
    {
        using var temp = new TempFolder();
        var scenario = temp["ends.yaml"];
        File.WriteAllText(scenario, File.ReadAllText(Baseline).TrimEnd() + "\n  - key: policies[1].end\n    range: [2025-11-20, 2025-11-27]\n    source: test\n");
        var outcome = CliRunner.Run(["calibrate", scenario, "--observations", CliRunner.Scenario("observations/border-2025.csv"), "--params", "policies[1].end", "--particles", "10", "--budget", "10", "--out", temp["cal"]]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("of the first population's 10 particles were found in the budget of 10 simulations", outcome.Stderr);
        Assert.Contains("narrow the priors", outcome.Stderr);
        Assert.DoesNotContain("unexpected failure", outcome.Stderr);
        Assert.False(Directory.Exists(temp["cal"]));
    }

    [Fact]
    public void An_existing_output_folder_is_kept_without_force()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["cal"]);
        File.WriteAllText(Path.Combine(temp["cal"], "keep.txt"), "mine");
        var outcome = CliRunner.Run(["calibrate", Baseline, .. Small, "--out", temp["cal"]]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("already exists", outcome.Stderr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp["cal"], "keep.txt")));
    }
}
