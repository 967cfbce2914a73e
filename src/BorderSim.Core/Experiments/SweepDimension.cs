using System.Globalization;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>
/// One varied parameter of a sweep: <c>key.path=V1,V2,V3</c> (the values given) or <c>key.path=LOW:HIGH:STEPS</c>
/// (STEPS evenly spaced values from LOW to HIGH; for a Latin hypercube, <c>LOW:HIGH</c> is enough). Values of a
/// parameter that takes whole numbers (<see cref="WholeNumbers"/>, set from the scenario format) are rounded.
/// </summary>
public sealed record SweepDimension(string Path, IReadOnlyList<string>? Listed, double Low, double High, int? Steps, bool WholeNumbers = false)
{
    /// <summary>A range without steps: only a Latin hypercube can use it.</summary>
    public bool IsRange => Listed is null && Steps is null;

    /// <summary>The values of a grid: those listed, or STEPS evenly spaced from LOW to HIGH.</summary>
    public IReadOnlyList<string>? Values => Listed ?? (Steps is { } steps
        ? Enumerable.Range(0, steps)
            .Select(i => steps == 1 ? Low : Low + ((High - Low) * i / (steps - 1)))
            .Select(v => Format(v, WholeNumbers))
            .Distinct()
            .ToArray()
        : null);

    /// <summary>This parameter's column in sweep.csv and points.csv: <see cref="ColumnName"/> of its key path.</summary>
    public string Column => ColumnName(Path);

    /// <summary>
    /// A key path as a column name (and part of a file name) that R, pandas and spreadsheets take as it is: a list
    /// index in brackets becomes '_' and the index, "policies[2].duration_days" becomes "policies_2.duration_days";
    /// anything else but letters, digits, '.', '_' and '-' becomes '_'. <see cref="PathOfColumn"/> reads it back.
    /// </summary>
    public static string ColumnName(string path)
    {
        var sb = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
        {
            sb.Append(c switch
            {
                '[' => "_",
                ']' => "",
                _ when char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' => c.ToString(),
                _ => "_",
            });
        }

        return sb.ToString();
    }

    /// <summary>The key path of a <see cref="ColumnName"/>: "policies_2.duration_days" is "policies[2].duration_days" (no key of the format ends in '_' and digits).</summary>
    public static string PathOfColumn(string column) =>
        System.Text.RegularExpressions.Regex.Replace(column, @"_(\d+)(?=\.|$)", "[$1]");

    public override string ToString() =>
        Listed is not null ? $"{Path}={string.Join(',', Listed)}"
        : Steps is { } steps ? string.Create(CultureInfo.InvariantCulture, $"{Path}={Low:R}:{High:R}:{steps}")
        : string.Create(CultureInfo.InvariantCulture, $"{Path}={Low:R}:{High:R}");

    public static SweepDimension Parse(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new FormatException($"--vary '{text}': expected key.path=V1,V2,V3 or key.path=LOW:HIGH:STEPS");
        }

        var path = ScenarioOverride.Normalize(text[..equals].Trim());
        var spec = text[(equals + 1)..].Trim();
        if (!spec.Contains(':', StringComparison.Ordinal))
        {
            var values = spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new SweepDimension(path, values, 0, 0, null);
        }

        var parts = spec.Split(':');
        if (parts.Length is < 2 or > 3
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
            || high < low)
        {
            throw new FormatException($"--vary '{text}': expected LOW:HIGH:STEPS with LOW ≤ HIGH, e.g. {path}=0.1:0.5:5");
        }

        if (parts.Length == 2)
        {
            return new SweepDimension(path, null, low, high, null);
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var steps) || steps < 1)
        {
            throw new FormatException($"--vary '{text}': STEPS must be a whole number of at least 1");
        }

        return new SweepDimension(path, null, low, high, steps);
    }

    /// <summary>A value at fraction <paramref name="x"/> in [0, 1) of the range.</summary>
    public string At(double x) => Format(Low + ((High - Low) * x), WholeNumbers);

    private static string Format(double value, bool whole) => whole
        ? Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)
        : Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
