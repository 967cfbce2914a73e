using System.Globalization;
using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Explore.Session;

/// <summary>
/// What the page asks for: the changes as --set texts (key.path=value, as typed or as a shared URL holds them) and the
/// number of replicates. The same query string is the page's address, a run, a chart and a download.
/// </summary>
public sealed record ExploreState(IReadOnlyList<string> Set, IReadOnlyList<ScenarioOverride> Overrides, int Replicates)
{
    public const string SetKey = "set";
    public const string ReplicatesKey = "replicates";
    public const string ChartKey = "chart";

    private static readonly string[] Keys = [SetKey, ReplicatesKey, ChartKey];

    /// <summary>One text per state: the cache's key.</summary>
    public string Key { get; } = string.Join('\n', Overrides.Select(o => o.ToString()).Prepend(Replicates.ToString(CultureInfo.InvariantCulture)));

    public bool IsUnmodified => Overrides.Count == 0;

    /// <summary>The unmodified scenario with <paramref name="replicates"/> replicates.</summary>
    public static ExploreState Unmodified(int replicates) => new([], [], replicates);

    /// <summary>
    /// Reads a query (key → its values, in order). Throws <see cref="ExploreRequestException"/> for a key it does not know,
    /// a replicate count that is not a whole number within the limits, too many or too long changes, or a change that is
    /// not key.path=value. Whether the changes make a valid scenario is the validator's to say.
    /// </summary>
    public static ExploreState Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> query, ExploreLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        IReadOnlyList<string> set = [];
        var replicates = limits.DefaultReplicates;
        foreach (var (key, values) in query)
        {
            switch (key)
            {
                case SetKey:
                    set = values;
                    break;
                case ReplicatesKey:
                    replicates = ParseReplicates(values, limits);
                    break;
                case ChartKey:
                    break;
                default:
                    throw new ExploreRequestException($"unknown query parameter '{Shown(key)}': expected {string.Join(", ", Keys)}");
            }
        }

        if (set.Count > limits.MaxOverrides)
        {
            throw new ExploreRequestException(string.Create(CultureInfo.InvariantCulture, $"{set.Count} changes: at most {limits.MaxOverrides} in one request"));
        }

        var overrides = new List<ScenarioOverride>(set.Count);
        foreach (var text in set)
        {
            if (text.Length > limits.MaxOverrideLength)
            {
                throw new ExploreRequestException(string.Create(CultureInfo.InvariantCulture, $"a change of {text.Length} characters: at most {limits.MaxOverrideLength} (key.path=value)"));
            }

            if (!ScenarioOverride.TryParse(text, out var parsed, out var error))
            {
                throw new ExploreRequestException(Printable.Escape(error));
            }

            overrides.Add(parsed!);
        }

        return new ExploreState(set, overrides, replicates);
    }

    /// <summary>The --set arguments of a command line, each in single quotes (brackets in key paths need them in zsh).</summary>
    public string SetArguments() =>
        string.Concat(Overrides.Select(o => $" --set {Quote(o.ToString())}"));

    /// <summary>'text' in single quotes, as bash, zsh and PowerShell read it (a quote inside, rare in a value, in bash's way).</summary>
    public static string Quote(string text)
    {
        var escaped = new StringBuilder("'");
        foreach (var c in text)
        {
            escaped.Append(c == '\'' ? "'\"'\"'" : c.ToString());
        }

        return Printable.Escape(escaped.Append('\'').ToString());
    }

    private static int ParseReplicates(IReadOnlyList<string> values, ExploreLimits limits)
    {
        if (values.Count != 1)
        {
            throw new ExploreRequestException("replicates: give it once");
        }

        if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > limits.MaxReplicates)
        {
            throw new ExploreRequestException(string.Create(CultureInfo.InvariantCulture,
                $"replicates: expected a whole number from 1 to {limits.MaxReplicates}, found '{Shown(values[0])}'"));
        }

        return n;
    }

    private static string Shown(string text) => Printable.Escape(text.Length > 60 ? text[..60] + "…" : text);
}

/// <summary>A request the page cannot serve as asked: answered with 400 and this message.</summary>
public sealed class ExploreRequestException(string message) : Exception(message);
