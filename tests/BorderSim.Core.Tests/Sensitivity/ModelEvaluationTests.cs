using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Randomness;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Sensitivity;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Sensitivity;

/// <summary>
/// BorderSim run at a design's points, as the sensitivity command runs it: each point is the scenario with the
/// point's values, run R times with the replicates' own seeds, the same at every point; its outputs are the key
/// figures' means and the standard errors of those means.
/// </summary>
[RunsManyScenarios]
public sealed class ModelEvaluationTests
{
    private const ulong Seed = 5;

    private static readonly ScenarioText Source = new(ScenarioJson.Serialize(TestScenarios.Small() with { Window = new SimulationWindow { Start = new DateOnly(2025, 12, 1), End = new DateOnly(2025, 12, 10) } }), "small.json", []);

    private static readonly IReadOnlyList<UncertainParameter> Parameters = UncertainInputs.ForKeys(
        ScenarioLoader.Parse(Source.Text, Source.File), ["behaviour.give_up_rate_per_day", "population.base_departures_persons_per_day"]);

    /// <summary>Two Morris trajectories: six points.</summary>
    private static readonly SensitivityDesign Design = SensitivityDesign.Morris(Parameters.Count, 2, new RandomStream(Seed));

    private static PointOutputs[] Run(int replicates, int parallelism = 1, (int, int)? blocks = null) =>
        ModelEvaluation.Run(Source, Parameters, Design, blocks ?? (0, Design.Samples), replicates, Seed, null, parallelism);

    /// <summary>The key figures of one run of the scenario at <paramref name="point"/> with replicate <paramref name="r"/>'s seed.</summary>
    private static double[] KeyFigures(int point, int r)
    {
        var scenario = ScenarioRunner.Resolve(Source.At(Parameters, UncertainPoints.FromUnit(Parameters, Design.Points[point])), Seed, null);
        var summary = ScenarioRunner.Run(scenario, RandomStreams.ReplicateSeed(Seed, r)).Summary;
        return ModelEvaluation.Outputs.Select(name => KeyFigureDefinitions.All[KeyFigureDefinitions.IndexOf(name)].Read(summary)).ToArray();
    }

    [Fact]
    public void A_points_outputs_are_the_mean_of_its_replicates_key_figures_and_the_standard_error_of_that_mean()
    {
        var points = Run(replicates: 3);
        Assert.Equal(Design.Points.Count, points.Length);
        Assert.Equal(Enumerable.Range(0, Design.Points.Count), points.Select(p => p.Point));
        foreach (var point in new[] { 0, 4 })
        {
            var runs = Enumerable.Range(0, 3).Select(r => KeyFigures(point, r)).ToArray();
            for (var o = 0; o < ModelEvaluation.Outputs.Length; o++)
            {
                var x = runs.Select(run => run[o]).ToArray();
                var mean = x.Average();
                var se = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / 2 / 3);
                Assert.Equal(mean, points[point].Means[o], 9);
                Assert.Equal(se, points[point].StandardErrors[o], 9);
                Assert.Equal(se * se, points[point].NoiseVariances[o], 9);
            }
        }

