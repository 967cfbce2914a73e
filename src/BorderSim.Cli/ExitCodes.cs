namespace BorderSim.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int UnexpectedFailure = 1;
    public const int InvalidInput = 2;
}
