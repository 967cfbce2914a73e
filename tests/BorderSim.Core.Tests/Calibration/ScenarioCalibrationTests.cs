using BorderSim.Core.Calibration;
using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// Calibrations of the baseline, small and large: run after the rule statements (<see cref="CheaperTestsFirst"/>), so that
/// a mutant of the engine is not made to wait for these tests' runs before the rule that catches it.
/// </summary>
[RunsManyScenarios]
public sealed class ScenarioCalibrationTests
{
    private const string GiveUp = "behaviour.give_up_rate_per_day";
    private const string Departures = "population.base_departures_persons_per_day";

    // The truth: values away from the baseline's (110 and 1.0), inside the baseline's priors (uniform 40–150, log-uniform 0.1–1.5).
    private const double TrueDepartures = 80;
    private const double TrueGiveUp = 0.4;

    /// <summary>
    /// Synthetic observations: one run of the baseline at the true values (at a seed the calibration does not use): the
    /// persons stranded at the end of each day from 26 November to 1 December and the irregular crossings of 15–19
    /// November, as bare counts.
    /// </summary>
    private static IReadOnlyList<Observation> Synthetic(string text)
    {
        var scenario = ScenarioLoader.Parse(text, "baseline.yaml", [new(Departures, "80"), new(GiveUp, "0.4")]);
        var result = new Simulation(scenario, 999, TickLength.Parse("24h")).Run();
        var calendar = result.Calendar;
        var observations = new List<Observation>();
        for (var day = new DateOnly(2025, 11, 15); day <= new DateOnly(2025, 11, 19); day = day.AddDays(1))
        {
            observations.Add(Make(day, "crossed_irregular", Daily("crossed_irregular", result.Days[calendar.DayIndex(day)])));
        }

        for (var day = new DateOnly(2025, 11, 26); day <= new DateOnly(2025, 12, 1); day = day.AddDays(1))
        {
            observations.Add(Make(day, "stranded", Daily("stranded", result.Days[calendar.DayIndex(day)])));
        }

        return observations;
    }

    private static double Daily(string column, DayRecord day) => DailyColumns.All.First(c => c.Name == column).Value(day);

    private static Observation Make(DateOnly day, string metric, double value) =>
        new() { Date = day, Metric = metric, Value = value, Source = "synthetic", Quote = "" };

    private static CalibrationSetup Setup(string text, IReadOnlyList<Observation> observations, bool[]? heldOut = null)
    {
        var scenario = ScenarioRunner.Resolve(ScenarioLoader.Parse(text, "baseline.yaml"), null, TickLength.Parse("24h"));
        return new CalibrationSetup
        {
            Text = text,
            File = "baseline.yaml",
            Overrides = [],
            Priors = UncertainInputs.ForKeys(scenario, [Departures, GiveUp]).Select(p => new Prior(p)).ToArray(),
            Observations = observations,
            HeldOut = heldOut ?? new bool[observations.Count],
            Scenario = scenario,
        };
    }

