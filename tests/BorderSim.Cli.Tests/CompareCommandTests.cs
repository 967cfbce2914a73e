using System.Xml.Linq;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class CompareCommandTests
{
    private static readonly string[] Outputs = ["comparison.csv", "comparison.md", "comparison.png", "comparison.svg"];

    [Fact]
    public void Compare_writes_chart_csv_and_markdown()
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["a"]);
        var b = ReportTestSupport.CopyFixture("ensemble", temp["b"]);

        var compare = CliRunner.Run("compare", a, b, "--out", temp["cmp"], "--labels", "one run,five runs");

        Assert.True(compare.ExitCode == 0, compare.Stderr);
        Assert.Equal(Outputs, Directory.GetFiles(temp["cmp"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var csv = File.ReadAllLines(Path.Combine(temp["cmp"], "comparison.csv"));
        Assert.StartsWith("label,scenario,kind,replicates,peak_stranded,peak_stranded_p5,peak_stranded_p95,peak_stranded_date,stranded_person_days,stranded_person_days_p5,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("one run,baseline,run,1,137,,,2025-11-28,2478.070139,,,", csv[1], StringComparison.Ordinal);
        Assert.Matches("^five runs,baseline,ensemble,5,[0-9.]+,[0-9.]+,[0-9.]+,", csv[2]);
        var md = File.ReadAllText(Path.Combine(temp["cmp"], "comparison.md"));
        Assert.Contains("| one run | baseline | one run | 137 | 2,478 | 0 | 1,109 | 1,562 | 0 | 0 | 2,601 |", md, StringComparison.Ordinal);
        Assert.Matches(@"\| five runs \| baseline \| median of 5 \| [0-9,]+ \([0-9,]+–[0-9,]+\) \|", md);
        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(temp["cmp"], "comparison.svg")));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Trim().StartsWith("five runs", StringComparison.Ordinal));
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Fact]
    public void Labels_default_to_scenario_names_made_unique_by_folder()
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["first"]);
        var b = ReportTestSupport.CopyFixture("single", temp["second"]);

        var compare = CliRunner.Run("compare", a, b, "--out", temp["cmp"]);

        Assert.True(compare.ExitCode == 0, compare.Stderr);
        var csv = File.ReadAllLines(Path.Combine(temp["cmp"], "comparison.csv"));
        Assert.StartsWith("baseline (first),baseline,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("baseline (second),baseline,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_output_is_kept_without_force_and_replaced_with_it()
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["a"]);
        var output = Directory.CreateDirectory(temp["cmp"]).FullName;
        File.WriteAllText(Path.Combine(output, "old.txt"), "old");

        var refused = CliRunner.Run("compare", a, "--out", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(["old.txt"], Directory.GetFiles(output).Select(Path.GetFileName));

        var forced = CliRunner.Run("compare", a, "--out", output, "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal(Outputs, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Fact]
    public void A_folder_that_is_not_results_exits_2_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["a"]);
        var notResults = Directory.CreateDirectory(temp["b"]).FullName;

        var compare = CliRunner.Run("compare", a, notResults, "--out", temp["cmp"]);

        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("is not a results folder", compare.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["cmp"]));
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Theory]
    [InlineData("only-one")]
    [InlineData("a,b,c")]
    [InlineData("a,")]
    public void Labels_must_match_the_folders(string labels)
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["a"]);
        var b = ReportTestSupport.CopyFixture("ensemble", temp["b"]);

        var compare = CliRunner.Run("compare", a, b, "--out", temp["cmp"], "--labels", labels);

        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("--labels", compare.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["cmp"]));
    }

    [Fact]
    public void Out_is_required()
    {
        using var temp = new TempFolder();
        var a = ReportTestSupport.CopyFixture("single", temp["a"]);
        Assert.Equal(2, CliRunner.Run("compare", a).ExitCode);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var help = CliRunner.Run("compare", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("bordersim compare results/baseline results/corridor --out results/compare", help.Stdout, StringComparison.Ordinal);
    }
}
