using System.Globalization;
using System.Text.RegularExpressions;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sweeps;

/// <summary>
/// Readable names of scenario key paths for axis titles: "behaviour.give_up_rate_per_day" reads "Give up rate (per
/// day)", "policies[2].duration_days" reads "Tacna state of emergency: duration (days)" (the policy's label from the
/// manifest, else "Policy 3").
/// </summary>
public static partial class ParameterNames
{
    /// <summary>Unit suffixes of key names, longest first, and how they read.</summary>
    private static readonly (string Suffix, string Unit)[] Units =
    [
        ("_per_day", "per day"), ("_per_hour", "per hour"), ("_days", "days"), ("_hours", "hours"), ("_persons", "persons"),
        ("_share", "share"), ("_km", "km"), ("_minutes", "minutes"),
    ];

    public static string Readable(string path, ResultsManifest? manifest = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('.');
        var (name, unit) = Words(segments[^1]);
        var owner = segments[..^1]
            .Where(s => s is not "effects" and not "behaviour" and not "population" and not "border" and not "travel")
            .Select(s => Owner(s, manifest))
            .ToArray();
        var text = owner.Length == 0 ? Capitalise(name) : $"{string.Join(", ", owner)}: {name}";
        return unit is null ? text : $"{text} ({unit})";
    }

    private static string Owner(string segment, ResultsManifest? manifest)
    {
        var match = IndexPattern().Match(segment);
        if (!match.Success)
        {
            return Capitalise(Words(segment).Name);
        }
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (match.Groups[1].Value == "policies" && manifest?.Scenario.Policies is { } policies && index < policies.Count)
        {
            return policies[index].Label;
        }
        var list = Words(match.Groups[1].Value).Name;
        return $"{Capitalise(list.EndsWith("ies", StringComparison.Ordinal) ? list[..^3] + "y" : list.TrimEnd('s'))} {index + 1}";
    }

    private static (string Name, string? Unit) Words(string key)
    {
        foreach (var (suffix, unit) in Units)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                return (key[..^suffix.Length].Replace('_', ' '), unit);
            }
        }
        return (key.Replace('_', ' '), null);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^([a-z_]+)\[(\d+)\]$")]
    private static partial Regex IndexPattern();
}
