using System.Globalization;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>Reads back the replicates of an ensemble slice from replicates.csv and key_figures.csv, exactly as written.</summary>
public static class EnsembleReader
{
    public static EnsembleData Read(Scenario resolved, IReadOnlyList<Observation> observations, int totalReplicates, Shard shard, string replicatesCsv, string keyFiguresCsv)
    {
        var expectedHeader = "replicate,seed,date," + string.Join(',', DailyColumns.All.Select(c => c.Name));
        var lines = Lines(replicatesCsv);
        if (lines.Length == 0 || lines[0] != expectedHeader)
        {
            throw new InvalidDataException($"{EnsembleWriter.ReplicatesCsv}: unexpected header (written by another version of BorderSim?)");
        }

        var dates = new List<DateOnly>();
        var daily = new SortedDictionary<int, (ulong Seed, List<long[]> Rows)>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var index = int.Parse(f[0], CultureInfo.InvariantCulture);
            var seed = ulong.Parse(f[1], CultureInfo.InvariantCulture);
            if (!daily.TryGetValue(index, out var entry))
            {
                entry = (seed, []);
                daily[index] = entry;
            }

            if (index == daily.Keys.First())
            {
                dates.Add(DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            entry.Rows.Add(f.Skip(3).Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray());
        }

        var figures = new Dictionary<int, KeyFigures>();
        foreach (var line in Lines(keyFiguresCsv).Skip(1))
        {
            var f = line.Split(',');
            figures[int.Parse(f[0], CultureInfo.InvariantCulture)] = KeyFigures.Parse(f.Skip(2).ToArray());
        }

        var replicates = daily.Select(kv => new ReplicateData(
            kv.Key,
            kv.Value.Seed,
            kv.Value.Rows.ToArray(),
            figures.TryGetValue(kv.Key, out var k) ? k : throw new InvalidDataException($"{EnsembleWriter.KeyFiguresCsv}: replicate {kv.Key} is missing")))
            .ToArray();
        return new EnsembleData
        {
            Scenario = resolved,
            TotalReplicates = totalReplicates,
            Shard = shard,
            Dates = dates,
            Observations = observations,
            Replicates = replicates,
        };
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
