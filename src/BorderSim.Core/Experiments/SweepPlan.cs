using BorderSim.Core.Randomness;

namespace BorderSim.Core.Experiments;

/// <summary>The points of a sweep: each a value (as scenario text) for every varied parameter.</summary>
public static class SweepPlan
{
    /// <summary>Every combination of the dimensions' values, the first dimension varying slowest.</summary>
    public static IReadOnlyList<string[]> Grid(IReadOnlyList<SweepDimension> dimensions)
    {
        IEnumerable<string[]> points = [[]];
        foreach (var d in dimensions)
        {
            if (d.Values is not { } values)
            {
                throw new FormatException($"--vary {d.Path}: a grid needs values (V1,V2 or LOW:HIGH:STEPS); LOW:HIGH alone is for --lhs");
            }

            points = points.SelectMany(p => values.Select(v => (string[])[.. p, v]));
        }

        return points.ToArray();
    }

    /// <summary>
    /// A Latin hypercube of <paramref name="n"/> points over the dimensions' ranges: each range is cut into n equal
    /// strata and each stratum of each dimension holds exactly one point, placed uniformly inside it. Drawn from a
    /// stream derived from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<string[]> LatinHypercube(IReadOnlyList<SweepDimension> dimensions, int n, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var random = new RandomStream(SplitMix64.Derive(seed, 0x1A7E_C0DEUL));
        var points = Enumerable.Range(0, n).Select(_ => new string[dimensions.Count]).ToArray();
        for (var d = 0; d < dimensions.Count; d++)
        {
            var strata = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < n; i++)
            {
                points[i][d] = dimensions[d].At((strata[i] + random.NextUnit()) / n);
            }
        }

        return points;
    }
}
