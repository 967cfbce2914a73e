using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Calibration;

/// <summary>How well the data pin down a parameter: the posterior's 90% interval against the prior's.</summary>
public enum Identification
{
    /// <summary>The posterior's 90% interval is less than 40% as wide as the prior's.</summary>
    Identified,

    /// <summary>40–75% as wide.</summary>
    Weakly,

    /// <summary>At least 75% as wide: the data leave most of the prior range open.</summary>
    NotIdentified,
}

/// <summary>A calibrated parameter's prior and posterior (weighted quantiles of the last population).</summary>
public sealed record ParameterPosterior(Prior Prior, string? ScenarioValue, double Mean, double P5, double P50, double P95, double? ScenarioPercentile)
{
    /// <summary>Posterior 90% width over the prior's.</summary>
    public double WidthRatio => (P95 - P5) / Prior.Width90;

    public Identification Identification => WidthRatio < 0.4 ? Identification.Identified : WidthRatio < 0.75 ? Identification.Weakly : Identification.NotIdentified;

    public string IdentificationText => Identification switch
    {
        Identification.Identified => "identified",
        Identification.Weakly => "weakly identified",
        _ => "not identified",
    };
}

/// <summary>One observation against the posterior predictive and against the scenario as given (5th, 50th, 95th percentiles).</summary>
public sealed record ObservationFit(string Column, Observation Observation, ObservationTarget Target, bool HeldOut, double[] Posterior, double[] AsGiven)
{
    /// <summary>Whether the posterior predictive 90% interval meets the observation's interval.</summary>
    public bool PosteriorWithin => Meets(Posterior);

    public bool AsGivenWithin => Meets(AsGiven);

    private bool Meets(double[] q) => q[2] >= Target.Lower && q[0] <= Target.Upper;
}

/// <summary>A key figure over the whole window: across the posterior (one run per particle, weighted) and across replicates of the scenario as given.</summary>
public sealed record FigureSpread(KeyFigureDefinition Definition, double[] Posterior, double[] AsGiven);

/// <summary>The numbers every output of a calibration reports, computed once.</summary>
public sealed record CalibrationSummary(IReadOnlyList<ParameterPosterior> Parameters, IReadOnlyList<ObservationFit> Fits, IReadOnlyList<FigureSpread> Figures)
{
    public static readonly double[] Levels = [0.05, 0.5, 0.95];

    /// <summary>The key figures the summary reports.</summary>
    public static readonly string[] Headline = ["peak_stranded", "stranded_person_days", "crossed_irregular", "returned_inland", "queued_person_days", "left_by_corridor"];

    public static CalibrationSummary Of(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var weights = result.Weights;
        var particles = result.Abc.Particles;
        var parameters = result.Setup.Priors.Select((prior, d) =>
        {
            var values = particles.Select(p => p.Parameters[d]).ToArray();
            var given = prior.Parameter.Value;
            var x = prior.Parameter.ScenarioValue;
            double? percentile = double.IsNaN(x) ? null : values.Select((v, i) => v <= x ? weights[i] : 0).Sum();
            return new ParameterPosterior(prior, given, WeightedStatistics.Mean(values, weights),
                WeightedStatistics.Quantile(values, weights, 0.05), WeightedStatistics.Quantile(values, weights, 0.5), WeightedStatistics.Quantile(values, weights, 0.95), percentile);
        }).ToArray();

        var columns = result.ObservationColumns;
        var fits = result.Setup.Observations.Select((o, i) => new ObservationFit(
            columns[i],
            o,
            ObservationTarget.From(o, columns[i]),
            result.Setup.HeldOut[i],
            Weighted(particles.Select(p => p.Outputs[i]).ToArray(), weights),
            Plain(result.AsGiven.Select(r => r.Figures.Observations[i] ?? double.NaN)))).ToArray();

        var figures = Headline.Select(name => new FigureSpread(
            KeyFigureDefinitions.Find(name)!,
            Weighted(result.Predictive.Select(r => r.Figures[name]).ToArray(), weights),
            Plain(result.AsGiven.Select(r => r.Figures[name])))).ToArray();
        return new CalibrationSummary(parameters, fits, figures);
    }

    /// <summary>Weighted 5th, 50th and 95th percentiles.</summary>
    public static double[] Weighted(IReadOnlyList<double> values, IReadOnlyList<double> weights) =>
        Levels.Select(l => WeightedStatistics.Quantile(values, weights, l)).ToArray();

    /// <summary>5th, 50th and 95th percentiles (R7, as ensembles report them); NaN for no values.</summary>
    public static double[] Plain(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length == 0 ? [double.NaN, double.NaN, double.NaN] : Levels.Select(l => Quantiles.Round(Quantiles.Of(sorted, l))).ToArray();
    }
}
