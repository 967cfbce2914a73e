using BorderSim.Core.Results;

namespace BorderSim.Cli.Io;

/// <summary>
/// What produced a results folder, as its manifest records it: BorderSim's version and commit, .NET, the machine and the
/// command line. 'bordersim reproduce' gives a fresh run the provenance of the folder it checks, so that only what the
/// run computed is compared.
/// </summary>
internal sealed record Provenance(string Version, string? Commit, string Dotnet, string Machine, IReadOnlyList<string> CommandLine)
{
    /// <summary>This build of BorderSim on this machine, asked by <paramref name="commandLine"/>.</summary>
    public static Provenance Current(IReadOnlyList<string> commandLine) =>
        new(BuildInfo.Version, BuildInfo.GitCommit, BuildInfo.DotnetVersion, BuildInfo.Machine, commandLine);

    public static Provenance Of(RunManifest m) => new(m.BordersimVersion, m.GitCommit, m.DotnetVersion, m.Machine, m.CommandLine);

    public static Provenance Of(RunAllManifest m) => new(m.BordersimVersion, m.GitCommit, m.DotnetVersion, m.Machine, m.CommandLine);

    public static Provenance Of(Core.Experiments.ExperimentManifest m) => new(m.BordersimVersion, m.GitCommit, m.DotnetVersion, m.Machine, m.CommandLine);
}
