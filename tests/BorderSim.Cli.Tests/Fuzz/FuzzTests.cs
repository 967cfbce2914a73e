using System.Diagnostics;
using System.Globalization;
using System.Text;
using BorderSim.Cli.Tests.Hostile;
using BorderSim.Cli.Tests.Support;
using CsCheck;
using Xunit.Abstractions;

namespace BorderSim.Cli.Tests.Fuzz;

/// <summary>
/// Our own fuzzing harness: generated malformed scenarios and overrides always give exit 0 or 2 (never 1, a crash or a
/// hang), every message names the file or the --set, no control character reaches the terminal, and a refused run
/// writes nothing. Random valid scenarios lose no person and give identical bytes twice. A few hundred cases in CI;
/// BORDERSIM_FUZZ_SCALE=100 for the long campaign (docs/RELIABILITY.md).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Malformed_files_are_refused_with_a_message_naming_the_file_and_nothing_written()
    {
        using var temp = new TempFolder();
        var baseline = File.ReadAllBytes(HostileScenario.Write(temp["baseline.yaml"]));
        var campaign = new Campaign("malformed files");
        Mutations.File(baseline).Sample(c => Check(c, campaign), iter: Campaign.Cases(300), seed: Campaign.Seed, threads: 1);
        output.WriteLine(campaign.Report());
    }

    [Fact]
    public void Malformed_overrides_are_refused_with_a_message_and_nothing_written()
    {
        using var temp = new TempFolder();
        var baseline = File.ReadAllBytes(HostileScenario.Write(temp["baseline.yaml"]));
        var campaign = new Campaign("malformed overrides");
        Mutations.Overrides(baseline).Sample(c => Check(c, campaign), iter: Campaign.Cases(200), seed: Campaign.Seed, threads: 1);
        output.WriteLine(campaign.Report());
    }

    [Fact]
    public void Random_valid_scenarios_lose_no_person_and_give_identical_bytes_twice()
    {
        var campaign = new Campaign("random valid scenarios");
        ValidScenarios.Overrides.Sample(sets =>
        {
            using var temp = new TempFolder();
            var file = HostileScenario.Write(temp["s.yaml"]);
            var args = sets.SelectMany(s => new[] { "--set", s }).ToArray();
            var clock = Stopwatch.StartNew();
            var first = CliRunner.Run(["run", file, "--out", temp["a"], .. args]);
            campaign.Record(first.ExitCode, clock.Elapsed);
            Assert.True(first.ExitCode == 0, $"{string.Join(' ', args)}\n{first.Stderr}");
            var second = CliRunner.Run(["run", file, "--out", temp["b"], .. args]);
            Assert.Equal(0, second.ExitCode);
            foreach (var name in Directory.EnumerateFiles(temp["a"]).Select(Path.GetFileName).Where(n => n is not ("manifest.json" or "report.html")))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(temp["a"], name!)).SequenceEqual(File.ReadAllBytes(Path.Combine(temp["b"], name!))), $"{name} differs between two runs of {string.Join(' ', args)}");
            }

            ValidScenarios.AssertNoPersonLost(Path.Combine(temp["a"], "daily.csv"), Path.Combine(temp["a"], "summary.json"));
        }, iter: Campaign.Cases(6), seed: Campaign.Seed, threads: 1);
        output.WriteLine(campaign.Report());
    }

    /// <summary>validate, then (if refused) run: exit 0 or 2, messages that name the file or the --set, nothing written when refused.</summary>
    private static void Check(MalformedCase c, Campaign campaign)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["observations"]);
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scenarios", "observations", "border-2025.csv"), temp["observations/border-2025.csv"]);
        var file = temp["case.yaml"];
        File.WriteAllBytes(file, c.Bytes);
        var sets = c.Sets.SelectMany(s => new[] { "--set", s }).ToArray();
        var clock = Stopwatch.StartNew();
        var validate = CliRunner.Run(["validate", file, .. sets]);
        campaign.Record(validate.ExitCode, clock.Elapsed);
        Assert.True(validate.ExitCode is 0 or 2, $"{c}: exit {validate.ExitCode}\n{validate.Stderr}");
        Assert.False(validate.Stderr.Any(ch => char.IsControl(ch) && ch != '\n'), $"{c}: a control character reached stderr:\n{validate.Stderr}");
        if (validate.ExitCode == 0)
        {
            return; // the change left a valid scenario: nothing to refuse
        }

        var lines = validate.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.True(line.StartsWith("error: ", StringComparison.Ordinal) && (line.Contains("case.yaml", StringComparison.Ordinal) || line.Contains("--set", StringComparison.Ordinal)),
                $"{c}: a message that names neither the file nor the --set:\n{line}");
        }

        var run = CliRunner.Run(["run", file, "--out", temp["out"], "--tick", "24h", .. sets]);
        Assert.True(run.ExitCode == 2, $"{c}: validate refused it but run gave exit {run.ExitCode}\n{run.Stderr}");
        Assert.Equal(["case.yaml", "observations", "observations/border-2025.csv"], HostileScenario.Tree(temp.Path));
    }
}
