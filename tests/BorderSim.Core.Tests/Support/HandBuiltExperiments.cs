using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Support;

/// <summary>
/// Ensembles and sweeps made by hand, with numbers that say where they come from, for tests of what is written,
/// read back, summarised and merged: no simulation runs, so these tests cost the engine's mutants nothing.
/// </summary>
internal static class HandBuiltExperiments
{
    /// <summary>The observation every hand-built experiment is set against (its column is sim_stranded_20251202).</summary>
    public static readonly Observation Observation = new() { Date = new DateOnly(2025, 12, 2), Metric = "stranded", Value = 50, Source = "test", Quote = "q" };

    public static readonly IReadOnlyList<DateOnly> Dates = [new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 2)];

    /// <summary>Key figure k is 10·k + <paramref name="offset"/> (so every figure has its own values).</summary>
    public static KeyFigures Figures(double offset, DateOnly? peakDate, params double?[] observations) => new()
    {
        Values = Enumerable.Range(0, KeyFigures.NumericNames.Length).Select(k => (10.0 * k) + offset).ToArray(),
        PeakStrandedDate = peakDate,
        Observations = observations,
    };

    /// <summary>
    /// Replicate i of an ensemble: seed 1000 + i; on day d, daily column c holds 100·i + 10·d + c; key figure k is
    /// 10·k + i² (the replicates 0 to 4 give 0, 1, 4, 9, 16 above 10·k); its peak on 2 December and the observation's
    /// simulated value i + 0.5, except replicate 1, which has neither.
    /// </summary>
    public static ReplicateData Replicate(int i) => new(
        i,
        1000UL + (ulong)i,
        Dates.Select((_, d) => Enumerable.Range(0, DailyColumns.All.Count).Select(c => (100L * i) + (10L * d) + c).ToArray()).ToArray(),
        i == 1 ? Figures(i * i, null, [null]) : Figures(i * i, Dates[1], i + 0.5));

    /// <summary>The replicates <paramref name="indices"/> of an ensemble of <paramref name="total"/> replicates of the small test scenario.</summary>
    public static EnsembleData Ensemble(int total, Shard shard, params int[] indices) => new()
    {
        Scenario = TestScenarios.Small(),
        TotalReplicates = total,
        Shard = shard,
        Dates = Dates,
        Observations = [Observation],
        Replicates = indices.Select(Replicate).ToArray(),
    };

    /// <summary>A whole ensemble of <paramref name="total"/> replicates.</summary>
    public static EnsembleData Ensemble(int total) => Ensemble(total, Shard.Whole, [.. Enumerable.Range(0, total)]);

    private static readonly SweepDimension GiveUpRate = SweepDimension.Parse("behaviour.give_up_rate_per_day=0.1,0.9");

    /// <summary>
    /// A sweep of two points (give-up rates 0.1 and 0.9) with two replicates each, holding the runs <paramref name="items"/>
    /// (point · 2 + replicate): replicate r has seed 7 + r at both points; key figure k is 10·k + 100·point + 2·r.
    /// </summary>
    public static SweepData Sweep(params int[] items) => new()
    {
        Dimensions = [GiveUpRate],
        Points = [["0.1"], ["0.9"]],
        Replicates = 2,
        Observations = [],
        Shard = Shard.Whole,
        Rows = items.Select(item => new SweepRow(item / 2, item % 2, 7UL + (ulong)(item % 2), Figures((100 * (item / 2)) + (2 * (item % 2)), null))).ToArray(),
    };
}
