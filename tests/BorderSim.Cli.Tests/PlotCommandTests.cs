using System.Xml.Linq;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class PlotCommandTests
{
    [Theory]
    [InlineData("single")]
    [InlineData("ensemble")]
    public void Plot_redraws_every_chart_and_the_report(string fixture)
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture(fixture, temp["results"]);
        var before = ReportTestSupport.Snapshot(dir);

        var plot = CliRunner.Run("plot", dir);

        Assert.True(plot.ExitCode == 0, plot.Stderr);
        foreach (var file in ReportTestSupport.ChartFiles.Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var doc = XDocument.Parse(File.ReadAllText(Path.Combine(dir, file)));
            Assert.NotNull(doc.Root);
        }
        foreach (var (name, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir, name)));
        }
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
        Assert.Contains("redrew stranded.svg", plot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_overwrites_only_its_own_files_and_applies_size_and_title()
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture("single", temp["results"]);
        File.WriteAllText(Path.Combine(dir, "stranded.svg"), "old");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");

        var plot = CliRunner.Run("plot", dir, "--width", "900", "--height", "600", "--title", "Stranded & waiting");

        Assert.True(plot.ExitCode == 0, plot.Stderr);
        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(dir, "stranded.svg"))).Root!;
        Assert.Equal("900", svg.Attribute("width")!.Value);
        Assert.Equal("600", svg.Attribute("height")!.Value);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "title" && e.Value == "Stranded & waiting");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.Equal(ReportTestSupport.ChartFiles.Length + 4, Directory.GetFiles(dir).Length);
    }

    [Fact]
    public void Plot_of_a_folder_without_results_exits_2_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var dir = Directory.CreateDirectory(temp["empty"]).FullName;
        File.WriteAllText(Path.Combine(dir, "summary.json"), "{}");

        var plot = CliRunner.Run("plot", dir);

        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("is not a results folder: daily.csv is missing", plot.Stderr, StringComparison.Ordinal);
        Assert.Equal(["summary.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Plot_of_a_missing_folder_exits_2()
    {
        using var temp = new TempFolder();
        var plot = CliRunner.Run("plot", temp["nowhere"]);
        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("does not exist", plot.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["nowhere"]));
    }

    [Fact]
    public void Plot_of_malformed_results_exits_2_and_keeps_the_old_charts()
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture("single", temp["results"]);
        Assert.Equal(0, CliRunner.Run("plot", dir).ExitCode);
        var before = ReportTestSupport.Snapshot(dir);
        File.AppendAllText(Path.Combine(dir, "daily.csv"), "2026-01-01,oops\n");

        var plot = CliRunner.Run("plot", dir);

        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("daily.csv line", plot.Stderr, StringComparison.Ordinal);
        foreach (var file in ReportTestSupport.ChartFiles)
        {
            Assert.Equal(before[file], File.ReadAllBytes(Path.Combine(dir, file)));
        }
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Theory]
    [InlineData("--width", "100")]
    [InlineData("--height", "0")]
    [InlineData("--width", "wide")]
    public void Plot_rejects_bad_sizes_with_exit_2(string option, string value)
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture("single", temp["results"]);
        var plot = CliRunner.Run("plot", dir, option, value);
        Assert.Equal(2, plot.ExitCode);
        Assert.DoesNotContain(ReportTestSupport.ChartFiles, f => File.Exists(Path.Combine(dir, f)));
    }

    [Fact]
    public void Run_writes_the_charts_and_report_next_to_the_csvs()
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.RunBaseline(temp["baseline"]);
        foreach (var file in ReportTestSupport.RunFiles.Concat(ReportTestSupport.ChartFiles))
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }
        var report = XDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.Equal(4, report.Descendants().Count(e => e.Name.LocalName == "svg"));
        Assert.Empty(ReportTestSupport.Leftovers(temp.Path));
    }

    [Fact]
    public void Help_shows_examples()
    {
        var help = CliRunner.Run("plot", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("bordersim plot results/baseline --width 1600", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_and_scale_choose_the_images_written()
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture("single", temp["results"]);

        var png = CliRunner.Run("plot", dir, "--format", "png", "--scale", "2", "--width", "800", "--height", "450");

        Assert.True(png.ExitCode == 0, png.Stderr);
        Assert.Equal("redrew stranded.png, states.png, flows.png, outcomes.png, report.html in " + dir + "\n", png.Stdout);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(dir, "stranded.png")))
        {
            Assert.Equal((1600, 900), (bitmap.Width, bitmap.Height));
        }
        Assert.False(File.Exists(Path.Combine(dir, "stranded.svg")));
    }

    [Theory]
    [InlineData("--format", "jpeg", "--format: 'jpeg' is not an image format")]
    [InlineData("--format", ",", "--format: name at least one of svg and png")]
    [InlineData("--scale", "9", "--scale: 9 is out of range")]
    public void Bad_format_or_scale_exits_2_with_the_option_named(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var dir = ReportTestSupport.CopyFixture("single", temp["results"]);

        var plot = CliRunner.Run("plot", dir, option, value);

        Assert.Equal(2, plot.ExitCode);
        Assert.Contains(message, plot.Stderr, StringComparison.Ordinal);
    }
}
