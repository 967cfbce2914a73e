using BorderSim.Core.Experiments;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

[RunsManyScenarios]
public sealed class SweepTests
{
    [Fact]
    public void Dimensions_parse_lists_and_ranges()
    {
        var list = SweepDimension.Parse("behaviour.give_up_rate_per_day=0.1,0.2,0.4");
        Assert.Equal(["0.1", "0.2", "0.4"], list.Values);
        var range = SweepDimension.Parse("behaviour.give_up_rate_per_day=0.1:0.5:5");
        Assert.Equal(["0.1", "0.2", "0.3", "0.4", "0.5"], range.Values);
        var whole = SweepDimension.Parse("policies.2.duration_days=30:91:4") with { WholeNumbers = true };
        Assert.Equal("policies[2].duration_days", whole.Path);
        Assert.Equal(["30", "50", "71", "91"], whole.Values);
        var lhsRange = SweepDimension.Parse("population.pool_persons=1000:5000");
        Assert.True(lhsRange.IsRange);
        Assert.Null(lhsRange.Values);
        Assert.Equal("population.pool_persons=1000:5000", lhsRange.ToString());
        Assert.Throws<FormatException>(() => SweepDimension.Parse("x=5:1:3"));
        Assert.Throws<FormatException>(() => SweepDimension.Parse("no-equals"));
        Assert.Throws<FormatException>(() => SweepDimension.Parse("x=1:2:0"));
    }

    [Theory]
    [InlineData("behaviour.give_up_rate_per_day", "behaviour.give_up_rate_per_day")]
    [InlineData("policies[2].duration_days", "policies_2.duration_days")]
    [InlineData("policies[12].effects.corridor.places_per_day", "policies_12.effects.corridor.places_per_day")]
    [InlineData("border.capacity_schedule[1].persons_per_hour", "border.capacity_schedule_1.persons_per_hour")]
    public void A_varied_key_path_is_a_column_that_R_and_pandas_take_as_it_is_and_reads_back(string path, string column)
    {
        Assert.Equal(column, SweepDimension.ColumnName(path));
        Assert.Matches("^[A-Za-z][A-Za-z0-9._]*$", column); // a syntactic name in R: read.csv keeps it unchanged
        Assert.Equal(path, SweepDimension.PathOfColumn(column));
    }

    [Fact]
    public void Every_key_path_of_the_format_reads_back_from_its_column()
    {
        foreach (var parameter in BorderSim.Core.Scenarios.ParameterCatalog.All)
        {
            var path = parameter.Path.Replace("[]", "[3]", StringComparison.Ordinal);
            Assert.Equal(path, SweepDimension.PathOfColumn(SweepDimension.ColumnName(path)));
        }
    }

