using System.Globalization;

namespace BorderSim.Core.Scenarios;

/// <summary>One problem with a scenario: where it is (file, line, column, key path) and what was expected.</summary>
public sealed record ScenarioDiagnostic(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>Where a value set on the command line came from, instead of a line and column.</summary>
    public string? Override { get; init; }

    /// <summary>The diagnostic as one line, with any control character from the file or command line escaped.</summary>
    public override string ToString()
    {
        var where = Override is not null
            ? $"{File}: --set {Override}"
            : Line > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}")
                : File;
        return Printable.Escape(Path.Length > 0 ? $"{where}: {Path}: {Message}" : $"{where}: {Message}");
    }
}

/// <summary>A scenario that cannot be run, with every problem found.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioDiagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<ScenarioDiagnostic> Diagnostics { get; } = diagnostics;
}
