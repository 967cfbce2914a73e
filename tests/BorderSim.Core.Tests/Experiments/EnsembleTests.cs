using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

[RunsManyScenarios]
public sealed class EnsembleTests
{
    private static readonly Scenario Scenario = ScenarioRunner.Resolve(TestScenarios.Small(), 17, null);

    private static readonly Observation[] Observations =
    [
        new() { Date = new DateOnly(2025, 12, 10), Metric = "stranded", Value = 50, Source = "test", Quote = "q" },
        new() { Date = new DateOnly(2025, 12, 10), Time = new TimeOnly(13, 0), Metric = "stranded", Value = 50, Low = 40, High = 60, Source = "test", Quote = "q" },
    ];

    private static string Files(EnsembleData data)
    {
        var files = new SortedDictionary<string, StringWriter>(StringComparer.Ordinal);
        EnsembleWriter.Write(data, name => files[name] = new StringWriter());
        return string.Join("\n----\n", files.Select(f => f.Key + "\n" + f.Value));
    }

    [Fact]
    public void Outputs_are_byte_identical_whatever_the_parallelism()
    {
        var one = Files(Ensemble.Run(Scenario, Observations, 9, Shard.Whole, 1));
        Assert.Equal(one, Files(Ensemble.Run(Scenario, Observations, 9, Shard.Whole, 2)));
        Assert.Equal(one, Files(Ensemble.Run(Scenario, Observations, 9, Shard.Whole, 8)));
    }

    [Fact]
    public void Replicate_zero_is_the_single_run_and_each_replicate_has_its_own_seed()
    {
        var data = Ensemble.Run(Scenario, [], 5, Shard.Whole, 2);
        Assert.Equal(Scenario.Seed, data.Replicates[0].Seed);
        Assert.Equal(5, data.Replicates.Select(r => r.Seed).Distinct().Count());
        var single = ScenarioRunner.Run(Scenario);
        Assert.Equal(single.Summary.PeakStranded, data.Replicates[0].Figures["peak_stranded"]);
        Assert.Equal(single.Days[^1].Cumulative.Departures, data.Replicates[0].Daily[^1][BorderSim.Core.Results.DailyColumns.All.ToList().FindIndex(c => c.Name == "total_departures")]);
    }

    /// <summary>The command's progress counts each replicate as it ends; a cancelled ensemble stops; none is not an ensemble.</summary>
    [Fact]
    public void Each_replicate_is_reported_done_a_cancelled_ensemble_stops_and_zero_replicates_are_refused()
    {
        var done = 0;
        Ensemble.Run(Scenario, [], 4, new Shard(2, 2), 2, replicateDone: () => Interlocked.Increment(ref done));
        Assert.Equal(2, done); // the second half of four

        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Ensemble.Run(Scenario, [], 4, Shard.Whole, 1, cancel.Token));

        Assert.Equal("replicates", Assert.Throws<ArgumentOutOfRangeException>(() => Ensemble.Run(Scenario, [], 0, Shard.Whole, 1)).ParamName);
    }

    [Fact]
    public void Slices_merge_into_exactly_the_whole_ensemble()
    {
        var whole = Files(Ensemble.Run(Scenario, Observations, 10, Shard.Whole, 2));
        var slices = Enumerable.Range(1, 3).Select(k => Ensemble.Run(Scenario, Observations, 10, new Shard(k, 3), 2)).ToArray();
        Assert.All(slices, s => Assert.False(s.IsComplete));
        Assert.Equal(whole, Files(Ensemble.Merge(slices.Reverse().ToArray())));
    }

    [Fact]
    public void Slices_read_back_from_their_files_merge_into_the_whole()
    {
        var whole = Files(Ensemble.Run(Scenario, Observations, 6, Shard.Whole, 2));
        var read = Enumerable.Range(1, 2).Select(k =>
        {
            var slice = Ensemble.Run(Scenario, Observations, 6, new Shard(k, 2), 1);
            var replicates = new StringWriter();
            var figures = new StringWriter();
            EnsembleWriter.WriteReplicates(slice, replicates);
            EnsembleWriter.WriteKeyFigures(slice, figures);
            return EnsembleReader.Read(Scenario, Observations, 6, new Shard(k, 2), replicates.ToString(), figures.ToString());
        }).ToArray();
        Assert.Equal(whole, Files(Ensemble.Merge(read)));
    }

    [Fact]
    public void A_missing_or_repeated_slice_is_refused()
    {
        var a = Ensemble.Run(Scenario, [], 4, new Shard(1, 2), 1);
        Assert.Throws<InvalidDataException>(() => Ensemble.Merge([a]));
        Assert.Throws<InvalidDataException>(() => Ensemble.Merge([a, a]));
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, new[] { 3 }, "replicate 2 is missing from the slices")]
    [InlineData(new[] { 0, 1, 2 }, new[] { 2, 3 }, "replicate 2 appears in more than one slice")]
    [InlineData(new[] { 0, 1 }, new[] { 2 }, "the slices hold 3 of 4 replicates")]
    public void Slices_that_do_not_hold_each_replicate_once_are_refused_naming_the_replicate(int[] first, int[] second, string message)
    {
        var slices = new[] { first, second }.Select((indices, k) => HandBuiltExperiments.Ensemble(4, new Shard(k + 1, 2), indices)).ToArray();

        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => Ensemble.Merge(slices)).Message);
    }

    [Fact]
    public void Merging_no_slices_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Ensemble.Merge([]));
        Assert.Equal("slices", e.ParamName);
        Assert.StartsWith("nothing to merge", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slices_partition_the_work()
    {
        foreach (var (total, count) in new[] { (10, 3), (7, 7), (5, 8), (1000, 13) })
        {
            var covered = Enumerable.Range(1, count).SelectMany(k =>
            {
                var (start, end) = new Shard(k, count).Range(total);
                return Enumerable.Range(start, end - start);
            }).ToArray();
            Assert.Equal(Enumerable.Range(0, total), covered);
        }

        Assert.True(Shard.TryParse("3/10", out var s) && s == new Shard(3, 10));
        Assert.False(s.IsWhole);
        Assert.True(Shard.Whole.IsWhole);
        Assert.True(Shard.TryParse("1/1", out var one) && one.IsWhole);
        Assert.False(Shard.TryParse("0/10", out _));
        Assert.False(Shard.TryParse("11/10", out _));
        Assert.False(Shard.TryParse("a/b", out _));
    }

    [Fact]
    public void The_summary_sets_observations_against_the_ensemble_interval()
    {
        var summary = EnsembleSummary.From(Ensemble.Run(Scenario, Observations, 8, Shard.Whole, 2));
        Assert.Equal(8, summary.Replicates);
        Assert.Equal(2, summary.Observations.Count);
        var o = summary.Observations[1];
        Assert.NotNull(o.Simulated);
        Assert.Equal(o.Simulated!.P50 - 50, o.Error!.Value, 9);
        Assert.Equal(60 >= o.Simulated.P5 && 40 <= o.Simulated.P95, o.WithinInterval);
        Assert.True(summary.PeakStranded.P5 <= summary.PeakStranded.P50 && summary.PeakStranded.P50 <= summary.PeakStranded.P95);
    }
}
