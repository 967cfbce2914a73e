namespace BorderSim.Cli.Tests.Support;

/// <summary>
/// Tests that build, start many processes (dotnet pack, bash with bordersim) or run many simulations: they run on their
/// own, after the others, so they do not slow the tests that time a process (Ctrl+C) on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildsAlone
{
    public const string Name = "builds and starts processes, alone";
}
