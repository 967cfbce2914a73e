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
