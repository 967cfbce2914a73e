using BorderSim.Core.Engine;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Experiments;

/// <summary>
/// Runs replicates of a scenario: replicate i uses seed <see cref="RandomStreams.ReplicateSeed"/>(seed, i) and its
/// own simulation, so the results are the same whatever the number of threads or machines.
/// </summary>
public static class Ensemble
{
    public static EnsembleData Run(
        Scenario resolved,
        IReadOnlyList<Observation> observations,
        int replicates,
        Shard shard,
        int parallelism,
        CancellationToken cancellation = default,
        Action? replicateDone = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var tick = TickLength.Parse(resolved.Tick);
        var (start, end) = shard.Range(replicates);
        var results = new ReplicateData[end - start];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        Parallel.For(start, end, options, i =>
        {
            var seed = RandomStreams.ReplicateSeed(resolved.Seed, i);
            var result = new Simulation(resolved, seed, tick).Run().WithObservations(observations);
            results[i - start] = ReplicateData.From(i, seed, result);
            replicateDone?.Invoke();
        });

        var calendar = new SimulationCalendar(resolved.Window.Start, resolved.Window.End, tick);
        return new EnsembleData
        {
            Scenario = resolved,
            TotalReplicates = replicates,
            Shard = shard,
            Dates = Enumerable.Range(0, calendar.Days).Select(calendar.DateOfDay).ToArray(),
            Observations = observations,
            Replicates = results,
        };
    }

    /// <summary>Joins slices of one ensemble into the whole, checking that they cover every replicate exactly once.</summary>
    public static EnsembleData Merge(IReadOnlyList<EnsembleData> slices)
    {
        if (slices.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(slices));
        }

        var first = slices[0];
        var all = slices.SelectMany(s => s.Replicates).OrderBy(r => r.Index).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Index != i)
            {
                throw new InvalidDataException(i < all[i].Index
                    ? $"replicate {i} is missing from the slices"
                    : $"replicate {all[i].Index} appears in more than one slice");
            }
        }

        if (all.Length != first.TotalReplicates)
        {
            throw new InvalidDataException($"the slices hold {all.Length} of {first.TotalReplicates} replicates");
        }

        return first with { Shard = Shard.Whole, Replicates = all };
    }
}
