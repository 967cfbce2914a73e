using System.Text.Json.Nodes;
using System.Xml.Linq;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>The charts a sweep writes next to its CSV files, merge writes for joined slices, and plot redraws.</summary>
public sealed class SweepChartsCommandTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    private static readonly string[] Charts = new[]
        {
            "sweep-peak_stranded-by-behaviour.give_up_rate_per_day",
            "sweep-peak_stranded-by-policies_2.duration_days",
            "heatmap-peak_stranded",
            "sweep-stranded_person_days-by-behaviour.give_up_rate_per_day",
            "sweep-stranded_person_days-by-policies_2.duration_days",
            "heatmap-stranded_person_days",
            "sweep-crossed_irregular-by-behaviour.give_up_rate_per_day",
            "sweep-crossed_irregular-by-policies_2.duration_days",
            "heatmap-crossed_irregular",
        }
        .SelectMany(name => new[] { name + ".svg", name + ".png" })
        .ToArray();

    private static string[] SweepArgs(string output, params string[] more) =>
        ["sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.1:0.9:3", "--vary", "policies[2].duration_days=30,90", "--replicates", "2", "--tick", "24h", "--out", output, .. more];

    [Fact]
    public void A_sweep_writes_its_charts_and_plot_redraws_them_byte_for_byte()
    {
        using var temp = new TempFolder();
        var dir = temp["sweep"];
        var sweep = CliRunner.Run(SweepArgs(dir));
        Assert.True(sweep.ExitCode == 0, sweep.Stderr);

        foreach (var chart in Charts.Where(c => c.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var svg = XDocument.Parse(File.ReadAllText(Path.Combine(dir, chart))).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
        }
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!;
        Assert.Equal(["sweep.csv", "points.csv", .. Charts, "manifest.json"], manifest["files"]!.AsArray().Select(f => (string)f!));

        var written = ReportTestSupport.Snapshot(dir);
        File.Delete(Path.Combine(dir, Charts[0]));
        File.WriteAllText(Path.Combine(dir, Charts[2]), "old");
        var plot = CliRunner.Run("plot", dir);

        Assert.True(plot.ExitCode == 0, plot.Stderr);
        Assert.Contains($"redrew {Charts[0]}", plot.Stdout, StringComparison.Ordinal);
        Assert.Equal(written.Keys.Order(), ReportTestSupport.Snapshot(dir).Keys.Order());
        foreach (var (name, bytes) in written)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir, name)));
        }
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Fact]
    public void Merged_slices_of_a_sweep_get_the_charts_of_the_whole_sweep()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run(SweepArgs(temp["whole"])).ExitCode);
        for (var k = 1; k <= 2; k++)
        {
            Assert.Equal(0, CliRunner.Run(SweepArgs(temp[$"s{k}"], "--shard", $"{k}/2")).ExitCode);
            Assert.DoesNotContain(Directory.GetFiles(temp[$"s{k}"]), f => f.EndsWith(".svg", StringComparison.Ordinal));
        }

        var slice = CliRunner.Run("plot", temp["s1"]);
        Assert.Equal(2, slice.ExitCode);
        Assert.Contains("slice 1/2 of a sweep", slice.Stderr, StringComparison.Ordinal);
        Assert.Contains("bordersim merge", slice.Stderr, StringComparison.Ordinal);

        var merged = CliRunner.Run("merge", temp["s2"], temp["s1"], "--out", temp["merged"]);
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        foreach (var chart in Charts)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["whole"], chart)), File.ReadAllText(Path.Combine(temp["merged"], chart)));
        }
    }

    [Fact]
    public void Plot_of_a_sweep_applies_the_size_and_refuses_a_title()
    {
        using var temp = new TempFolder();
        var dir = temp["sweep"];
        Assert.Equal(0, CliRunner.Run(SweepArgs(dir)).ExitCode);
        var before = ReportTestSupport.Snapshot(dir);

        var titled = CliRunner.Run("plot", dir, "--title", "One title");
        Assert.Equal(2, titled.ExitCode);
        Assert.Contains("--title", titled.Stderr, StringComparison.Ordinal);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(dir, f.Key))));

        var sized = CliRunner.Run("plot", dir, "--width", "900", "--height", "600");
        Assert.True(sized.ExitCode == 0, sized.Stderr);
        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(dir, "heatmap-peak_stranded.svg"))).Root!;
        Assert.Equal("900", svg.Attribute("width")!.Value);
        Assert.Equal("600", svg.Attribute("height")!.Value);
    }

    [Fact]
    public void A_one_parameter_latin_hypercube_gets_line_charts_and_no_heatmap()
    {
        using var temp = new TempFolder();
        var dir = temp["lhs"];
        var outcome = CliRunner.Run("sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.05:1", "--lhs", "4", "--replicates", "1", "--tick", "24h", "--out", dir);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var charts = Directory.GetFiles(dir, "*.svg").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["sweep-crossed_irregular-by-behaviour.give_up_rate_per_day.svg", "sweep-peak_stranded-by-behaviour.give_up_rate_per_day.svg", "sweep-stranded_person_days-by-behaviour.give_up_rate_per_day.svg"],
            charts);
    }
}
