using BorderSim.Core.Calibration;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// A calibration result made by hand, so that every number its summary, tables and report give is known in advance:
/// four particles of the baseline's give-up rate (log-uniform 0.1–1.5, 1.0 in the file) and state-of-emergency
/// duration (triangular 60–124 days, a whole number, 60 in the file), weighted 0.1, 0.2, 0.3 and 0.4; four
/// observations (a range, an "at least", a bare count at a time of day and an "at most"), the last two held out; three
/// replicates of the scenario as given; two populations.
/// </summary>
internal static class Calibrations
{
    public const string GiveUp = "behaviour.give_up_rate_per_day";
    public const string Duration = "policies[2].duration_days";

    private static readonly double[] Weights = [0.1, 0.2, 0.3, 0.4];

    public static readonly Observation[] Observations =
    [
        new() { Date = new DateOnly(2025, 11, 17), Metric = "crossed_irregular", Value = 40, Low = 30, High = 50, Source = "s", Quote = "" },
        new() { Date = new DateOnly(2025, 11, 28), Metric = "stranded", Value = 100, Low = 100, Source = "s", Quote = "" },
        new() { Date = new DateOnly(2025, 12, 1), Time = new TimeOnly(13, 0), Metric = "stranded", Value = 70, Source = "s", Quote = "" },
        new() { Date = new DateOnly(2025, 12, 1), Time = new TimeOnly(17, 0), Metric = "stranded", Value = 20, High = 30, Source = "s", Quote = "" },
    ];

    /// <summary>Each particle's parameters (give-up rate, duration), distance, seed and simulated value at each observation.</summary>
    private static readonly (double[] Parameters, double Distance, ulong Seed, double[] Outputs)[] Accepted =
    [
        ([0.1234567, 61], 0.5, 11, [45, 99.5, 70, 10]),
        ([1.4, 70], 0.25, 12, [1234.6, 95, 71, 20]),
        ([0.4, 65], 0.125, 13, [20, 80, 69, 30]),
        ([1.0, 90], 0, 14, [60, 90, 72, 40]),
    ];

    /// <summary>The scenario as given's value at each observation, per replicate (not in order, so sorting matters).</summary>
    private static readonly double[][] AsGivenObservations = [[50, 100, 5, 25], [10, 120, 1, 35], [30, 110, 3, 45]];

    private static readonly double[] AsGivenOffsets = [20, 0, 10];

    public static CalibrationResult Result()
    {
        var scenario = TestScenarios.Baseline();
        var priors = UncertainInputs.ForKeys(scenario, [GiveUp, Duration]).Select(p => new Prior(p)).ToArray();
        var particles = Accepted.Select((a, i) => new Particle(a.Parameters, Weights[i], a.Distance, a.Seed, a.Outputs)).ToArray();
        AbcGeneration[] generations =
        [
            new(0, double.PositiveInfinity, 8, 4, 4),
            new(1, 0.1234567, 1234, 4, WeightedStatistics.EffectiveSampleSize(Weights)),
        ];
        return new CalibrationResult
        {
            Setup = new CalibrationSetup
            {
                Text = "",
                File = "baseline.yaml",
                Overrides = [],
                Priors = priors,
                Observations = Observations,
                HeldOut = [false, false, true, true],
                Scenario = scenario,
            },
            Settings = new AbcSmcSettings { Particles = 4, Budget = 2000, MaxGenerations = 2, Seed = 7 },
            Abc = new AbcSmcResult(priors, generations, particles, 1242, "reached 2 populations"),
            Predictive = Accepted.Select((a, i) => Run(a.Seed, i, a.Outputs)).ToArray(),
            AsGiven = AsGivenObservations.Select((o, r) => Run((ulong)(100 + r), AsGivenOffsets[r], o)).ToArray(),
            FitEnd = new DateOnly(2025, 12, 1),
        };
    }

    /// <summary>Key figure j of a run is 1000·(j + 1) + <paramref name="offset"/>: the posterior's particle i has offset i.</summary>
    private static CalibrationRun Run(ulong seed, double offset, double[] observations) => new(
        seed,
        new KeyFigures
        {
            Values = KeyFigureDefinitions.All.Select((_, j) => (1000.0 * (j + 1)) + offset).ToArray(),
            PeakStrandedDate = new DateOnly(2025, 11, 30),
            Observations = observations.Select(v => (double?)v).ToArray(),
        },
        [1, 2, 3]);
}
