using System.Globalization;
using BorderSim.Core.Calibration;
using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Calibration;

/// <summary>
/// The charts of a calibration: for each parameter its marginal posterior against its prior
/// (<c>posterior-KEY</c>), the particles over pairs of the most constrained parameters (<c>pair-A--B</c>), and the
/// posterior predictive of the stranded count with the observations, over the whole window (<c>predictive</c>) and
/// over the observed days (<c>predictive-observed</c>).
/// </summary>
public static class CalibrationCharts
{
    /// <summary>Bins of a marginal histogram.</summary>
    public const int Bins = 12;

    /// <summary>Pair charts are drawn for every pair among this many parameters, the most constrained (narrowest posterior against prior) first.</summary>
    public const int PairParameters = 4;

    public const string Predictive = "predictive";
    public const string PredictiveObserved = "predictive-observed";

    public static string MarginalName(Prior prior) => $"posterior-{SweepDimension.ColumnName(prior?.Path ?? "")}";

    public static string PairName(Prior a, Prior b) => $"pair-{SweepDimension.ColumnName(a?.Path ?? "")}--{SweepDimension.ColumnName(b?.Path ?? "")}";

    /// <summary>The parameters of the pair charts, in the order of the calibration.</summary>
    public static IReadOnlyList<int> PairIndices(CalibrationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Parameters.Select((p, i) => (p.WidthRatio, i)).OrderBy(x => x.WidthRatio).ThenBy(x => x.i).Take(PairParameters).Select(x => x.i).Order().ToArray();
    }

    /// <summary>The chart names, in the order <see cref="Charts"/> returns them.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<Prior> priors, CalibrationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(priors);
        var pairs = PairIndices(summary);
        var names = new List<string> { Predictive, PredictiveObserved };
        names.AddRange(priors.Select(MarginalName));
        for (var a = 0; a < pairs.Count; a++)
        {
            for (var b = a + 1; b < pairs.Count; b++)
            {
                names.Add(PairName(priors[pairs[a]], priors[pairs[b]]));
            }
        }

