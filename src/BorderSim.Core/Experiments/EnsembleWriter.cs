using System.Globalization;
using System.Text;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>
/// Writes an ensemble: replicates.csv and key_figures.csv (every replicate, long format) always; daily.csv
/// (mean and percentiles of each daily column) and summary.json only for a complete ensemble, not for a slice.
/// </summary>
public static class EnsembleWriter
{
    public const string ReplicatesCsv = "replicates.csv";
    public const string KeyFiguresCsv = "key_figures.csv";

    public static IReadOnlyList<string> Files(EnsembleData data) => data.IsComplete
        ? [ResultWriter.DailyCsv, ReplicatesCsv, KeyFiguresCsv, ResultWriter.SummaryJson]
        : [ReplicatesCsv, KeyFiguresCsv];

    public static void Write(EnsembleData data, Func<string, TextWriter> open)
    {
        using (var w = open(ReplicatesCsv))
        {
            WriteReplicates(data, w);
        }

        using (var w = open(KeyFiguresCsv))
        {
            WriteKeyFigures(data, w);
        }

        if (data.IsComplete)
        {
            using (var w = open(ResultWriter.DailyCsv))
            {
                WriteDailyPercentiles(data, w);
            }

            using (var w = open(ResultWriter.SummaryJson))
            {
                w.Write(ScenarioJson.Serialize(EnsembleSummary.From(data)));
            }
        }
    }

    public static void WriteReplicates(EnsembleData data, TextWriter writer)
    {
        var line = new StringBuilder("replicate,seed,date");
        foreach (var column in DailyColumns.All)
        {
            line.Append(',').Append(column.Name);
        }

        writer.Write(line.Append('\n'));
        foreach (var replicate in data.Replicates)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{replicate.Index},{replicate.Seed},");
            for (var d = 0; d < data.Dates.Count; d++)
            {
                line.Clear().Append(prefix).Append(data.Dates[d].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var value in replicate.Daily[d])
                {
                    line.Append(',').Append(value.ToString(CultureInfo.InvariantCulture));
                }

                writer.Write(line.Append('\n'));
            }
        }
    }

    public static void WriteKeyFigures(EnsembleData data, TextWriter writer)
    {
        writer.Write(string.Join(',', new[] { "replicate", "seed" }.Concat(KeyFigures.Header(data.Observations))) + "\n");
        foreach (var replicate in data.Replicates)
        {
            var fields = new[] { replicate.Index.ToString(CultureInfo.InvariantCulture), replicate.Seed.ToString(CultureInfo.InvariantCulture) }
                .Concat(replicate.Figures.Fields());
            writer.Write(string.Join(',', fields) + "\n");
        }
    }

    /// <summary>daily.csv of an ensemble: for each daily column M, M_mean, M_p5, M_p25, M_p50, M_p75, M_p95.</summary>
    public static void WriteDailyPercentiles(EnsembleData data, TextWriter writer)
    {
        var line = new StringBuilder("date");
        foreach (var column in DailyColumns.All)
        {
            line.Append(',').Append(column.Name).Append("_mean");
            foreach (var suffix in Quantiles.Suffixes)
            {
                line.Append(',').Append(column.Name).Append('_').Append(suffix);
            }
        }

        writer.Write(line.Append('\n'));
        var values = new double[data.Replicates.Count];
        for (var d = 0; d < data.Dates.Count; d++)
        {
            line.Clear().Append(data.Dates[d].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (var c = 0; c < DailyColumns.All.Count; c++)
            {
                for (var r = 0; r < values.Length; r++)
                {
                    values[r] = data.Replicates[r].Daily[d][c];
                }

                var distribution = Quantiles.Describe(values);
                line.Append(',').Append(Format(distribution.Mean))
                    .Append(',').Append(Format(distribution.P5))
                    .Append(',').Append(Format(distribution.P25))
                    .Append(',').Append(Format(distribution.P50))
                    .Append(',').Append(Format(distribution.P75))
                    .Append(',').Append(Format(distribution.P95));
            }

            writer.Write(line.Append('\n'));
        }
    }

    private static string Format(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
