using System.Text.Json;

namespace BorderSim.Core.Scenarios;

/// <summary>The scenario format's naming: PascalCase members are snake_case keys.</summary>
public static class SnakeCase
{
    public static string From(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
