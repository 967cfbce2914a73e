using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Experiments;

/// <summary>One replicate as an ensemble keeps it: its daily rows (daily.csv's columns) and its key figures.</summary>
public sealed record ReplicateData(int Index, ulong Seed, long[][] Daily, KeyFigures Figures)
{
    public static ReplicateData From(int index, ulong seed, RunResult result)
    {
        var daily = new long[result.Days.Count][];
        for (var d = 0; d < daily.Length; d++)
        {
            var row = new long[DailyColumns.All.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = DailyColumns.All[c].Value(result.Days[d]);
            }

            daily[d] = row;
        }

        return new ReplicateData(index, seed, daily, KeyFigures.From(result.Summary));
    }
}

/// <summary>The replicates of an ensemble (or of one slice of it), in replicate order.</summary>
public sealed record EnsembleData
{
    public required Scenario Scenario { get; init; }

    public required int TotalReplicates { get; init; }

    public required Shard Shard { get; init; }

    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    public required IReadOnlyList<ReplicateData> Replicates { get; init; }

    public bool IsComplete => Replicates.Count == TotalReplicates;
}
