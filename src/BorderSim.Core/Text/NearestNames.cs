namespace BorderSim.Core.Text;

/// <summary>"Did you mean …?": the known names closest to a misspelt one (options, commands, scenario keys).</summary>
public static class NearestNames
{
    /// <summary>
    /// The names of <paramref name="known"/> that <paramref name="typed"/> is most likely a misspelling of, closest
    /// first: those within a few edits (a third of the name's length, at least one, at most three; letter case ignored),
    /// and those that contain it or that it contains (a shortened or lengthened name), at most <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<string> Of(string typed, IEnumerable<string> known, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var bare = Bare(typed);
        if (bare.Length == 0)
        {
            return [];
        }

        var allowed = Math.Clamp(bare.Length / 3, 1, 3);
        return known
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Score: Score(bare, Bare(name), allowed)))
            .Where(c => c.Score is not null)
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => c.Name)
            .ToArray();
    }

    /// <summary>" Did you mean 'x'?" (or "'x' or 'y'"), or "" when no name is close; ready to append to a message.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known)
    {
        var near = Of(typed, known);
        return near.Count == 0 ? "" : $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?";
    }

    /// <summary>Edits from <paramref name="a"/> to <paramref name="b"/>: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A rank for a candidate (lower is closer), or null when it is not a plausible intent.</summary>
    private static int? Score(string typed, string name, int allowed)
    {
        if (name.Length == 0 || typed == name)
        {
            return typed == name ? 0 : null;
        }

        var distance = Distance(typed, name);
        if (distance <= allowed)
        {
            return distance;
        }

        // A shortened or lengthened name (give_up_rate for give_up_rate_per_day): ranked after every near spelling.
        var shorter = typed.Length < name.Length ? typed : name;
        var longer = typed.Length < name.Length ? name : typed;
        return shorter.Length >= 4 && longer.Contains(shorter, StringComparison.Ordinal) ? 10 + longer.Length - shorter.Length : null;
    }

    /// <summary>The name without leading dashes, in lower case: '--Seed' and 'seed' are one name.</summary>
    private static string Bare(string name) => name.TrimStart('-').ToLowerInvariant();
}
