using System.Reflection;
using System.Runtime.InteropServices;

namespace BorderSim.Cli.Io;

/// <summary>What produced a run: BorderSim's version and commit, .NET and the machine.</summary>
internal static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    /// <summary>The git commit BorderSim was built from, when the build could ask git.</summary>
    public static string? GitCommit => Informational.Split('+') is [_, var commit] && commit.Length >= 7 ? commit : null;

    public static string DotnetVersion => RuntimeInformation.FrameworkDescription;

    public static string Machine =>
        $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores";
}
