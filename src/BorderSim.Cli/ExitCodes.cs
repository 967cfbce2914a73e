namespace BorderSim.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int UnexpectedFailure = 1;
    public const int InvalidInput = 2;

    /// <summary>'bordersim reproduce' ran and found a file that differs from the fresh run (or is missing or extra).</summary>
    public const int ResultsDiffer = 3;
}
