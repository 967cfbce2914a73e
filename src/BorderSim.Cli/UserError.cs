namespace BorderSim.Cli;

/// <summary>Invalid input from the user: reported as a message on stderr with exit code 2, never as a stack trace.</summary>
internal sealed class UserError(string message) : Exception(message);