        return names;
    }

    public static IReadOnlyList<(string Name, Chart Chart)> Charts(CalibrationResult result, CalibrationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        var names = Names(result.Setup.Priors, summary);
        var charts = new List<Chart> { PredictiveChart(result, null), PredictiveChart(result, result.FitEnd.AddDays(7)) };
        charts.AddRange(summary.Parameters.Select((p, d) => Marginal(result, p, d)));
        var pairs = PairIndices(summary);
        for (var a = 0; a < pairs.Count; a++)
        {
            for (var b = a + 1; b < pairs.Count; b++)
            {
                charts.Add(Pair(result, pairs[a], pairs[b]));
            }
        }

        return names.Zip(charts).ToArray();
    }

    public static IReadOnlyList<RenderedFile> Render(CalibrationResult result, CalibrationSummary summary, ChartFormats formats = ChartFormats.Both)
    {
        var charts = Charts(result, summary);
        var drawn = ResultsRendering.DrawAll(charts, ChartStyle.Default, formats);
        return charts.SelectMany((c, i) => ResultsRendering.Files(c.Name, drawn[i], formats)).ToArray();
    }

    /// <summary>The files <see cref="Render"/> writes.</summary>
    public static IReadOnlyList<string> FileNames(IReadOnlyList<Prior> priors, CalibrationSummary summary, ChartFormats formats = ChartFormats.Both) =>
        ResultsRendering.ChartFiles(Names(priors, summary), formats).ToArray();

    /// <summary>"Scenario baseline · seed 20251128 · ABC-SMC, 200 particles, population 5 of 5, 2,890 simulations".</summary>
    public static string Description(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var abc = result.Abc;
        return string.Create(CultureInfo.InvariantCulture,
            $"Scenario {result.Setup.Scenario.Name}\u00A0· seed {result.Setup.Scenario.Seed}\u00A0· ABC-SMC, {abc.Particles.Count} particles, {abc.Generations.Count} populations, {abc.Simulations:N0} simulations");
    }

    private static XYChart Marginal(CalibrationResult result, ParameterPosterior posterior, int d)
    {
        var prior = posterior.Prior;
        var isDate = prior.Parameter.Kind == ParameterKind.Date;
        double X(double v) => isDate ? v - prior.Low : v;
        var width = (prior.High - prior.Low) / Bins;
        var weights = result.Weights;
        var mass = new double[Bins];
        for (var i = 0; i < result.Abc.Particles.Count; i++)
        {
            var bin = Math.Clamp((int)((result.Abc.Particles[i].Parameters[d] - prior.Low) / width), 0, Bins - 1);
            mass[bin] += weights[i];
        }

        var posteriorPoints = mass.Select((m, b) => new XYPoint(X(prior.Low + ((b + 0.5) * width)), 100 * m)).ToArray();
        var priorPoints = Enumerable.Range(0, Bins).Select(b => new XYPoint(X(prior.Low + ((b + 0.5) * width)), 100 * PriorMass(prior, prior.Low + (b * width), prior.Low + ((b + 1) * width)))).ToArray();
        var series = new List<XYSeries>
        {
            new("Posterior (weighted particles)", posteriorPoints) { Color = OkabeIto.Vermillion },
            new($"Prior: {prior.Describe()}", priorPoints) { Color = OkabeIto.SkyBlue },
        };
        if (!double.IsNaN(prior.Parameter.ScenarioValue))
        {
            series.Add(new XYSeries($"Value in the scenario ({prior.Parameter.Value})", [new XYPoint(X(prior.Parameter.ScenarioValue), 0)]) { Color = OkabeIto.Black, Marks = XYMarks.Points });
        }

        return new XYChart($"Posterior of {prior.Path}")
        {
            Subtitle = $"Share of the posterior weight and of the prior in each twelfth of the range; median {prior.Display(posterior.P50)}, 90% interval {prior.Display(posterior.P5)}–{prior.Display(posterior.P95)} ({posterior.IdentificationText}). {Description(result)}",
            XAxisLabel = isDate ? $"{prior.Path}: days after {prior.Parameter.Format(prior.Low)}" : prior.Path,
            YAxisLabel = "Share in the bin (%)",
            Series = series,
        };
    }

    private static double PriorMass(Prior prior, double from, double to)
    {
        const int Steps = 40;
        var step = (to - from) / Steps;
        double sum = 0;
        for (var i = 0; i < Steps; i++)
        {
            sum += prior.Density(from + ((i + 0.5) * step)) * step;
        }

        return sum;
    }

    private static XYChart Pair(CalibrationResult result, int a, int b)
    {
        var (pa, pb) = (result.Setup.Priors[a], result.Setup.Priors[b]);
        var points = result.Abc.Particles.Select(p => new XYPoint(p.Parameters[a], p.Parameters[b])).ToArray();
        return new XYChart($"Posterior particles: {pa.Path} and {pb.Path}")
        {
            Subtitle = $"Each point a particle of the last population (weights not shown); together they show which combinations fit the observations. {Description(result)}",
            XAxisLabel = pa.Path,
            YAxisLabel = pb.Path,
            Series = [new XYSeries("Particle", points) { Marks = XYMarks.Points, Color = OkabeIto.Blue }],
        };
    }

    private static TimeSeriesChart PredictiveChart(CalibrationResult result, DateOnly? last)
    {
        var scenario = result.Setup.Scenario;
        var start = scenario.Window.Start;
        var days = result.Predictive[0].StrandedPerDay.Count;
        var end = last is { } l && l < scenario.Window.End ? l : scenario.Window.End;
        var shown = end.DayNumber - start.DayNumber + 1;
        var weights = result.Weights;
        var median = new double[shown];
        var band = new BandPoint[shown];
        var given = new double[shown];
        for (var day = 0; day < Math.Min(shown, days); day++)
        {
            var values = result.Predictive.Select(r => r.StrandedPerDay[day]).ToArray();
            var q = CalibrationSummary.Weighted(values, weights);
            median[day] = q[1];
            band[day] = new BandPoint(start.AddDays(day), q[0], q[2]);
            given[day] = result.AsGiven.Count == 0 ? double.NaN : CalibrationSummary.Plain(result.AsGiven.Select(r => r.StrandedPerDay[day]))[1];
        }

        var series = new List<LineSeries>
        {
            LineSeries.Daily("Posterior predictive median", start, median) with
            {
                Color = OkabeIto.Vermillion,
                Band = new SeriesBand(band) { Label = "Posterior predictive 5–95%" },
            },
        };
        if (result.AsGiven.Count > 0)
        {
            series.Add(LineSeries.Daily($"Scenario as given, median of {result.AsGiven.Count} runs", start, given) with { Color = OkabeIto.Black, Dash = LineDash.Dashed });
        }

        var observed = result.Setup.Observations.Select((o, i) => (o, i)).Where(x => x.o.Metric == "stranded" && x.o.Date <= end)
            .Select(x => new Observation(x.o.Date, x.o.Value)
            {
                Low = x.o.Low,
                High = x.o.High,
                Label = (result.Setup.HeldOut[x.i] ? "held out" : null) is { } h ? (x.o.Time is { } t ? $"{h}, {t:HH:mm}" : h) : x.o.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            })
            .ToArray();
        return new TimeSeriesChart(last is null ? "Persons stranded: the posterior predictive" : "Persons stranded on the observed days: the posterior predictive")
        {
            Subtitle = $"Persons stranded at the end of each day: one run per posterior particle (weighted), against the scenario's own values; points: reported counts (those labelled held out were not fitted). {Description(result)}",
            YAxisLabel = "Persons stranded",
            Window = new DateWindow(start, end),
            Series = series,
            Events = scenario.Events.Where(e => e.Date >= start && e.Date <= end).Select(e => new EventMarker(e.Label, e.Date)).ToArray(),
            Observations = observed,
            ObservationsLabel = "Reported counts",
        };
    }
}