    [Fact]
    public void A_grid_holds_every_combination_once()
    {
        var dims = new[] { SweepDimension.Parse("a=1,2,3"), SweepDimension.Parse("b=x,y") };
        var grid = SweepPlan.Grid(dims);
        Assert.Equal(6, grid.Count);
        Assert.Equal(6, grid.Select(p => string.Join('|', p)).Distinct().Count());
        Assert.Equal(["1", "x"], grid[0]);
        Assert.Equal(["3", "y"], grid[5]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public void A_latin_hypercube_puts_exactly_one_point_in_each_stratum_of_each_parameter(int n)
    {
        var dims = new[] { SweepDimension.Parse("a=0:1"), SweepDimension.Parse("b=10:20"), SweepDimension.Parse("c=-5:5") };
        var points = SweepPlan.LatinHypercube(dims, n, 42);
        Assert.Equal(n, points.Count);
        for (var d = 0; d < dims.Length; d++)
        {
            var strata = points
                .Select(p => double.Parse(p[d], System.Globalization.CultureInfo.InvariantCulture))
                .Select(v => (int)Math.Floor((v - dims[d].Low) / (dims[d].High - dims[d].Low) * n))
                .Select(s => Math.Min(s, n - 1))
                .Order()
                .ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }

        Assert.Equal(points.Select(p => string.Join('|', p)), SweepPlan.LatinHypercube(dims, n, 42).Select(p => string.Join('|', p)));
        Assert.NotEqual(points.Select(p => string.Join('|', p)), SweepPlan.LatinHypercube(dims, n, 43).Select(p => string.Join('|', p)));
    }

    /// <summary>
    /// Each parameter's strata are shuffled on their own: were they not, point i would sit in stratum i of every
    /// parameter and the parameters would rise together. The design for a seed is pinned: a shared sweep file names its
    /// seed, and the same seed must give the same points on any machine and in any version that does not say otherwise.
    /// </summary>
    [Fact]
    public void A_latin_hypercube_shuffles_each_parameters_strata_on_its_own_and_a_seed_gives_the_same_points()
    {
        var dims = new[] { SweepDimension.Parse("a=0:1"), SweepDimension.Parse("b=0:1") };
        var points = SweepPlan.LatinHypercube(dims, 100, 42);
        int Stratum(string value) => Math.Min((int)Math.Floor(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) * 100), 99);
        Assert.NotEqual(points.Select(p => Stratum(p[0])), points.Select(p => Stratum(p[1])));
        Assert.NotEqual(Enumerable.Range(0, 100), points.Select(p => Stratum(p[0])));

        Assert.Equal(["0.754115|0.392663", "0.668586|0.170581", "0.47462|0.561744", "0.094073|0.866733"], SweepPlan.LatinHypercube(dims, 4, 42).Select(p => string.Join('|', p)));
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => SweepPlan.LatinHypercube(dims, 0, 42)).ParamName);
    }

    [Theory]
    [InlineData("=0.1", "--vary '=0.1': expected key.path=V1,V2,V3 or key.path=LOW:HIGH:STEPS")]
    [InlineData("a=", "--vary 'a=': expected key.path=V1,V2,V3 or key.path=LOW:HIGH:STEPS")]
    [InlineData("a=0.5:0.1:3", "--vary 'a=0.5:0.1:3': expected LOW:HIGH:STEPS with LOW ≤ HIGH, e.g. a=0.1:0.5:5")]
    [InlineData("a=0.1:0.5:0", "--vary 'a=0.1:0.5:0': STEPS must be a whole number of at least 1")]
    public void A_bad_vary_is_refused_saying_what_was_expected(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => SweepDimension.Parse(text)).Message);

    [Fact]
    public void A_grid_of_one_step_is_its_low_end_and_only_a_range_without_steps_is_for_a_latin_hypercube()
    {
        Assert.Equal(["0.1"], SweepDimension.Parse("a=0.1:0.5:1").Values);
        Assert.Equal(["0.3"], SweepDimension.Parse("a=0.3:0.3:1").Values);
        Assert.Equal(["0.1", "0.3", "0.5"], SweepDimension.Parse("a=0.1:0.5:3").Values);
        Assert.Equal(["0", "0.00005", "0.0001"], SweepDimension.Parse("a=0:0.0001:3").Values); // never 5E-05
        Assert.False(SweepDimension.Parse("a=0.1:0.5:3").IsRange);
        Assert.False(SweepDimension.Parse("a=1,2").IsRange);
        Assert.True(SweepDimension.Parse("a=0.1:0.5").IsRange);
    }

    [Fact]
    public void Each_run_of_a_sweep_is_reported_done_and_a_cancelled_sweep_stops()
    {
        var dims = new[] { SweepDimension.Parse("behaviour.give_up_rate_per_day=0.1,0.9") };
        var points = SweepPlan.Grid(dims);
        var scenarios = Sweep.Scenarios(BorderSim.Core.Scenarios.ScenarioJson.Serialize(TestScenarios.Small()), "small.json", [], dims, points, null, null);
        var done = 0;
        Sweep.Run(scenarios, dims, points, [], 2, new Shard(1, 2), 2, itemDone: () => Interlocked.Increment(ref done));
        Assert.Equal(2, done); // the first half of two points by two replicates

        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Sweep.Run(scenarios, dims, points, [], 2, Shard.Whole, 1, cancel.Token));
    }

    [Fact]
    public void A_sweep_runs_every_point_and_replicate_and_its_slices_merge_into_it()
    {
        var scenario = TestScenarios.Small();
        var text = BorderSim.Core.Scenarios.ScenarioJson.Serialize(scenario);
        var dims = new[] { SweepDimension.Parse("behaviour.give_up_rate_per_day=0.1,0.9") };
        var points = SweepPlan.Grid(dims);
        var scenarios = Sweep.Scenarios(text, "small.json", [], dims, points, null, null);
        Assert.Equal(0.9, scenarios[1].Behaviour.GiveUpRatePerDay);
        var whole = Sweep.Run(scenarios, dims, points, [], 3, Shard.Whole, 2);
        Assert.True(whole.IsComplete);
        Assert.Equal(6, whole.Rows.Count);

        // Common random numbers: replicate r has the same seed at every point.
        Assert.Equal(whole.Rows[0].Seed, whole.Rows[3].Seed);

        // Giving up faster leaves fewer stranded person-days. Paired replicates share a seed, but their draws part ways once
        // a group decides differently, so one pair may go against the trend: compare the replicates together.
        Assert.True(whole.Rows.Skip(3).Sum(r => r.Figures["stranded_person_days"]) < whole.Rows.Take(3).Sum(r => r.Figures["stranded_person_days"]));

        var slices = new[] { new Shard(2, 2), new Shard(1, 2) }
            .Select(s => Sweep.Run(scenarios, dims, points, [], 3, s, 1))
            .Select(s => s with { Rows = SweepWriter.ReadRows(Write(s, SweepWriter.WriteRows), 1) })
            .ToArray();
        var merged = Sweep.Merge(slices);
        Assert.Equal(Write(whole, SweepWriter.WriteRows), Write(merged, SweepWriter.WriteRows));
        Assert.Equal(Write(whole, SweepWriter.WritePoints), Write(merged, SweepWriter.WritePoints));
        var pointsCsv = Write(whole, SweepWriter.WritePoints).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, pointsCsv.Length);
        Assert.StartsWith("point,behaviour.give_up_rate_per_day,n_replicates,peak_stranded_mean,", pointsCsv[0]);
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, new[] { 3 }, "point 1, replicate 0 is missing from the slices")]
    [InlineData(new[] { 0, 1, 2 }, new[] { 1, 2, 3 }, "point 0, replicate 1 appears in more than one slice")]
    [InlineData(new[] { 0, 1 }, new int[0], "the slices hold 2 of 4 runs")]
    public void Slices_that_do_not_hold_each_run_once_are_refused_naming_the_point_and_replicate(int[] first, int[] second, string message)
    {
        var slices = new[] { first, second }.Select(items => HandBuiltExperiments.Sweep(items)).ToArray();

        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => Sweep.Merge(slices)).Message);
    }

    [Fact]
    public void A_dimension_of_listed_values_is_told_as_it_was_given_and_a_range_without_steps_is_no_grid()
    {
        Assert.Equal("policies[1].start=2025-11-24,2025-11-27", SweepDimension.Parse("policies.1.start = 2025-11-24, 2025-11-27").ToString());

        var e = Assert.Throws<FormatException>(() => SweepPlan.Grid([SweepDimension.Parse("population.pool_persons=1000:5000")]));
        Assert.Equal("--vary population.pool_persons: a grid needs values (V1,V2 or LOW:HIGH:STEPS); LOW:HIGH alone is for --lhs", e.Message);
    }

    [Fact]
    public void Other_characters_of_a_key_path_become_underscores_in_its_column()
    {
        Assert.Equal("a_b_c_", SweepDimension.ColumnName("a b/c,"));
    }

    private static string Write(SweepData data, Action<SweepData, TextWriter> write)
    {
        var w = new StringWriter();
        write(data, w);
        return w.ToString();
    }
}
