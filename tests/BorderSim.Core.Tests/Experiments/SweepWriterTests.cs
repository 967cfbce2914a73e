using System.Globalization;
using BorderSim.Core.Experiments;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>
/// sweep.csv and points.csv read back as a user's script reads them, from a hand-built sweep
/// (<see cref="HandBuiltExperiments.Sweep"/>: give-up rates 0.1 and 0.9, two replicates each, key figure k
/// 10·k + 100·point + 2·replicate). A sweep that runs is in <see cref="SweepTests"/>, the command in the CLI tests.
/// </summary>
public sealed class SweepWriterTests
{
    private static Dictionary<string, string[][]> Written(SweepData data)
    {
        var files = new Dictionary<string, StringWriter>(StringComparer.Ordinal);
        SweepWriter.Write(data, name => files[name] = new StringWriter(CultureInfo.InvariantCulture));
        return files.ToDictionary(f => f.Key, f => Table(f.Value.ToString()), StringComparer.Ordinal);
    }

    private static string[][] Table(string text)
    {
        var lines = text.Split('\n');
        Assert.Equal("", lines[^1]); // every row ends with \n
        return lines[..^1].Select(l => l.Split(',')).ToArray();
    }

    [Fact]
    public void A_complete_sweep_writes_sweep_csv_and_points_csv_and_a_slice_only_sweep_csv()
    {
        var whole = HandBuiltExperiments.Sweep(0, 1, 2, 3);
        Assert.Equal([SweepWriter.SweepCsv, SweepWriter.PointsCsv], SweepWriter.Files(whole));
        Assert.Equal([SweepWriter.PointsCsv, SweepWriter.SweepCsv], Written(whole).Keys.Order(StringComparer.Ordinal));

        var slice = HandBuiltExperiments.Sweep(2, 3) with { Shard = new Shard(2, 2) };
        Assert.Equal([SweepWriter.SweepCsv], SweepWriter.Files(slice));
        var rows = Assert.Single(Written(slice)).Value;
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public void Sweep_csv_has_a_row_per_point_and_replicate_with_the_varied_value_the_seed_and_every_key_figure()
    {
        var table = Written(HandBuiltExperiments.Sweep(0, 1, 2, 3))[SweepWriter.SweepCsv];
        var header = table[0];
        Assert.Equal(["point", "behaviour.give_up_rate_per_day", "replicate", "seed", "peak_stranded", "peak_stranded_date", "stranded_person_days"], header[..7]);
        Assert.Equal("shelter_admissions", header[^1]);
        Assert.Equal(5, table.Length);

        // Point 1, replicate 1: the rate 0.9, seed 8 (the same as replicate 1 of point 0), key figure k 10·k + 102.
        var row = table[4];
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(["1", "0.9", "1", "8", "102", "", "112"], row[..7]);
        Assert.Equal("232", row[^1]);
        Assert.Equal("8", table[2][3]);
    }

    [Fact]
    public void Points_csv_has_a_row_per_point_with_each_key_figures_mean_median_and_90_percent_interval()
    {
        var table = Written(HandBuiltExperiments.Sweep(0, 1, 2, 3))[SweepWriter.PointsCsv];
        var header = table[0];
        Assert.Equal(["point", "behaviour.give_up_rate_per_day", "n_replicates", "peak_stranded_mean", "peak_stranded_p5", "peak_stranded_p50", "peak_stranded_p95"], header[..7]);
        Assert.Equal(3, table.Length);

        // Point 1's peak_stranded over its replicates, 100 and 102: mean and median 101, 90% interval (R7) 100.1 to 101.9.
        var point = table[2];
        Assert.Equal(header.Length, point.Length);
        Assert.Equal(["1", "0.9", "2", "101", "100.1", "101", "101.9"], point[..7]);
        Assert.Equal(["231", "230.1", "231", "231.9"], point[^4..]);
        Assert.Equal(["0", "0.1", "2", "1", "0.1", "1", "1.9"], table[1][..7]);
    }
}
