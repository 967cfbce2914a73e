using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Calibration;

/// <summary>What a calibration of a scenario takes: the scenario text, its priors, the observations and which are held out.</summary>
public sealed record CalibrationSetup
{
    /// <summary>The scenario file's text, as read.</summary>
    public required string Text { get; init; }

    /// <summary>The file name shown in messages.</summary>
    public required string File { get; init; }

    /// <summary>--set overrides (and --observations), applied before the calibrated values.</summary>
    public required IReadOnlyList<ScenarioOverride> Overrides { get; init; }

    public required IReadOnlyList<Prior> Priors { get; init; }

    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>One flag per observation: true if it is held out of the fit (compared afterwards only).</summary>
    public required IReadOnlyList<bool> HeldOut { get; init; }

    /// <summary>The scenario with the overrides, seed and tick resolved (the values as given).</summary>
    public required Scenario Scenario { get; init; }
}

/// <summary>A run of the full window at one particle (or one replicate of the scenario as given).</summary>
public sealed record CalibrationRun(ulong Seed, KeyFigures Figures, IReadOnlyList<double> StrandedPerDay);

/// <summary>Everything a calibration found, for writing and charting.</summary>
public sealed record CalibrationResult
{
    public required CalibrationSetup Setup { get; init; }

    public required AbcSmcSettings Settings { get; init; }

    public required AbcSmcResult Abc { get; init; }

    /// <summary>One run of the full window per posterior particle, with the particle's seed (its observations are those it was accepted with).</summary>
    public required IReadOnlyList<CalibrationRun> Predictive { get; init; }

    /// <summary>Replicates of the scenario as given (seed <see cref="RandomStreams.ReplicateSeed"/>), as an ensemble would run them.</summary>
    public required IReadOnlyList<CalibrationRun> AsGiven { get; init; }

    /// <summary>The last day the fit runs simulate: the last observation's day (a run's days up to it do not depend on later days).</summary>
    public required DateOnly FitEnd { get; init; }

    public IReadOnlyList<double> Weights => Abc.Particles.Select(p => p.Weight).ToArray();

    /// <summary>The observations' column names (<see cref="KeyFigures.ObservationColumns"/>).</summary>
    public IReadOnlyList<string> ObservationColumns => KeyFigures.ObservationColumns(Setup.Observations);
}

/// <summary>
/// Calibrates a scenario by ABC-SMC: each particle sets the priors' key paths (as --set would) and runs the model
/// once, from the window's start to the last observation, with a seed of its own; the distance is
/// <see cref="CalibrationDistance"/> over the observations not held out. Then each posterior particle is run over the
/// whole window (same seed, so the same values at the observations) for the predictive charts and the headline
/// figures, and the scenario as given is run as an ensemble for comparison.
/// </summary>
public static class ScenarioCalibration
{
    /// <summary>Checks the setup: observations to fit, every observation inside the window and of a metric the model reports.</summary>
    public static IReadOnlyList<string> Problems(CalibrationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var problems = new List<string>();
        var window = setup.Scenario.Window;
        for (var i = 0; i < setup.Observations.Count; i++)
        {
            var o = setup.Observations[i];
            if (o.Date < window.Start || o.Date > window.End)
            {
                problems.Add($"the observation of {o.Metric} on {o.Date:yyyy-MM-dd} falls outside the window {window.Start:yyyy-MM-dd} to {window.End:yyyy-MM-dd}");
            }
        }

        if (setup.Observations.Count == 0)
        {
            problems.Add("there are no observations to fit: the scenario names none (observations:) and --observations gives none");
        }
        else if (setup.HeldOut.All(h => h))
        {
            problems.Add("every observation is held out: keep at least one to fit");
        }

        return problems;
    }

    /// <summary>The last day a fit run simulates.</summary>
    public static DateOnly FitEnd(CalibrationSetup setup) => setup.Observations.Max(o => o.Date);

