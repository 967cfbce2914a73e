using System.Globalization;
using System.Text;

namespace BorderSim.Core.Experiments;

/// <summary>
/// Writes a sweep in tidy long form: sweep.csv has one row per point and replicate (every varied parameter, the seed,
/// every key figure); points.csv one row per point with the number of replicates and the mean and 90% interval of each
/// key figure. Varied parameters are columns named by <see cref="SweepDimension.ColumnName"/>.
/// </summary>
public static class SweepWriter
{
    public const string SweepCsv = "sweep.csv";
    public const string PointsCsv = "points.csv";

    public static IReadOnlyList<string> Files(SweepData data) => data.IsComplete ? [SweepCsv, PointsCsv] : [SweepCsv];

    public static void Write(SweepData data, Func<string, TextWriter> open)
    {
        using (var w = open(SweepCsv))
        {
            WriteRows(data, w);
        }

        if (data.IsComplete)
        {
            using var w = open(PointsCsv);
            WritePoints(data, w);
        }
    }

    public static void WriteRows(SweepData data, TextWriter writer)
    {
        var header = new[] { "point" }.Concat(data.Dimensions.Select(d => d.Column)).Concat(["replicate", "seed"]).Concat(KeyFigures.Header(data.Observations));
        writer.Write(string.Join(',', header) + "\n");
        foreach (var row in data.Rows)
        {
            var fields = new[] { row.Point.ToString(CultureInfo.InvariantCulture) }
                .Concat(data.Points[row.Point])
                .Concat([row.Replicate.ToString(CultureInfo.InvariantCulture), row.Seed.ToString(CultureInfo.InvariantCulture)])
                .Concat(row.Figures.Fields());
            writer.Write(string.Join(',', fields) + "\n");
        }
    }

    public static void WritePoints(SweepData data, TextWriter writer)
    {
        var header = new StringBuilder("point");
        foreach (var d in data.Dimensions)
        {
            header.Append(',').Append(d.Column);
        }

        header.Append(",n_replicates");
        foreach (var name in KeyFigures.NumericNames)
        {
            header.Append(',').Append(name).Append("_mean,").Append(name).Append("_p5,").Append(name).Append("_p50,").Append(name).Append("_p95");
        }

        writer.Write(header.Append('\n'));
        foreach (var group in data.Rows.GroupBy(r => r.Point))
        {
            var line = new StringBuilder(group.Key.ToString(CultureInfo.InvariantCulture));
            foreach (var value in data.Points[group.Key])
            {
                line.Append(',').Append(value);
            }

            line.Append(',').Append(group.Count().ToString(CultureInfo.InvariantCulture));
            for (var k = 0; k < KeyFigures.NumericNames.Length; k++)
            {
                var d = Quantiles.Describe(group.Select(r => r.Figures.Numeric(k)));
                line.Append(',').Append(Format(d.Mean)).Append(',').Append(Format(d.P5)).Append(',').Append(Format(d.P50)).Append(',').Append(Format(d.P95));
            }

            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>Reads back the rows of sweep.csv as written (for merging slices).</summary>
    public static IReadOnlyList<SweepRow> ReadRows(string text, int dimensions)
    {
        var rows = new List<SweepRow>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var f = line.Split(',');
            rows.Add(new SweepRow(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                int.Parse(f[1 + dimensions], CultureInfo.InvariantCulture),
                ulong.Parse(f[2 + dimensions], CultureInfo.InvariantCulture),
                KeyFigures.Parse(f.Skip(3 + dimensions).ToArray())));
        }

        return rows;
    }

    private static string Format(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
