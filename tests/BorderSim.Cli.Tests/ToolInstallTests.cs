using System.Diagnostics;
using System.Runtime.InteropServices;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// The README's install, as a user does it: 'dotnet pack' makes the tool package, 'dotnet tool install' puts the
/// bordersim command in a folder, and that command runs a scenario from outside the repository. The package comes only
/// from the folder it was packed into (a nuget.config of its own), so the test needs no network.
/// </summary>
[Collection(BuildsAlone.Name)]
public sealed class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_a_scenario_from_any_folder()
    {
        using var temp = new TempFolder();
        var packages = temp["packages"];
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        Dotnet(CliRunner.RepoRoot, "pack", Path.Combine(CliRunner.RepoRoot, "src", "BorderSim.Cli"), "-c", configuration, "-o", packages,
            $"-p:ToolPackageRuntimeIdentifiers={RuntimeInformation.RuntimeIdentifier}");
        Assert.True(File.Exists(Path.Combine(packages, "bordersim.0.1.0.nupkg")), "the tool's pointer package");

        File.WriteAllText(temp["nuget.config"], $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="bordersim" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp["tools"];
        Dotnet(temp.Path, "tool", "install", "bordersim", "--tool-path", tools, "--configfile", temp["nuget.config"]);
        var bordersim = Path.Combine(tools, OperatingSystem.IsWindows() ? "bordersim.exe" : "bordersim");

        var elsewhere = Directory.CreateDirectory(temp["elsewhere"]).FullName;
        var help = Run(elsewhere, bordersim);
        Assert.Equal(0, help.Code);
        Assert.Contains("Commands:", help.Stdout);

        var run = Run(elsewhere, bordersim, "run", CliRunner.Scenario("baseline.yaml"), "--tick", "24h", "--out", "out");
        Assert.True(run.Code == 0, run.Stderr);
        var inProcess = CliRunner.Run("run", CliRunner.Scenario("baseline.yaml"), "--tick", "24h", "--out", temp["in-process"]);
        Assert.Equal(0, inProcess.ExitCode);
        foreach (var file in new[] { "daily.csv", "summary.json", "stranded.svg" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["in-process"], file)), File.ReadAllText(Path.Combine(elsewhere, "out", file)));
        }
    }

    /// <summary>Runs the dotnet CLI without build servers, so nothing is left running.</summary>
    private static void Dotnet(string folder, params string[] args)
    {
        var result = Run(folder, "dotnet", [.. args, .. args[0] == "pack" ? new[] { "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false" } : []]);
        Assert.True(result.Code == 0, $"dotnet {string.Join(' ', args)}:\n{result.Stdout}\n{result.Stderr}");
    }

    private static (int Code, string Stdout, string Stderr) Run(string folder, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
