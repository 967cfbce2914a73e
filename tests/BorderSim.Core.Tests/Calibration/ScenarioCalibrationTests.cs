using BorderSim.Core.Calibration;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Calibration;

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
}
