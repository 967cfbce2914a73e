using System.Diagnostics;
using System.Text.RegularExpressions;
using BorderSim.Cli.Tests.Support;
using Xunit.Abstractions;

namespace BorderSim.Cli.Tests;

/// <summary>
/// report.html of a real run, opened in headless Chromium: no console errors, four charts with drawn data, and a
/// screenshot saved under the test output folder (report-screenshots/) for a person to look at.
/// </summary>
public sealed partial class ReportBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private int _profiles;

    [ChromiumFact]
    public void Report_of_a_real_run_renders_in_chromium_without_errors_or_empty_charts()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("run", CliRunner.Scenario("baseline.yaml"), "--out", temp["baseline"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var report = Path.Combine(temp["baseline"], "report.html");

        var (dom, log) = Browse(temp, "--dump-dom", new Uri(report).AbsoluteUri);
        Assert.Empty(ConsoleMessages(log));

        var svgs = SvgElement().Matches(dom).Select(m => m.Value).ToList();
        Assert.Equal(4, svgs.Count);
        foreach (var svg in svgs)
        {
            var title = Regex.Match(svg, "<title[^>]*>([^<]*)</title>").Groups[1].Value;
            var marks = DataPath().Matches(svg).Count + Regex.Matches(svg, "<g class=\"bars\">\\s*<rect [^>]*width=\"[1-9]").Count;
            Assert.True(marks > 0, $"chart '{title}' has no drawn data");
        }
        Assert.Contains("Persons stranded between Chacalluta and Santa Rosa", dom, StringComparison.Ordinal);

        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-screenshots")).FullName;
        var png = Path.Combine(screenshots, "baseline-report.png");
        File.Delete(png);
        var (_, shotLog) = Browse(temp, $"--screenshot={png}", "--window-size=1200,3000", new Uri(report).AbsoluteUri);
        Assert.Empty(ConsoleMessages(shotLog));
        Assert.True(File.Exists(png) && new FileInfo(png).Length > 20_000, $"no screenshot at {png}");
        output.WriteLine($"screenshot: {png}");
    }

    /// <summary>The console check must see a page's errors, or a clean result means nothing.</summary>
    [ChromiumFact]
    public void Console_errors_are_detected()
    {
        using var temp = new TempFolder();
        var page = temp["broken.html"];
        File.WriteAllText(page, "<!DOCTYPE html><html><body><script>console.error('deliberate failure');</script></body></html>");
        var (_, log) = Browse(temp, "--dump-dom", new Uri(page).AbsoluteUri);
        Assert.Contains(ConsoleMessages(log), m => m.Contains("deliberate failure", StringComparison.Ordinal));
    }

    /// <summary>Lines Chromium logs for the page's console (any level: the report runs no scripts and loads nothing).</summary>
    private static List<string> ConsoleMessages(string log) =>
        log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();

    private (string Stdout, string Stderr) Browse(TempFolder temp, params string[] args)
    {
        var info = new ProcessStartInfo(Chromium.Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", $"--user-data-dir={temp[$"chromium-profile-{Interlocked.Increment(ref _profiles)}"]}"])
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
        }
        output.WriteLine($"chromium {string.Join(' ', args)}: exit {process.ExitCode}");
        return (stdout.Result, stderr.Result);
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgElement();

    /// <summary>A path with a real drawing command sequence (a line, band or area), not an empty or one-point path.</summary>
    [GeneratedRegex("<path [^>]*d=\"M[^\"]{20,}\"")]
    private static partial Regex DataPath();
}
