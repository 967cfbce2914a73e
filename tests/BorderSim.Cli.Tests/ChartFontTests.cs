using System.Diagnostics;
using BorderSim.Cli.Tests.Support;
using BorderSim.Plotting;

namespace BorderSim.Cli.Tests;

/// <summary>
/// Charts draw their text in the font BorderSim ships, not in whatever fonts the machine has: 'bordersim plot' run
/// where the system's font folder is hidden (a private mount namespace with an empty folder over /usr/share/fonts,
/// where SkiaSharp looks) writes the same SVG bytes and the same PNG pixels as with the system's fonts, title and all.
/// </summary>
public sealed class ChartFontTests
{
    [NoFontsFact]
    public void Plot_on_a_machine_without_fonts_draws_the_same_text()
    {
        using var temp = new TempFolder();
        var withFonts = ReportTestSupport.CopyFixture("single", temp["with"]);
        var without = ReportTestSupport.CopyFixture("single", temp["without"]);
        Assert.Equal(0, CliRunner.Run("plot", withFonts).ExitCode);
        var empty = Directory.CreateDirectory(temp["no-fonts"]).FullName;

        var info = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["--mount", "sh", "-c", "mount --bind \"$1\" /usr/share/fonts && exec dotnet \"$2\" plot \"$3\"", "sh", empty,
                     Path.Combine(AppContext.BaseDirectory, "bordersim.dll"), without])
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stdout + stderr.Result);

        foreach (var chart in ReportTestSupport.ChartFiles.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var svg = File.ReadAllText(Path.Combine(without, chart));
            Assert.Contains("font-family=\"'Liberation Sans'", svg, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(withFonts, chart)), svg);
        }
        foreach (var png in ReportTestSupport.ChartFiles.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.Null(PngComparison.Difference(File.ReadAllBytes(Path.Combine(withFonts, png)), File.ReadAllBytes(Path.Combine(without, png))));
        }
    }
}

/// <summary>Runs where a private mount namespace can hide the system's fonts: Linux, as root, with unshare and the font folder present.</summary>
internal sealed class NoFontsFactAttribute : FactAttribute
{
    public NoFontsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !Directory.Exists("/usr/share/fonts") || !File.Exists("/usr/bin/unshare"))
        {
            Skip = "needs Linux, root, unshare(1) and /usr/share/fonts to hide the system's fonts";
        }
    }
}
