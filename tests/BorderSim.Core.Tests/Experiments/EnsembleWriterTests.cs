using System.Globalization;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>
/// The files an ensemble writes, read back as a user's script reads them, from hand-built replicates
/// (<see cref="HandBuiltExperiments"/>). The command's end-to-end run is in the CLI tests.
/// </summary>
public sealed class EnsembleWriterTests
{
    private static Dictionary<string, string> Written(EnsembleData data)
    {
        var files = new Dictionary<string, StringWriter>(StringComparer.Ordinal);
        EnsembleWriter.Write(data, name => files[name] = new StringWriter(CultureInfo.InvariantCulture));
        return files.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }

    [Fact]
    public void A_complete_ensemble_writes_its_four_files_and_a_slice_only_its_replicates_and_key_figures()
    {
        var whole = HandBuiltExperiments.Ensemble(3);
        Assert.Equal([ResultWriter.DailyCsv, EnsembleWriter.ReplicatesCsv, EnsembleWriter.KeyFiguresCsv, ResultWriter.SummaryJson], EnsembleWriter.Files(whole));
        Assert.Equal(EnsembleWriter.Files(whole).Order(StringComparer.Ordinal), Written(whole).Keys.Order(StringComparer.Ordinal));

        var slice = HandBuiltExperiments.Ensemble(3, new Shard(1, 2), 0, 1);
        Assert.Equal([EnsembleWriter.ReplicatesCsv, EnsembleWriter.KeyFiguresCsv], EnsembleWriter.Files(slice));
        Assert.Equal(EnsembleWriter.Files(slice).Order(StringComparer.Ordinal), Written(slice).Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Column c on day d of replicate i is 100·i + 10·d + c: the three replicates' stranded (c = 0) on 1 December are 0,
    /// 100 and 200, whose mean is 100 and whose R7 percentiles 5, 25, 50, 75 and 95 are 10, 50, 100, 150 and 190.
    /// </summary>
    [Fact]
    public void Daily_csv_gives_each_days_mean_and_percentiles_of_every_column_across_the_replicates()
    {
        var lines = Written(HandBuiltExperiments.Ensemble(3))[ResultWriter.DailyCsv].Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal(["date", "stranded_mean", "stranded_p5", "stranded_p25", "stranded_p50", "stranded_p75", "stranded_p95", "stranded_vulnerable_mean"], header[..8]);
        Assert.Equal("total_intercepted_p95", header[^1]);
        Assert.Equal(1 + (6 * DailyColumns.All.Count), header.Length);
        Assert.Equal(["2025-12-01", "100", "10", "50", "100", "150", "190", "101"], lines[1].Split(',')[..8]);
        Assert.Equal("2025-12-02", lines[2].Split(',')[0]);
    }

    [Fact]
    public void Replicates_csv_has_a_row_per_replicate_and_day_and_summary_json_says_it_is_an_ensembles()
    {
        var files = Written(HandBuiltExperiments.Ensemble(3));
        var lines = files[EnsembleWriter.ReplicatesCsv].Split('\n');
        Assert.Equal(["replicate", "seed", "date", "stranded", "stranded_vulnerable"], lines[0].Split(',')[..5]);
        Assert.Equal(1 + (3 * 2) + 1, lines.Length); // the header, 3 replicates of 2 days, and the last line's end
        Assert.Equal(["2", "1002", "2025-12-02", "210", "211"], lines[6].Split(',')[..5]); // column c: 100·2 + 10·1 + c

        var summary = System.Text.Json.Nodes.JsonNode.Parse(files[ResultWriter.SummaryJson])!;
        Assert.Equal("ensemble", (string?)summary["kind"]);
        Assert.Equal(3, (int)summary["replicates"]!);
    }

    [Fact]
    public void Key_figures_csv_has_a_row_per_replicate_with_its_seed_its_figures_and_its_value_at_each_observation()
    {
        var lines = Written(HandBuiltExperiments.Ensemble(3))[EnsembleWriter.KeyFiguresCsv].Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal(["replicate", "seed", "peak_stranded", "peak_stranded_date", "stranded_person_days"], header[..5]);
        Assert.Equal("sim_stranded_20251202", header[^1]);
        Assert.Equal(2 + KeyFigures.NumericNames.Length + 1 + 1, header.Length);
        Assert.Equal("", lines[^1]); // every row ends with \n
        var rows = lines[1..^1].Select(l => l.Split(',')).ToArray();
        Assert.Equal(3, rows.Length);

        // Replicate 2: seed 1002, key figure k is 10·k + 4, its peak on 2 December, 2.5 at the observation.
        var row = rows[2];
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(["2", "1002", "4", "2025-12-02", "14"], row[..5]);
        Assert.Equal("134", row[Array.IndexOf(header, "shelter_admissions")]);
        Assert.Equal("2.5", row[^1]);

        // Replicate 1 has no peak date and no value at the observation: those fields are empty, not "null" or 0.
        Assert.Equal("", rows[1][Array.IndexOf(header, "peak_stranded_date")]);
        Assert.Equal("", rows[1][^1]);
        Assert.Equal("1", rows[1][2]);
    }
}
