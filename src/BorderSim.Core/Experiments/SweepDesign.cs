using System.Globalization;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>
/// A sweep's points given as a CSV file (<c>sweep --design points.csv</c>): a header of key paths (as <c>--set</c> takes
/// them, or as sweep.csv names its columns: <c>policies_2.duration_days</c>), then one row per point with a value for
/// each (a number, or YYYY-MM-DD for a date). What external tools (SALib, EMA Workbench, R) write. Whether each value
/// suits its key is checked when the point's scenario is loaded (<see cref="SweepDesign.ScenarioAt"/>).
/// </summary>
public sealed record SweepDesign(IReadOnlyList<string> Paths, IReadOnlyList<string[]> Points, IReadOnlyList<int> Lines)
{
    /// <summary>Most points in one design (about a day of runs on two cores at 10 replicates; larger designs go in slices).</summary>
    public const int MaxPoints = 200_000;

    /// <summary>Most columns (varied key paths).</summary>
    public const int MaxColumns = 256;

    /// <summary>Largest design file.</summary>
    public const int MaxFileBytes = 64 << 20;

    /// <summary>Reads the design, or throws <see cref="FormatException"/> with every problem found (file:line:column: message), at most 20.</summary>
    public static SweepDesign Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxFileBytes)
        {
            throw new FormatException($"{file}: larger than {MaxFileBytes >> 20} MiB; split the design and run it in slices");
        }

        var rows = Csv.Read(text.TrimStart('\uFEFF')).Where(r => !(r.Fields.Count == 1 && string.IsNullOrWhiteSpace(r.Fields[0].Text))).ToArray();
        if (rows.Length == 0)
        {
            throw new FormatException($"{file}: empty; expected a header of key paths (one column per varied parameter) and one row per point");
        }

        var problems = new List<string>();
        void Problem(int line, int column, string message) => problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: {message}"));
        var header = rows[0];
        var paths = new List<string>();
        if (header.Fields.Count > MaxColumns)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{file}:{header.Line}:1: at most {MaxColumns} columns, found {header.Fields.Count}"));
        }

        foreach (var (name, column) in header.Fields)
        {
            var path = ScenarioOverride.Normalize(SweepDimension.PathOfColumn(name.Trim()));
            if (path.Length == 0)
            {
                Problem(header.Line, column, "an empty column name: each column is the key path of a varied parameter, e.g. behaviour.give_up_rate_per_day");
            }
            else if (ParameterCatalog.Find(path) is null)
            {
                Problem(header.Line, column, $"'{name.Trim()}' is not a key path of the scenario format.{Text.NearestNames.DidYouMean(path, ParameterCatalog.All.Select(p => p.Path))} 'bordersim keys' lists them");
            }
            else if (paths.Contains(path, StringComparer.Ordinal))
            {
                Problem(header.Line, column, $"{path} is a column twice");
            }

            paths.Add(path);
        }

        if (rows.Length - 1 > MaxPoints)
        {
            Problem(rows[MaxPoints + 1].Line, 1, string.Create(CultureInfo.InvariantCulture, $"at most {MaxPoints} points in one design, found {rows.Length - 1}; split it into several designs"));
        }

        var points = new List<string[]>();
        var lines = new List<int>();
        foreach (var row in rows.Skip(1).Take(MaxPoints))
        {
            if (row.Fields.Count != paths.Count)
            {
                Problem(row.Line, row.Fields.Count > paths.Count ? row.Fields[paths.Count].Column : 1, string.Create(CultureInfo.InvariantCulture, $"expected {paths.Count} values (one per column of the header), found {row.Fields.Count}"));
                continue;
            }

            var values = new string[paths.Count];
            for (var i = 0; i < paths.Count; i++)
            {
                var value = row.Fields[i].Text.Trim();
                if (value.Length == 0)
                {
                    Problem(row.Line, row.Fields[i].Column, $"{paths[i]}: no value; every point gives every column a value");
                }

                values[i] = value;
            }

            points.Add(values);
            lines.Add(row.Line);
        }

        if (points.Count == 0 && problems.Count == 0)
        {
            Problem(header.Line + 1, 1, "no points: expected one row per point after the header");
        }

        return problems.Count > 0
            ? throw new FormatException(string.Join(Environment.NewLine, problems.Take(20)) + (problems.Count > 20 ? $"{Environment.NewLine}… and {problems.Count - 20} more" : ""))
            : new SweepDesign(paths, points, lines);
    }

    /// <summary>
    /// The dimensions of a sweep over this design, for its columns, manifest and charts: a numeric column as its range
    /// (<c>key=LOW:HIGH</c>), any other (dates) as its distinct values.
    /// </summary>
    public IReadOnlyList<SweepDimension> Dimensions() => Paths.Select((path, i) =>
    {
        var texts = Points.Select(p => p[i]).ToArray();
        var numbers = texts.Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : (double?)null).ToArray();
        var whole = ScenarioPaths.TakesWholeNumber(path);
        return numbers.All(n => n is not null)
            ? new SweepDimension(path, null, numbers.Min(n => n!.Value), numbers.Max(n => n!.Value), null, whole)
            : new SweepDimension(path, texts.Distinct(StringComparer.Ordinal).ToArray(), 0, 0, null, whole);
    }).ToArray();

    /// <summary>
    /// The scenario at point <paramref name="index"/> (the file's text with the command line's overrides and the point's
    /// values), checked; a problem is reported at the point's line of the design.
    /// </summary>
    public Scenario ScenarioAt(int index, string text, string file, IReadOnlyList<ScenarioOverride> overrides, string designFile)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var point = Points[index];
        try
        {
            return ScenarioLoader.Parse(text, file, [.. overrides, .. Paths.Select((p, i) => new ScenarioOverride(p, point[i]))]);
        }
        catch (ScenarioException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{designFile}:{Lines[index]}");
            throw new ScenarioException(e.Diagnostics.Select(d => d with { File = where, Line = 0, Column = 0, Override = null, Path = d.Override ?? d.Path }).ToArray());
        }
    }
}
