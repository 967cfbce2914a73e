using BorderSim.Core.Engine;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Experiments;

/// <summary>One replicate at one point of a sweep.</summary>
public sealed record SweepRow(int Point, int Replicate, ulong Seed, KeyFigures Figures);

/// <summary>A sweep's points and the rows computed so far (all of them, or one slice's).</summary>
public sealed record SweepData
{
    public required IReadOnlyList<SweepDimension> Dimensions { get; init; }

    public required IReadOnlyList<string[]> Points { get; init; }

    public required int Replicates { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    public required Shard Shard { get; init; }

    public required IReadOnlyList<SweepRow> Rows { get; init; }

    public bool IsComplete => Rows.Count == Points.Count * Replicates;
}

/// <summary>
/// Runs each point of a sweep <c>R</c> times. Replicate r of every point uses the same seed (common random numbers),
/// so differences between points come from the parameters, not from the draws.
/// </summary>
public static class Sweep
{
    /// <summary>The scenario of each point (scenario text with the base overrides and the point's values), checked before anything runs.</summary>
    public static Scenario[] Scenarios(string text, string file, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<SweepDimension> dimensions, IReadOnlyList<string[]> points, ulong? seed, TickLength? tick) =>
        points.Select(p => ScenarioRunner.Resolve(
                ScenarioLoader.Parse(text, file, [.. overrides, .. dimensions.Select((d, i) => new ScenarioOverride(d.Path, p[i]))]),
                seed,
                tick))
            .ToArray();

    public static SweepData Run(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<SweepDimension> dimensions,
        IReadOnlyList<string[]> points,
        IReadOnlyList<Observation> observations,
        int replicates,
        Shard shard,
        int parallelism,
        CancellationToken cancellation = default,
        Action? itemDone = null)
    {
        var (start, end) = shard.Range(points.Count * replicates);
        var rows = new SweepRow[end - start];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        Parallel.For(start, end, options, item =>
        {
            var point = item / replicates;
            var replicate = item % replicates;
            var scenario = scenarios[point];
            var seed = RandomStreams.ReplicateSeed(scenario.Seed, replicate);
            var result = new Simulation(scenario, seed, TickLength.Parse(scenario.Tick)).Run().WithObservations(observations);
            rows[item - start] = new SweepRow(point, replicate, seed, KeyFigures.From(result.Summary));
            itemDone?.Invoke();
        });

        return new SweepData
        {
            Dimensions = dimensions,
            Points = points,
            Replicates = replicates,
            Observations = observations,
            Shard = shard,
            Rows = rows,
        };
    }

    public static SweepData Merge(IReadOnlyList<SweepData> slices)
    {
        var first = slices[0];
        var rows = slices.SelectMany(s => s.Rows).OrderBy(r => r.Point).ThenBy(r => r.Replicate).ToArray();
        var expected = first.Points.Count * first.Replicates;
        for (var i = 0; i < rows.Length; i++)
        {
            var item = (rows[i].Point * first.Replicates) + rows[i].Replicate;
            if (item != i)
            {
                throw new InvalidDataException(item > i
                    ? $"point {i / first.Replicates}, replicate {i % first.Replicates} is missing from the slices"
                    : $"point {rows[i].Point}, replicate {rows[i].Replicate} appears in more than one slice");
            }
        }

        if (rows.Length != expected)
        {
            throw new InvalidDataException($"the slices hold {rows.Length} of {expected} runs");
        }

        return first with { Shard = Shard.Whole, Rows = rows };
    }
}
