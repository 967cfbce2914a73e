using System.Globalization;
using BorderSim.Core.Experiments;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sweeps;

/// <summary>A key figure at one point of a sweep: the mean and the 5th, 50th and 95th percentiles of its runs.</summary>
public readonly record struct FigureStats(double Mean, double P5, double P50, double P95);

/// <summary>One point of a sweep: the values of the varied parameters (as written), its runs and its key figures.</summary>
public sealed record SweepPoint(IReadOnlyList<string> Values, int Replicates, IReadOnlyDictionary<string, FigureStats> Figures)
{
    public FigureStats this[string figure] => Figures[figure];
}

/// <summary>
/// points.csv of a sweep: <c>point</c>, each varied parameter (its column name: <c>policies_2.duration_days</c> for
/// <c>policies[2].duration_days</c>), <c>n_replicates</c>, then <c>F_mean</c>, <c>F_p5</c>, <c>F_p50</c>, <c>F_p95</c> of
/// each key figure F. Files written before the columns were renamed (with <c>replicates</c> and bracketed key paths) read too.
/// </summary>
public static class SweepPoints
{
    public const string FileName = SweepWriter.PointsCsv;

    public static readonly IReadOnlyList<string> Suffixes = ["_mean", "_p5", "_p50", "_p95"];

    /// <summary>The varied parameters' key paths and the points; figures lacking any of the four columns are left out.</summary>
    public static (IReadOnlyList<string> Parameters, IReadOnlyList<SweepPoint> Points) Parse(string text, string fileName = FileName)
    {
        var (header, rows) = CsvText.Read(text, fileName);
        var replicates = Array.IndexOf(header, "n_replicates") is var n and >= 0 ? n : Array.IndexOf(header, "replicates");
        if (header[0] != "point" || replicates < 2)
        {
            throw new ResultsFormatException($"{fileName}: expected the columns point, the varied parameters, n_replicates, then the key figures; found {string.Join(",", header.Take(4))}….");
        }
        if (rows.Count == 0)
        {
            throw new ResultsFormatException($"{fileName} has a header but no points.");
        }
        var parameters = header[1..replicates].Select(Core.Experiments.SweepDimension.PathOfColumn).ToArray();
        var figures = header.Skip(replicates + 1)
            .Where(h => h.EndsWith("_mean", StringComparison.Ordinal))
            .Select(h => h[..^"_mean".Length])
            .Where(f => Suffixes.All(s => header.Contains(f + s)))
            .ToArray();
        var points = new List<SweepPoint>(rows.Count);
        foreach (var (line, cells) in rows)
        {
            if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                || !int.TryParse(cells[replicates], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
            {
                throw new ResultsFormatException($"{fileName} line {line}: the point '{cells[0]}' and its replicates '{cells[replicates]}' must be whole numbers (replicates at least 1).");
            }
            if (cells[1..replicates].Any(v => v.Length == 0))
            {
                throw new ResultsFormatException($"{fileName} line {line}: a varied parameter has no value.");
            }
            var stats = new Dictionary<string, FigureStats>(StringComparer.Ordinal);
            foreach (var figure in figures)
            {
                double Cell(string suffix)
                {
                    var column = Array.IndexOf(header, figure + suffix);
                    return CsvText.Number(cells[column], fileName, line, figure + suffix);
                }
                stats[figure] = new FigureStats(Cell("_mean"), Cell("_p5"), Cell("_p50"), Cell("_p95"));
            }
            points.Add(new SweepPoint(cells[1..replicates], runs, stats));
        }
        return (parameters, points);
    }
}
