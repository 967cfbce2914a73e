using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// A scenario's name names its default results folder (results/NAME/), and a scenario file may come from anyone: so a
/// name is lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters. No name can
/// then be a path ('..', '/x', 'a/b'), hidden, empty, or differ from another only in case.
/// </summary>
public static partial class ScenarioName
{
    public const string Rule = "lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters";

    public static bool IsValid(string name) => Problem(name) is null;

    /// <summary>Why <paramref name="name"/> cannot name a results folder, or null if it can.</summary>
    public static string? Problem(string name) =>
        name.Length <= ScenarioLimits.MaxNameLength && Pattern().IsMatch(name)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"expected {Rule} (it names the results folder), found '{Printable.Escape(name.Length > 80 ? name[..80] + "…" : name)}'{(name.Length > ScenarioLimits.MaxNameLength ? $" ({name.Length} characters)" : "")}");

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]*\z")]
    private static partial Regex Pattern();
}
