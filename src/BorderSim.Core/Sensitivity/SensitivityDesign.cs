using BorderSim.Core.Randomness;

namespace BorderSim.Core.Sensitivity;

/// <summary>
/// The points of a sensitivity analysis in the unit cube (one coordinate per parameter, each a fraction of its
/// distribution: <see cref="Scenarios.UncertainParameter.ValueAt"/> maps it to a value), with the role of each point.
/// Made by <see cref="Sobol"/> or <see cref="Morris"/> from a seeded stream; the same seed gives the same design.
/// </summary>
public sealed record SensitivityDesign
{
    public required SensitivityMethod Method { get; init; }

    /// <summary>Number of parameters (k).</summary>
    public required int Parameters { get; init; }

    /// <summary>Sobol: base samples N (the design has N(k + 2) points). Morris: trajectories r (r(k + 1) points).</summary>
    public required int Samples { get; init; }

    /// <summary>Morris: the number of levels of the grid (p); 0 for Sobol.</summary>
    public int Levels { get; init; }

    /// <summary>The points, each k fractions from 0 to 1.</summary>
    public required IReadOnlyList<double[]> Points { get; init; }

    /// <summary>Points per block: a Sobol base sample (A, B, then A with column i from B, for each i) or a Morris trajectory.</summary>
    public int BlockSize => Method == SensitivityMethod.Sobol ? Parameters + 2 : Parameters + 1;

    /// <summary>Morris: the parameter that changes between point p − 1 and point p of a trajectory (−1 at a trajectory's start). Sobol: empty.</summary>
    public IReadOnlyList<int> Changed { get; init; } = [];

    /// <summary>What point <paramref name="index"/> is: "A", "B", "AB3" (A with parameter 3 from B), or "start", "step".</summary>
    public string Role(int index)
    {
        var within = index % BlockSize;
        return Method == SensitivityMethod.Sobol
            ? within switch { 0 => "A", 1 => "B", _ => "AB" + (within - 2).ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : within == 0 ? "start" : "step";
    }

    /// <summary>Most points in one design (a day of runs on two cores at 10 replicates and a 24h tick).</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>
    /// Saltelli's scheme for Sobol indices: two independent N × k matrices A and B (each point uniform in the cube),
    /// and for each parameter i the matrix A_B^i, A with column i taken from B. Laid out per base sample j:
    /// A_j, B_j, A_B^0_j … A_B^(k−1)_j, so a slice of whole base samples can be run anywhere.
    /// </summary>
    public static SensitivityDesign Sobol(int parameters, int baseSamples, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Check(parameters, baseSamples, (long)baseSamples * (parameters + 2));
        var points = new List<double[]>(baseSamples * (parameters + 2));
        for (var j = 0; j < baseSamples; j++)
        {
            var a = Draw(parameters, random);
            var b = Draw(parameters, random);
            points.Add(a);
            points.Add(b);
            for (var i = 0; i < parameters; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points.Add(ab);
            }
        }

        return new SensitivityDesign { Method = SensitivityMethod.Sobol, Parameters = parameters, Samples = baseSamples, Points = points };
    }

    /// <summary>
    /// Morris's one-at-a-time trajectories on a grid of <paramref name="levels"/> levels (0, 1/(p−1), …, 1), with a step
    /// Δ = p / (2(p − 1)): each trajectory starts at a random grid point from which every step stays in the cube, then
    /// moves each parameter once, in a random order, by +Δ or −Δ (k + 1 points).
    /// </summary>
    public static SensitivityDesign Morris(int parameters, int trajectories, RandomStream random, int levels = 4)
    {
        ArgumentNullException.ThrowIfNull(random);
        Check(parameters, trajectories, (long)trajectories * (parameters + 1));
        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris levels must be even and at least 2.");
        }

        var delta = MorrisDelta(levels);
        var starts = levels / 2; // grid values 0 … (p/2 − 1)/(p − 1) leave room for +Δ
        var points = new List<double[]>(trajectories * (parameters + 1));
        var changed = new List<int>(points.Capacity);
        for (var t = 0; t < trajectories; t++)
        {
            var x = new double[parameters];
            var up = new bool[parameters];
            for (var i = 0; i < parameters; i++)
            {
                var low = random.Next(starts) / (double)(levels - 1);
                up[i] = random.NextUnit() < 0.5;
                x[i] = up[i] ? low : low + delta;
            }

            var order = Enumerable.Range(0, parameters).ToArray();
            for (var i = parameters - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            points.Add((double[])x.Clone());
            changed.Add(-1);
            foreach (var i in order)
            {
                x[i] = up[i] ? x[i] + delta : x[i] - delta;
                points.Add((double[])x.Clone());
                changed.Add(i);
            }
        }

        return new SensitivityDesign { Method = SensitivityMethod.Morris, Parameters = parameters, Samples = trajectories, Levels = levels, Points = points, Changed = changed };
    }

    /// <summary>Morris's step on a grid of p levels: p / (2(p − 1)).</summary>
    public static double MorrisDelta(int levels) => levels / (2.0 * (levels - 1));

    private static double[] Draw(int k, RandomStream random)
    {
        var x = new double[k];
        for (var i = 0; i < k; i++)
        {
            x[i] = random.NextUnit();
        }

        return x;
    }

    private static void Check(int parameters, int samples, long points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        if (points > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, $"The design would have {points} points, more than {MaxPoints}.");
        }
    }
}