    /// <summary>The scenario at a parameter vector, over the whole window or up to <paramref name="end"/>.</summary>
    public static Scenario At(CalibrationSetup setup, IReadOnlyList<double> parameters, DateOnly? end)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(parameters);
        var overrides = setup.Overrides.Where(o => setup.Priors.All(p => p.Path != o.Path) && (end is null || o.Path != "window.end")).ToList();
        overrides.AddRange(setup.Priors.Select((p, d) => new ScenarioOverride(p.Path, p.Format(parameters[d]))));
        if (end is { } day)
        {
            overrides.Add(new ScenarioOverride("window.end", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var scenario = ScenarioLoader.Parse(setup.Text, setup.File, overrides);
        return scenario with { Seed = setup.Scenario.Seed, Tick = setup.Scenario.Tick };
    }

    /// <summary>The simulated value at each observation (fitted and held out) of one run up to the fit's end.</summary>
    public static double[] Simulate(CalibrationSetup setup, IReadOnlyList<double> parameters, ulong seed)
    {
        Scenario scenario;
        try
        {
            scenario = At(setup, parameters, FitEnd(setup));
        }
        catch (ScenarioException)
        {
            // The values together make the scenario invalid (a policy that ends before it starts): no run, rejected.
            return Enumerable.Repeat(double.NaN, setup.Observations.Count).ToArray();
        }

        var result = new Simulation(scenario, seed, TickLength.Parse(scenario.Tick)).Run().WithObservations(setup.Observations);
        return result.Summary.Observations.Select(o => o.Simulated ?? double.NaN).ToArray();
    }

    /// <summary>The targets of the fitted observations, in order.</summary>
    public static IReadOnlyList<ObservationTarget> Targets(CalibrationSetup setup)
    {
        var columns = KeyFigures.ObservationColumns(setup.Observations);
        return setup.Observations.Select((o, i) => (o, i)).Where(x => !setup.HeldOut[x.i]).Select(x => ObservationTarget.From(x.o, columns[x.i])).ToArray();
    }

    /// <summary>The distance of a run's observation values (all of them, held-out ones ignored).</summary>
    public static Func<IReadOnlyList<double>, double> Distance(CalibrationSetup setup)
    {
        var targets = Targets(setup);
        var fitted = Enumerable.Range(0, setup.Observations.Count).Where(i => !setup.HeldOut[i]).ToArray();
        return outputs => CalibrationDistance.Of(targets, fitted.Select(i => outputs[i]).ToArray());
    }

    public static CalibrationResult Run(CalibrationSetup setup, AbcSmcSettings settings, int asGivenReplicates, CancellationToken cancellation = default, Action? simulationDone = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(settings);
        var abc = AbcSmc.Run(setup.Priors, (theta, seed) => Simulate(setup, theta, seed), Distance(setup), settings, cancellation, simulationDone);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellation };
        var predictive = new CalibrationRun[abc.Particles.Count];
        Parallel.For(0, predictive.Length, options, i =>
        {
            var particle = abc.Particles[i];
            predictive[i] = FullRun(setup, At(setup, particle.Parameters, null), particle.Seed);
            simulationDone?.Invoke();
        });
        var asGiven = new CalibrationRun[asGivenReplicates];
        Parallel.For(0, asGiven.Length, options, r =>
        {
            asGiven[r] = FullRun(setup, setup.Scenario, RandomStreams.ReplicateSeed(setup.Scenario.Seed, r));
            simulationDone?.Invoke();
        });
        return new CalibrationResult
        {
            Setup = setup,
            Settings = settings,
            Abc = abc,
            Predictive = predictive,
            AsGiven = asGiven,
            FitEnd = FitEnd(setup),
        };
    }

    private static CalibrationRun FullRun(CalibrationSetup setup, Scenario scenario, ulong seed)
    {
        var result = new Simulation(scenario, seed, TickLength.Parse(scenario.Tick)).Run().WithObservations(setup.Observations);
        var stranded = DailyColumns.All.First(c => c.Name == "stranded");
        return new CalibrationRun(seed, KeyFigures.From(result.Summary), result.Days.Select(d => (double)stranded.Value(d)).ToArray());
    }
}
