using System.Globalization;
using System.Text;

namespace BorderSim.Core.Calibration;

/// <summary>
/// calibration.md: the calibration as a Markdown section (the one docs/CALIBRATION.md includes): how it was made, each
/// parameter's prior and posterior and whether the data identify it, the fit to every observation (fitted and held
/// out) against the scenario as given, and how much the headline figures vary across the posterior.
/// </summary>
public static class CalibrationReport
{
    public static string Markdown(CalibrationResult result, CalibrationSummary summary, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        var s = result.Setup.Scenario;
        var abc = result.Abc;
        var last = abc.Generations[^1];
        var md = new StringBuilder();
        md.Append("## Calibration by ABC-SMC\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Made by `{commandLine}` (scenario `{s.Name}`, seed {s.Seed}, tick {s.Tick}). ");
        md.Append(CultureInfo.InvariantCulture, $"ABC-SMC with {result.Settings.Particles} particles per population: {abc.Generations.Count} populations, {abc.Simulations:N0} simulations in all, ");
        md.Append(CultureInfo.InvariantCulture, $"final tolerance {Num(last.Tolerance)}; it stopped because {abc.StopReason}. ");
        md.Append("The distance is the root mean square of each fitted observation's miss: 0 inside the reported range (a bare count is its own range, \"at least\" is open above), ");
        md.Append("otherwise the distance to the range in units of a quarter of the count. Each particle is one run (one seed), so the posterior includes the model's own noise.\n\n");
        var ess = last.EffectiveSampleSize;
        if (ess < 0.25 * result.Settings.Particles)
        {
            md.Append(CultureInfo.InvariantCulture, $"**The last population rests on few particles**: its effective sample size is {Math.Round(ess).ToString(CultureInfo.InvariantCulture)} of {result.Settings.Particles} (a few particles carry most of the weight), so its quantiles are rough; a larger `--budget` or fewer `--params` would refine them.\n\n");
        }

        var fitted = summary.Fits.Where(f => !f.HeldOut).Select(Label).ToArray();
        var held = summary.Fits.Where(f => f.HeldOut).Select(Label).ToArray();
        md.Append(CultureInfo.InvariantCulture, $"Fitted to: {string.Join("; ", fitted)}.");
        md.Append(held.Length == 0 ? " Nothing held out.\n\n" : $" Held out (not used in the fit, compared afterwards): {string.Join("; ", held)}.\n\n");

        md.Append("### Parameters\n\n");
        md.Append("| key path | prior | value in the scenario | posterior median | posterior 90% interval | posterior weight at or below the scenario's value | data identify it? |\n");
        md.Append("|---|---|---|---|---|---|---|\n");
        foreach (var p in summary.Parameters)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{p.Prior.Path}` | {p.Prior.Describe()} | {p.ScenarioValue ?? "–"} | {Value(p.Prior, p.P50)} | {Value(p.Prior, p.P5)}–{Value(p.Prior, p.P95)} | ");
            md.Append(p.ScenarioPercentile is { } q ? $"{Math.Round(100 * q).ToString(CultureInfo.InvariantCulture)}%" : "–");
            md.Append(CultureInfo.InvariantCulture, $" | {p.IdentificationText} ({Math.Round(100 * p.WidthRatio).ToString(CultureInfo.InvariantCulture)}% of the prior's 90% width) |\n");
        }

        md.Append("\nA parameter is *identified* when its posterior 90% interval is less than 40% as wide as its prior's, *weakly identified* up to 75%, *not identified* beyond: ");
        md.Append("then the data leave most of its plausible range open, and the value in the scenario is a choice, not an estimate.");
        var unidentified = summary.Parameters.Where(p => p.Identification == Identification.NotIdentified).Select(p => $"`{p.Prior.Path}`").ToArray();
        md.Append(unidentified.Length == 0 ? "\n\n" : $" Not identified here: {string.Join(", ", unidentified)}.\n\n");

        md.Append("### Fit to the observations\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Posterior predictive: the weighted 5th, 50th and 95th percentiles over the particles' runs. Scenario as given: {result.AsGiven.Count} replicates of the scenario's own values ");
        md.Append("(the same seeds as `bordersim run --replicates`). *Within*: the 90% interval meets the observation's range.\n\n");
        md.Append("| observation | observed | used | posterior median (90%) | within | scenario as given median (90%) | within |\n");
        md.Append("|---|---|---|---|---|---|---|\n");
        foreach (var f in summary.Fits)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Label(f)} | {Observed(f)} | {(f.HeldOut ? "held out" : "fit")} | {Interval(f.Posterior)} | {YesNo(f.PosteriorWithin)} | {Interval(f.AsGiven)} | {YesNo(f.AsGivenWithin)} |\n");
        }

        md.Append("\n### Headline figures across the posterior\n\n");
        md.Append("Each posterior particle run over the whole window (its own seed) against the scenario as given: how much the figures an analyst quotes still vary once the parameters agree with the data.\n\n");
        md.Append("| figure | posterior median (90%) | scenario as given median (90%) |\n|---|---|---|\n");
        foreach (var f in summary.Figures)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {f.Definition.Label} ({f.Definition.Unit}) | {Interval(f.Posterior)} | {Interval(f.AsGiven)} |\n");
        }

        md.Append("\n### Tolerance sequence\n\n| population | tolerance | simulations | acceptance rate | effective sample size |\n|---|---|---|---|---|\n");
        foreach (var g in abc.Generations)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {g.Index} | {(double.IsPositiveInfinity(g.Tolerance) ? "∞ (the prior)" : Num(g.Tolerance))} | {g.Simulations:N0} | {Math.Round(100 * g.AcceptanceRate, 1).ToString(CultureInfo.InvariantCulture)}% | {Math.Round(g.EffectiveSampleSize).ToString(CultureInfo.InvariantCulture)} |\n");
        }

        return md.ToString();
    }

    /// <summary>"stranded 2025-12-01 13:00".</summary>
    public static string Label(ObservationFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var o = fit.Observation;
        return $"{o.Metric} {o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(o.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}";
    }

    private static string Observed(ObservationFit f) => (f.Observation.Low, f.Observation.High) switch
    {
        (null, null) => Num(f.Observation.Value),
        ({ } low, null) => $"≥ {Num(low)}",
        (null, { } high) => $"≤ {Num(high)}",
        ({ } low, { } high) => $"{Num(f.Observation.Value)} ({Num(low)}–{Num(high)})",
    };

    private static string Interval(double[] q) => double.IsNaN(q[1]) ? "–" : $"{Num(q[1])} ({Num(q[0])}–{Num(q[2])})";

    private static string Value(Prior prior, double x) => prior.Display(x);

    private static string YesNo(bool b) => b ? "yes" : "no";

    /// <summary>Three significant digits for small numbers, whole numbers with thousands separators from 1,000 up.</summary>
    public static string Num(double x) =>
        double.IsNaN(x) ? "–"
        : Math.Abs(x) >= 1000 ? Math.Round(x).ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(x) >= 100 ? Math.Round(x, 1).ToString("0.#", CultureInfo.InvariantCulture)
        : x.ToString("G3", CultureInfo.InvariantCulture);
}
