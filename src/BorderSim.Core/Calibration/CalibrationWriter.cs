using System.Globalization;
using BorderSim.Core.Experiments;

namespace BorderSim.Core.Calibration;

/// <summary>
/// Writes a calibration's tables: posterior.csv (the weighted sample: one row per particle with its parameters, weight,
/// distance, seed and the key figures and observation values of its run), parameters.csv (prior and posterior of each
/// parameter), fit.csv (each observation, fitted or held out, against the posterior predictive and the scenario as
/// given), figures.csv (the headline figures across the posterior) and generations.csv (the tolerance sequence).
/// </summary>
public static class CalibrationWriter
{
    public const string PosteriorCsv = "posterior.csv";
    public const string ParametersCsv = "parameters.csv";
    public const string FitCsv = "fit.csv";
    public const string FiguresCsv = "figures.csv";
    public const string GenerationsCsv = "generations.csv";
    public const string CalibrationMd = "calibration.md";

    public static IReadOnlyList<string> Files => [PosteriorCsv, ParametersCsv, FitCsv, FiguresCsv, GenerationsCsv, CalibrationMd];

    public static void Write(CalibrationResult result, CalibrationSummary summary, string commandLine, Func<string, TextWriter> open)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(open);
        using (var w = open(PosteriorCsv))
        {
            WritePosterior(result, w);
        }

        using (var w = open(ParametersCsv))
        {
            WriteParameters(summary, w);
        }

        using (var w = open(FitCsv))
        {
            WriteFit(summary, w);
        }

        using (var w = open(FiguresCsv))
        {
            WriteFigures(summary, w);
        }

        using (var w = open(GenerationsCsv))
        {
            WriteGenerations(result, w);
        }

        using (var w = open(CalibrationMd))
        {
            w.Write(CalibrationReport.Markdown(result, summary, commandLine));
        }
    }

    public static void WritePosterior(CalibrationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var header = new[] { "particle", "weight" }
            .Concat(result.Setup.Priors.Select(p => SweepDimension.ColumnName(p.Path)))
            .Concat(["distance", "seed"])
            .Concat(KeyFigures.Header(result.Setup.Observations));
        Line(writer, header);
        for (var i = 0; i < result.Abc.Particles.Count; i++)
        {
            var p = result.Abc.Particles[i];
            Line(writer, new[] { I(i), F(p.Weight) }
                .Concat(p.Parameters.Select((v, d) => result.Setup.Priors[d].Format(v)))
                .Concat([F(p.Distance), p.Seed.ToString(CultureInfo.InvariantCulture)])
                .Concat(result.Predictive[i].Figures.Fields()));
        }
    }

    public static void WriteParameters(CalibrationSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, ["key_path", "prior", "prior_low", "prior_high", "scenario_value", "posterior_mean", "posterior_p5", "posterior_p50", "posterior_p95", "scenario_value_posterior_percentile", "width_ratio", "identification"]);
        foreach (var p in summary.Parameters)
        {
            Line(writer, [p.Prior.Path, Distribution(p.Prior), p.Prior.Parameter.Format(p.Prior.Low), p.Prior.Parameter.Format(p.Prior.High), p.ScenarioValue ?? "",
                p.Prior.Parameter.IsDiscrete ? p.Prior.Format(p.Mean) : R(p.Mean), p.Prior.Format(p.P5), p.Prior.Format(p.P50), p.Prior.Format(p.P95), p.ScenarioPercentile is { } q ? R(q) : "", R(p.WidthRatio), p.IdentificationText.Replace(' ', '_')]);
        }
    }

    public static void WriteFit(CalibrationSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, ["observation", "date", "time", "metric", "observed", "low", "high", "role", "posterior_p5", "posterior_p50", "posterior_p95", "posterior_within",
            "as_given_p5", "as_given_p50", "as_given_p95", "as_given_within"]);
        foreach (var f in summary.Fits)
        {
            var o = f.Observation;
            Line(writer, [f.Column, o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "", o.Metric,
                F(o.Value), o.Low is { } l ? F(l) : "", o.High is { } h ? F(h) : "", f.HeldOut ? "held_out" : "fit",
                F(f.Posterior[0]), F(f.Posterior[1]), F(f.Posterior[2]), f.PosteriorWithin ? "true" : "false",
                F(f.AsGiven[0]), F(f.AsGiven[1]), F(f.AsGiven[2]), f.AsGivenWithin ? "true" : "false"]);
        }
    }

    public static void WriteFigures(CalibrationSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, ["figure", "posterior_p5", "posterior_p50", "posterior_p95", "as_given_p5", "as_given_p50", "as_given_p95"]);
        foreach (var f in summary.Figures)
        {
            Line(writer, [f.Definition.Name, F(f.Posterior[0]), F(f.Posterior[1]), F(f.Posterior[2]), F(f.AsGiven[0]), F(f.AsGiven[1]), F(f.AsGiven[2])]);
        }
    }

    public static void WriteGenerations(CalibrationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, ["population", "tolerance", "simulations", "accepted", "acceptance_rate", "effective_sample_size"]);
        foreach (var g in result.Abc.Generations)
        {
            Line(writer, [I(g.Index), double.IsPositiveInfinity(g.Tolerance) ? "inf" : F(g.Tolerance), I(g.Simulations), I(g.Accepted), R(g.AcceptanceRate), R(g.EffectiveSampleSize)]);
        }
    }

    /// <summary>"uniform", "log_uniform", "triangular", "normal": as the scenario's uncertainty section writes it.</summary>
    private static string Distribution(Prior prior) => Scenarios.SnakeCase.From(prior.Parameter.Distribution.ToString());

    private static void Line(TextWriter writer, IEnumerable<string> fields) => writer.Write(string.Join(',', fields) + "\n");

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string F(double x) => KeyFigures.Format(x);

    /// <summary>Rounded to 6 decimals (shares, ratios), so the file does not carry float noise.</summary>
    private static string R(double x) => KeyFigures.Format(Quantiles.Round(x));
}
