using BorderSim.Core.Randomness;

namespace BorderSim.Core.Sensitivity;

/// <summary>The indices of every parameter for one output, and how much of the output's variance across points is noise.</summary>
public sealed record OutputSensitivity
{
    public required string Output { get; init; }

    public required IReadOnlyList<SensitivityIndex> Indices { get; init; }

    /// <summary>The variance of the output (its mean over replicates) across the design's points.</summary>
    public required double Variance { get; init; }

    /// <summary>The variance of a point's mean that comes from the replicates' randomness: the mean within-point variance over R (NaN with one replicate).</summary>
    public required double NoiseVariance { get; init; }

    /// <summary><see cref="NoiseVariance"/> over <see cref="Variance"/>: the share of the variance that is noise, not the parameters.</summary>
    public double NoiseShare => Variance > 0 ? NoiseVariance / Variance : double.NaN;

    /// <summary>Whether the output varies at all across the points (else it has no indices to speak of).</summary>
    public bool Varies => Variance > 0;
}

/// <summary>
/// Turns the outputs at a design's points into indices, for any model: BorderSim's key figures or a known test
/// function (Ishigami, Sobol's G) go through the same code. Deterministic for a seed.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>The usual coverage of the intervals.</summary>
    public const double Confidence = 0.95;

    /// <summary>Bootstrap resamples behind each interval.</summary>
    public const int Resamples = 1000;

    /// <param name="design">The design the outputs were computed at.</param>
    /// <param name="names">The outputs' names.</param>
    /// <param name="means">Per point, the mean of each output over the replicates.</param>
    /// <param name="noiseVariances">Per point, each output's variance over the replicates divided by their number (null or NaN: not known, one replicate).</param>
    /// <param name="seed">Seeds the bootstrap.</param>
    public static IReadOnlyList<OutputSensitivity> Analyze(SensitivityDesign design, IReadOnlyList<string> names, IReadOnlyList<double[]> means, IReadOnlyList<double[]>? noiseVariances, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(means);
        if (means.Count != design.Points.Count)
        {
            throw new ArgumentException($"expected outputs at each of the design's {design.Points.Count} points, found {means.Count}");
        }

        var resamples = Bootstrap.Resamples(design.Samples, Resamples, new RandomStream(SplitMix64.Derive(seed, 0xB005_7000UL)));
        var result = new List<OutputSensitivity>(names.Count);
        for (var o = 0; o < names.Count; o++)
        {
            var output = o;
            var y = means.Select(m => m[output]).ToArray();
            var indices = design.Method == SensitivityMethod.Sobol
                ? SobolIndices.Analyze(design, y, resamples, Confidence)
                : MorrisEffects.Analyze(design, y, resamples, Confidence);
            var noise = noiseVariances is null ? double.NaN : noiseVariances.Average(v => v[output]);
            result.Add(new OutputSensitivity { Output = names[o], Indices = indices, Variance = Variance(y), NoiseVariance = noise });
        }

        return result;
    }

    /// <summary>Population variance (two-pass).</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Count;
    }
}
