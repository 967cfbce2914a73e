using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Sensitivity;

/// <summary>The key figures at one point of a design: their means over the replicates and the standard error of each mean (NaN with one replicate).</summary>
public sealed record PointOutputs(int Point, double[] Means, double[] StandardErrors)
{
    /// <summary>The variance of each mean that comes from the replicates' noise: the standard error squared.</summary>
    public double[] NoiseVariances => StandardErrors.Select(se => se * se).ToArray();
}

/// <summary>
/// Runs BorderSim at the points of a sensitivity design: each point's scenario (the file with the command line's
/// overrides and the point's values) R times, replicate r with the same seed at every point (common random numbers),
/// keeping only the key figures of each run (never its daily rows), so memory does not grow with the runs.
/// </summary>
public static class ModelEvaluation
{
    /// <summary>The key figures analysed, as <see cref="KeyFigureDefinitions"/> names them.</summary>
    public static readonly string[] Outputs = ["peak_stranded", "stranded_person_days", "crossed_irregular", "returned_inland", "left_by_corridor", "queued_person_days"];

    /// <summary>The base samples (Sobol) or trajectories (Morris) of slice <paramref name="shard"/>: first and one past the last.</summary>
    public static (int Start, int End) Blocks(SensitivityDesign design, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(design);
        return shard.Range(design.Samples);
    }

    /// <summary>
    /// Checks that the scenario is valid with each parameter alone at either end of its range, and with all of them at
    /// their low and at their high ends; throws <see cref="ScenarioException"/> (naming the point) if not.
    /// </summary>
    public static void CheckRanges(ScenarioText source, IReadOnlyList<UncertainParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(parameters);
        var middle = parameters.Select(p => p.ScenarioValue).ToArray();
        var points = new List<double[]> { parameters.Select(p => p.Low).ToArray(), parameters.Select(p => p.High).ToArray() };
        for (var i = 0; i < parameters.Count; i++)
        {
            foreach (var end in new[] { parameters[i].Low, parameters[i].High })
            {
                var point = (double[])middle.Clone();
                point[i] = end;
                points.Add(point);
            }
        }

        foreach (var point in points)
        {
            source.At(parameters, point);
        }
    }

    /// <summary>Runs the points of blocks [<paramref name="blocks"/>) of the design; results in the order of the points.</summary>
    public static PointOutputs[] Run(
        ScenarioText source,
        IReadOnlyList<UncertainParameter> parameters,
        SensitivityDesign design,
        (int Start, int End) blocks,
        int replicates,
        ulong? seed,
        TickLength? tick,
        int parallelism,
        CancellationToken cancellation = default,
        Action? runDone = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var first = blocks.Start * design.BlockSize;
        var results = new PointOutputs[(blocks.End - blocks.Start) * design.BlockSize];
        var indices = Outputs.Select(KeyFigureDefinitions.IndexOf).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        Parallel.For(0, results.Length, options, item =>
        {
            var point = first + item;
            var values = UncertainPoints.FromUnit(parameters, design.Points[point]);
            var scenario = ScenarioRunner.Resolve(source.At(parameters, values), seed, tick);
            var tickLength = TickLength.Parse(scenario.Tick);
            var runs = new double[replicates][];
            for (var r = 0; r < replicates; r++)
            {
                cancellation.ThrowIfCancellationRequested();
                var summary = new Simulation(scenario, RandomStreams.ReplicateSeed(scenario.Seed, r), tickLength).Run().Summary;
                runs[r] = indices.Select(i => KeyFigureDefinitions.All[i].Read(summary)).ToArray();
                runDone?.Invoke();
            }

            var means = new double[indices.Length];
            var noise = new double[indices.Length];
            for (var o = 0; o < indices.Length; o++)
            {
                var column = runs.Select(run => run[o]).ToArray();
                means[o] = column.Average();
                noise[o] = replicates > 1 ? Math.Sqrt(column.Sum(x => (x - means[o]) * (x - means[o])) / (replicates - 1) / replicates) : double.NaN;
            }

            results[item] = new PointOutputs(point, means, noise);
        });

        return results;
    }
}

/// <summary>A scenario file's text, its name and the command line's overrides: what a point's values are applied to.</summary>
public sealed record ScenarioText(string Text, string File, IReadOnlyList<ScenarioOverride> Overrides)
{
    /// <summary>The scenario at the point (values per parameter); a point that makes it invalid throws <see cref="ScenarioException"/> naming the point.</summary>
    public Scenario At(IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> values)
    {
        try
        {
            return UncertainPoints.Apply(Text, File, Overrides, parameters, values);
        }
        catch (ScenarioException e)
        {
            var point = string.Join(", ", UncertainPoints.Overrides(parameters, values));
            throw new ScenarioException(e.Diagnostics.Select(d => d with { Message = $"{d.Message} (at the point {point}: the uncertainty ranges allow a scenario that is not valid; narrow them)" }).ToArray());
        }
    }
}