    [Fact]
    public void Recovers_known_parameters_from_synthetic_observations_within_the_posterior_90_percent_interval()
    {
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));
        var setup = Setup(text, Synthetic(text));
        var result = ScenarioCalibration.Run(setup, new AbcSmcSettings { Particles = 80, Budget = 900, MaxGenerations = 6, Seed = 5, Parallelism = 2 }, asGivenReplicates: 4);
        var summary = CalibrationSummary.Of(result);
        var departures = summary.Parameters[0];
        var giveUp = summary.Parameters[1];
        Assert.InRange(TrueDepartures, departures.P5, departures.P95);
        Assert.InRange(TrueGiveUp, giveUp.P5, giveUp.P95);

        // The data say something: the base departures' posterior is narrower than its prior, and the baseline's 110 is
        // less likely than the truth.
        Assert.True(departures.WidthRatio < 0.75, $"base departures: the posterior is {departures.WidthRatio:P0} as wide as the prior");
        Assert.True(result.Abc.Generations.Count >= 3, $"only {result.Abc.Generations.Count} populations ({result.Abc.StopReason})");

        // A fit run stops at the last observation; the full run of the same particle and seed gives the same values there.
        for (var i = 0; i < result.Abc.Particles.Count; i++)
        {
            Assert.Equal(result.Abc.Particles[i].Outputs, result.Predictive[i].Figures.Observations.Select(v => v ?? double.NaN));
        }
    }

    [Fact]
    public void Held_out_observations_do_not_count_in_the_distance()
    {
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));
        var observations = Synthetic(text);
        var held = observations.Select(o => o.Date == new DateOnly(2025, 12, 1)).ToArray();
        var setup = Setup(text, observations, held);
        var distance = ScenarioCalibration.Distance(setup);
        var exact = observations.Select(o => o.Value).ToArray();
        var wrongOnHeldOut = exact.Select((v, i) => held[i] ? v * 10 : v).ToArray();
        Assert.Equal(0, distance(exact));
        Assert.Equal(0, distance(wrongOnHeldOut));
        Assert.Equal(observations.Count - 1, ScenarioCalibration.Targets(setup).Count);
        Assert.Contains(ScenarioCalibration.Problems(setup with { HeldOut = observations.Select(_ => true).ToArray() }), p => p.Contains("held out", StringComparison.Ordinal));
    }

    [Fact]
    public void The_calibrated_scenario_keeps_the_file_and_its_comments_and_loads_with_the_fitted_values()
    {
        var text = File.ReadAllText(RepoPaths.Scenario("baseline.yaml"));
        var written = CalibratedScenario.Write(text, "baseline", [(GiveUp, "0.42"), ("policies[5].effects.departures.multiplier", "0.31"), ("policies[5].end", "2026-02-01")], ["fitted by a test"], json: false);
        Assert.StartsWith("# fitted by a test\n", written, StringComparison.Ordinal);
        Assert.Contains("give_up_rate_per_day: 0.42         # assumption (0.1–1.5), calibrated", written, StringComparison.Ordinal);
        var scenario = ScenarioLoader.Parse(written, "baseline-calibrated.yaml");
        Assert.Equal("baseline-calibrated", scenario.Name);
        Assert.Equal(0.42, scenario.Behaviour.GiveUpRatePerDay);
        Assert.Equal(new DateOnly(2026, 2, 1), scenario.Policies[5].End);
        Assert.Equal(text.Split('\n').Length + 1, written.Split('\n').Length);
    }

    /// <summary>
    /// The baseline to 5 December (--set window.end) at a daily tick and seed 5, fitted to its own observations
    /// (17 November to 1 December) over the give-up rate and the state of emergency's duration: a fit run is 24 days.
    /// </summary>
    private static CalibrationSetup Short(params ScenarioOverride[] more)
    {
        var text = TestScenarios.Text("baseline.yaml");
        ScenarioOverride[] overrides = [new("window.end", "2025-12-05"), .. more];
        var scenario = ScenarioRunner.Resolve(ScenarioLoader.Parse(text, "baseline.yaml", overrides), 5, TickLength.Parse("24h"));
        var observations = TestScenarios.Observations(TestScenarios.Baseline());
        return new CalibrationSetup
        {
            Text = text,
            File = "baseline.yaml",
            Overrides = overrides,
            Priors = UncertainInputs.ForKeys(scenario, [GiveUp, "policies[2].duration_days"]).Select(p => new Prior(p)).ToArray(),
            Observations = observations,
            HeldOut = new bool[observations.Count],
            Scenario = scenario,
        };
    }

    [Fact]
    public void Observations_outside_the_window_or_none_at_all_are_problems_that_say_what_to_fix()
    {
        var setup = Short();
        Assert.Empty(ScenarioCalibration.Problems(setup));
        Assert.Equal(
            [
                "the observation of stranded on 2025-12-01 falls outside the window 2025-11-08 to 2025-11-30",
                "the observation of stranded on 2025-12-01 falls outside the window 2025-11-08 to 2025-11-30",
            ],
            ScenarioCalibration.Problems(setup with { Scenario = setup.Scenario with { Window = setup.Scenario.Window with { End = new DateOnly(2025, 11, 30) } } }));
        Assert.Equal(
            ["there are no observations to fit: the scenario names none (observations:) and --observations gives none"],
            ScenarioCalibration.Problems(setup with { Observations = [], HeldOut = [] }));
    }

    [Fact]
    public void A_particle_sets_its_values_over_the_files_and_the_set_values_and_a_fit_run_ends_at_the_last_observation()
    {
        // --set gives the give-up rate (a calibrated key) and the base departures (not one): the particle's value wins for the first.
        var setup = Short(new(GiveUp, "0.3"), new(Departures, "90"));
        Assert.Equal(new DateOnly(2025, 12, 1), ScenarioCalibration.FitEnd(setup));

        var full = ScenarioCalibration.At(setup, [0.7, 70], null);
        Assert.Equal(0.7, full.Behaviour.GiveUpRatePerDay);
        Assert.Equal(70, full.Policies[2].DurationDays);
        Assert.Equal(90, full.Population.BaseDeparturesPersonsPerDay);
        Assert.Equal(new DateOnly(2025, 12, 5), full.Window.End);
        Assert.Equal((5UL, "24h"), (full.Seed, full.Tick)); // the setup's seed and tick, not the file's

        var fit = ScenarioCalibration.At(setup, [0.7, 70], ScenarioCalibration.FitEnd(setup));
        Assert.Equal(new DateOnly(2025, 12, 1), fit.Window.End);
        Assert.Equal((0.7, 70, 90.0, 5UL, "24h"), (fit.Behaviour.GiveUpRatePerDay, fit.Policies[2].DurationDays, fit.Population.BaseDeparturesPersonsPerDay, fit.Seed, fit.Tick));
    }

    [Fact]
    public void Values_that_make_the_scenario_invalid_give_no_run_and_unknown_values_at_every_observation()
    {
        var setup = Short();
        Assert.All(ScenarioCalibration.Simulate(setup, [-1, 70], 1), v => Assert.True(double.IsNaN(v)));
        var valid = ScenarioCalibration.Simulate(setup, [0.7, 70], 1);
        Assert.Equal(setup.Observations.Count, valid.Length);
        Assert.All(valid, v => Assert.False(double.IsNaN(v)));
    }

    [Fact]
    public void A_calibration_runs_each_posterior_particle_over_the_whole_window_with_its_seed_and_the_scenario_as_an_ensemble_would()
    {
        var setup = Short();
        var done = 0;
        // Parallelism 0 is taken as 1; one population of 4 from a budget of 8 (the smallest batch).
        var settings = new AbcSmcSettings { Particles = 4, Budget = 8, MaxGenerations = 1, Seed = 3, Parallelism = 0 };
        var result = ScenarioCalibration.Run(setup, settings, asGivenReplicates: 3, simulationDone: () => Interlocked.Increment(ref done));

        Assert.Equal(8 + 4 + 3, done); // every fit run, every particle's full run, every replicate
        Assert.Equal((setup, settings, new DateOnly(2025, 12, 1)), (result.Setup, result.Settings, result.FitEnd));
        Assert.Equal(4, result.Predictive.Count);
        for (var i = 0; i < 4; i++)
        {
            var particle = result.Abc.Particles[i];
            Assert.Equal(particle.Seed, result.Predictive[i].Seed);
            Assert.Equal(particle.Outputs, result.Predictive[i].Figures.Observations.Select(v => v ?? double.NaN));
        }

        Assert.Equal(new[] { 0, 1, 2 }.Select(r => RandomStreams.ReplicateSeed(5, r)), result.AsGiven.Select(r => r.Seed));
        foreach (var run in result.Predictive.Concat(result.AsGiven))
        {
            // The stranded series the predictive chart draws: one value a day of the window, peaking at the run's peak.
            Assert.Equal(28, run.StrandedPerDay.Count);
            Assert.Equal(run.Figures["peak_stranded"], run.StrandedPerDay.Max());
        }

        var direct = new Simulation(setup.Scenario, RandomStreams.ReplicateSeed(5, 1), TickLength.Parse("24h")).Run();
        Assert.Equal(KeyFigures.From(direct.WithObservations(setup.Observations).Summary).Values, result.AsGiven[1].Figures.Values);
    }

    [Fact]
    public void A_calibration_cancelled_during_its_predictive_runs_stops_there()
    {
        using var cancel = new CancellationTokenSource();
        var done = 0;
        var settings = new AbcSmcSettings { Particles = 4, Budget = 8, MaxGenerations = 1, Seed = 3 };
        Assert.ThrowsAny<OperationCanceledException>(() => ScenarioCalibration.Run(Short(), settings, 3, cancel.Token, () =>
        {
            if (Interlocked.Increment(ref done) == 9)
            {
                cancel.Cancel(); // the first particle's full run is done
            }
        }));
        Assert.True(done < 15, $"{done} runs");
    }

    [Fact]
    public void A_null_argument_is_refused_by_its_name()
    {
        var settings = new AbcSmcSettings { Particles = 4, Budget = 8, Seed = 3 };
        Assert.Throws<ArgumentNullException>("setup", () => ScenarioCalibration.Problems(null!));
        Assert.Throws<ArgumentNullException>("setup", () => ScenarioCalibration.At(null!, [1, 60], null));
        Assert.Throws<ArgumentNullException>("parameters", () => ScenarioCalibration.At(Short(), null!, null));
        Assert.Throws<ArgumentNullException>("setup", () => ScenarioCalibration.Run(null!, settings, 1));
        Assert.Throws<ArgumentNullException>("settings", () => ScenarioCalibration.Run(Short(), null!, 1));
    }

    [Fact]
    public void A_calibrated_key_the_file_leaves_out_is_added_and_the_header_says_the_comments_were_lost()
    {
        const string Text = "name: small\nbehaviour:\n  give_up_rate_per_day: 1.0   # a comment\n";
        var written = CalibratedScenario.Write(Text, "small", [(GiveUp, "0.42"), ("behaviour.irregular_attempt_rate_per_day", "0.5")], ["fitted by a test"], json: false);
        Assert.Equal(
            "# fitted by a test\n"
            + "# (A calibrated key was missing from the original file, so this file was rewritten from its parsed form: its comments are lost.)\n"
            + "name: small-calibrated\nbehaviour:\n  give_up_rate_per_day: 0.42\n  irregular_attempt_rate_per_day: 0.5\n",
            written);
    }

    [Fact]
    public void A_quoted_value_in_the_file_stays_quoted()
    {
        const string Text = "name: small\npolicies:\n  - label: a\n    start: \"2025-11-20\"   # quoted\n";
        var written = CalibratedScenario.Write(Text, "small", [("policies[0].start", "2025-11-22")], [], json: false);
        Assert.Equal("name: small-calibrated\npolicies:\n  - label: a\n    start: \"2025-11-22\"   # quoted\n", written);
    }

    [Fact]
    public void Observations_on_the_window_first_and_last_days_are_inside_it()
    {
        var setup = Short();
        var (first, last) = (setup.Observations.Min(o => o.Date), setup.Observations.Max(o => o.Date));
        Assert.Empty(ScenarioCalibration.Problems(setup with { Scenario = setup.Scenario with { Window = setup.Scenario.Window with { Start = first, End = last } } }));
    }

    [Fact]
    public void Some_observations_held_out_leave_the_rest_to_fit_without_a_problem()
    {
        var setup = Short();
        Assert.Empty(ScenarioCalibration.Problems(setup with { HeldOut = setup.Observations.Select((_, i) => i > 0).ToArray() }));
    }
}