        Assert.True(points.Any(p => p.StandardErrors.Any(se => se > 0)), "the replicates differ somewhere");
        Assert.True(points.Select(p => p.Means[0]).Distinct().Count() > 1, "the points differ");
    }

    [Fact]
    public void With_one_replicate_a_point_is_its_single_run_and_its_standard_error_is_not_known()
    {
        var points = Run(replicates: 1);
        Assert.Equal(KeyFigures(1, 0), points[1].Means);
        Assert.All(points, p => Assert.All(p.StandardErrors, se => Assert.True(double.IsNaN(se))));
    }

    [Fact]
    public void A_slice_of_blocks_runs_exactly_those_blocks_points_and_the_parallelism_changes_nothing()
    {
        var whole = Run(replicates: 2);
        var second = Run(replicates: 2, parallelism: 2, blocks: (1, 2));
        Assert.Equal(Design.BlockSize, second.Length);
        for (var i = 0; i < second.Length; i++)
        {
            Assert.Equal(whole[Design.BlockSize + i].Point, second[i].Point);
            Assert.Equal(whole[Design.BlockSize + i].Means, second[i].Means);
            Assert.Equal(whole[Design.BlockSize + i].StandardErrors, second[i].StandardErrors);
        }

        Assert.Equal((1, 2), ModelEvaluation.Blocks(Design, new Shard(2, 2)));
        Assert.Equal((0, 2), ModelEvaluation.Blocks(Design, Shard.Whole));
    }

    /// <summary>
    /// Peru's refusal starts on a day from 24 to 27 November (baseline.yaml) and ends on 27 November; let its end range
    /// from 24 to 30 November too, and the end alone at its low end falls before the scenario's start: the check names
    /// that point. With the end's range from 27 November on, every checked point is valid.
    /// </summary>
    [Fact]
    public void The_range_check_names_a_point_at_which_the_scenario_is_not_valid()
    {
        var baseline = TestScenarios.Text("baseline.yaml").TrimEnd();
        ScenarioText WithEnd(string range) => new(baseline + $"\n  - key: policies[1].end\n    range: [{range}]\n    source: test\n", "b.yaml", []);
        IReadOnlyList<UncertainParameter> Of(ScenarioText text) => UncertainInputs.ForKeys(ScenarioLoader.Parse(text.Text, text.File), ["policies[1].start", "policies[1].end"]);

        var wide = WithEnd("2025-11-24, 2025-11-30");
        var e = Assert.Throws<ScenarioException>(() => ModelEvaluation.CheckRanges(wide, Of(wide)));
        var d = Assert.Single(e.Diagnostics);
        Assert.EndsWith("(at the point policies[1].start=2025-11-26, policies[1].end=2025-11-24: the uncertainty ranges allow a scenario that is not valid; narrow them)", d.Message, StringComparison.Ordinal);

        var narrow = WithEnd("2025-11-27, 2025-11-30");
        ModelEvaluation.CheckRanges(narrow, Of(narrow));
    }

    /// <summary>
    /// Two group sizes with shares from 0 to 0.5 each: either alone at 0 leaves the other's share, but both at 0 leave
    /// no group size, which no scenario allows. The check tries all the low ends together, and names that point.
    /// </summary>
    [Fact]
    public void The_range_check_tries_every_parameter_at_its_low_end_together()
    {
        var baseline = TestScenarios.Text("baseline.yaml");
        var sizes = baseline[baseline.IndexOf("    - { size: 1", StringComparison.Ordinal)..(baseline.IndexOf("  nationalities:", StringComparison.Ordinal))];
        var text = baseline.Replace(sizes, "    - { size: 1, share: 0.5 }\n    - { size: 2, share: 0.5 }\n", StringComparison.Ordinal).TrimEnd()
            + "\n  - key: population.group_sizes[0].share\n    range: [0, 0.5]\n    source: test\n  - key: population.group_sizes[1].share\n    range: [0, 0.5]\n    source: test\n";
        var source = new ScenarioText(text, "b.yaml", []);
        var parameters = UncertainInputs.ForKeys(ScenarioLoader.Parse(text, "b.yaml"), ["population.group_sizes[0].share", "population.group_sizes[1].share"]);

        var e = Assert.Throws<ScenarioException>(() => ModelEvaluation.CheckRanges(source, parameters));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("population.group_sizes", d.Path);
        Assert.EndsWith("(at the point population.group_sizes[0].share=0, population.group_sizes[1].share=0: the uncertainty ranges allow a scenario that is not valid; narrow them)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_argument_or_no_replicate_is_refused_by_its_name()
    {
        void Refused<T>(string name, Action call)
            where T : ArgumentException => Assert.Equal(name, Assert.Throws<T>(call).ParamName);
        Refused<ArgumentOutOfRangeException>("replicates", () => Run(replicates: 0));
        Refused<ArgumentNullException>("design", () => ModelEvaluation.Blocks(null!, Shard.Whole));
        Refused<ArgumentNullException>("source", () => ModelEvaluation.CheckRanges(null!, Parameters));
        Refused<ArgumentNullException>("parameters", () => ModelEvaluation.CheckRanges(Source, null!));
        Refused<ArgumentNullException>("source", () => ModelEvaluation.Run(null!, Parameters, Design, (0, 1), 1, Seed, null, 1));
        Refused<ArgumentNullException>("design", () => ModelEvaluation.Run(Source, Parameters, null!, (0, 1), 1, Seed, null, 1));
    }

    [Fact]
    public void Every_run_is_reported_done_and_a_cancelled_evaluation_stops()
    {
        var done = 0;
        ModelEvaluation.Run(Source, Parameters, Design, (0, 1), 2, Seed, null, 1, runDone: () => Interlocked.Increment(ref done));
        Assert.Equal(2 * Design.BlockSize, done);

        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ModelEvaluation.Run(Source, Parameters, Design, (0, 1), 2, Seed, null, 1, cancel.Token));

        // Cancelled during a point's first run (Ctrl+C), it stops after that run, not after the point's other replicates.
        using var midway = new CancellationTokenSource();
        var runs = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ModelEvaluation.Run(Source, Parameters, Design, (0, 1), 3, Seed, null, 1, midway.Token, () =>
        {
            runs++;
            midway.Cancel();
        }));
        Assert.Equal(1, runs);
    }
}
