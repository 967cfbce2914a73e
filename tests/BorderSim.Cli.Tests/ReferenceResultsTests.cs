using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// The committed results/reference: every scenario with its default seed. A change to the model, the charts or a scenario
/// that alters them fails here, with the first difference of each file; regenerate them as results/reference/README.md says
/// and review the diff.
/// </summary>
public sealed class ReferenceResultsTests
{
    private static readonly string Reference = Path.Combine(CliRunner.RepoRoot, "results", "reference");

    [Fact]
    public void The_reference_results_reproduce_byte_for_byte()
    {
        var outcome = CliRunner.Run("reproduce", Reference);

        Assert.True(outcome.ExitCode == 0,
            "results/reference is not what this BorderSim makes. If the change is meant, regenerate it with the command in " +
            $"results/reference/README.md and review the diff.\n{outcome.Stdout}{outcome.Stderr}");
    }

    [Fact]
    public void Every_scenario_file_has_reference_results()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Reference, "manifest.json")))!;
        var recorded = manifest["scenarios"]!.AsArray().Select(s => (string)s!["scenario_file"]!).Order(StringComparer.Ordinal);
        var scenarios = Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot, "scenarios"))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => "scenarios/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

        Assert.Equal(scenarios, recorded);
        Assert.Equal(["scenarios"], manifest["inputs"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void The_readme_shows_the_comparison_chart_and_the_key_figures_of_comparison_md()
    {
        var readme = File.ReadAllText(Path.Combine(Reference, "README.md"));
        var table = File.ReadAllLines(Path.Combine(Reference, "comparison", "comparison.md")).Where(l => l.StartsWith('|')).ToArray();

        Assert.Contains("](comparison/comparison.svg)", readme, StringComparison.Ordinal);
        Assert.Contains(string.Join('\n', table), readme, StringComparison.Ordinal);
    }
}
