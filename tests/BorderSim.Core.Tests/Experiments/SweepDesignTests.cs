using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>
/// A sweep's points read from a CSV file that another tool wrote (sweep --design): what is read, and every way such a
/// file can be wrong, each reported at its file, line and column. The command's end-to-end run is in the CLI tests.
/// </summary>
public sealed class SweepDesignTests
{
    private static string Problems(string text) =>
        Assert.Throws<FormatException>(() => SweepDesign.Parse(text, "d.csv")).Message;

    [Fact]
    public void A_design_reads_its_key_paths_from_the_header_and_one_point_per_row_with_its_line()
    {
        var design = SweepDesign.Parse("\uFEFFbehaviour.give_up_rate_per_day, policies_2.duration_days ,policies[1].start\n0.5,60,2025-11-24\n\n 1.5 ,\"90\",2025-11-27\n", "d.csv");
        Assert.Equal(["behaviour.give_up_rate_per_day", "policies[2].duration_days", "policies[1].start"], design.Paths);
        Assert.Equal([["0.5", "60", "2025-11-24"], ["1.5", "90", "2025-11-27"]], design.Points);
        Assert.Equal([2, 4], design.Lines);

        var dimensions = design.Dimensions();
        Assert.Equal(new SweepDimension("behaviour.give_up_rate_per_day", null, 0.5, 1.5, null), dimensions[0]);
        Assert.Equal(new SweepDimension("policies[2].duration_days", null, 60, 90, null, WholeNumbers: true), dimensions[1]);
        Assert.Equal(["2025-11-24", "2025-11-27"], dimensions[2].Listed);
        Assert.Equal("policies[1].start", dimensions[2].Path);
    }

    [Theory]
    [InlineData("", "d.csv: empty; expected a header of key paths")]
    [InlineData("\n \n", "d.csv: empty; expected a header of key paths")]
    [InlineData("behaviour.give_up_rate_per_day\n", "d.csv:2:1: no points: expected one row per point after the header")]
    [InlineData("behaviour.give_up_rate\n1\n", "d.csv:1:1: 'behaviour.give_up_rate' is not a key path of the scenario format. Did you mean 'behaviour.give_up_rate_per_day'? 'bordersim keys' lists them")]
    [InlineData("behaviour.give_up_rate_per_day,,seed\n1,2,3\n", "d.csv:1:32: an empty column name: each column is the key path of a varied parameter")]
    [InlineData("behaviour.give_up_rate_per_day,behaviour.give_up_rate_per_day\n1,2\n", "d.csv:1:32: behaviour.give_up_rate_per_day is a column twice")]
    [InlineData("behaviour.give_up_rate_per_day,seed\n1\n", "d.csv:2:1: expected 2 values (one per column of the header), found 1")]
    [InlineData("behaviour.give_up_rate_per_day\n1,2\n", "d.csv:2:3: expected 1 values (one per column of the header), found 2")]
    [InlineData("behaviour.give_up_rate_per_day,seed\n1,2\n , 3\n", "d.csv:3:1: behaviour.give_up_rate_per_day: no value; every point gives every column a value")]
    public void A_design_that_is_not_a_header_and_rows_of_values_is_refused_at_its_line_and_column(string text, string message) =>
        Assert.StartsWith(message, Problems(text), StringComparison.Ordinal);

    [Fact]
    public void Every_problem_is_reported_at_most_twenty_and_a_count_of_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 25).Select(_ => "1,2,3\n"));
        var message = Problems("behaviour.give_up_rate_per_day,seed\n" + rows);
        var lines = message.Split(Environment.NewLine);
        Assert.Equal(21, lines.Length);
        Assert.Equal("d.csv:2:5: expected 2 values (one per column of the header), found 3", lines[0]);
        Assert.Equal("d.csv:21:5: expected 2 values (one per column of the header), found 3", lines[19]);
        Assert.Equal("… and 5 more", lines[20]);

        var twenty = Problems("behaviour.give_up_rate_per_day,seed\n" + string.Concat(Enumerable.Range(0, 20).Select(_ => "1,2,3\n"))).Split(Environment.NewLine);
        Assert.Equal(20, twenty.Length); // all of them, and no count of none
    }

    [Fact]
    public void A_design_past_its_bounds_is_refused_with_the_bound()
    {
        var wide = string.Join(',', Enumerable.Range(0, SweepDesign.MaxColumns + 1).Select(i => $"c{i}"));
        Assert.Equal("d.csv:1:1: at most 256 columns, found 257", Problems(wide + "\n"));
        Assert.DoesNotContain("at most 256 columns", Problems(string.Join(',', Enumerable.Range(0, SweepDesign.MaxColumns).Select(i => $"c{i}")) + "\n"), StringComparison.Ordinal);

        var many = "behaviour.give_up_rate_per_day\n" + string.Concat(Enumerable.Repeat("1\n", SweepDesign.MaxPoints + 1));
        Assert.Equal($"d.csv:{SweepDesign.MaxPoints + 2}:1: at most 200000 points in one design, found 200001; split it into several designs", Problems(many));
        Assert.Equal(SweepDesign.MaxPoints, SweepDesign.Parse("behaviour.give_up_rate_per_day\n" + string.Concat(Enumerable.Repeat("1\n", SweepDesign.MaxPoints)), "d.csv").Points.Count);

        Assert.Equal("d.csv: larger than 64 MiB; split the design and run it in slices", Problems(new string('1', SweepDesign.MaxFileBytes + 1)));
        Assert.Throws<ArgumentNullException>(() => SweepDesign.Parse(null!, "d.csv"));
    }

    /// <summary>A column is a range only if every value in it is a number; dates, or numbers mixed with dates, are listed.</summary>
    [Fact]
    public void A_column_of_numbers_is_a_range_and_any_other_column_lists_its_values()
    {
        var design = SweepDesign.Parse("behaviour.give_up_rate_per_day,policies_2.start,policies_2.duration_days\n0.5,2025-12-01,70\n0.2,60,90\n", "d.csv");
        var dims = design.Dimensions();
        Assert.Equal((0.2, 0.5, true), (dims[0].Low, dims[0].High, dims[0].IsRange));
        Assert.Equal(["2025-12-01", "60"], dims[1].Listed);
        Assert.Equal((70, 90, true), (dims[2].Low, dims[2].High, dims[2].IsRange));
    }

    [Fact]
    public void A_points_scenario_has_its_values_and_a_value_that_does_not_suit_its_key_is_reported_at_the_points_line()
    {
        var text = TestScenarios.Text("baseline.yaml");
        var design = SweepDesign.Parse("behaviour.give_up_rate_per_day,policies_2.duration_days\n0.5,70\n0.7,-3\n", "points.csv");

        var first = design.ScenarioAt(0, text, "baseline.yaml", [new ScenarioOverride("seed", "9")], "points.csv");
        Assert.Equal(0.5, first.Behaviour.GiveUpRatePerDay);
        Assert.Equal(70, first.Policies[2].DurationDays);
        Assert.Equal(9UL, first.Seed);

        var e = Assert.Throws<ScenarioException>(() => design.ScenarioAt(1, text, "baseline.yaml", [], "points.csv"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("points.csv:3", d.File);
        Assert.Equal("policies[2].duration_days=-3", d.Path); // the point's value as the design gives it
        Assert.Equal(0, d.Line);
        Assert.Equal("overrides", Assert.Throws<ArgumentNullException>(() => design.ScenarioAt(0, text, "baseline.yaml", null!, "points.csv")).ParamName);
    }
}
