using BorderSim.Plotting.Results;
using BorderSim.Plotting.Sweeps;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Sweeps;

/// <summary>Reading a sweep's folder and choosing what to draw from it.</summary>
public sealed class SweepResultsTests
{
    private const string Header = "point,a,b,replicates,peak_stranded_mean,peak_stranded_p5,peak_stranded_p50,peak_stranded_p95";

    [Fact]
    public void A_grid_is_recognised_and_its_values_are_ordered_by_number()
    {
        var data = SweepFixtures.Load("sweep-grid");
        Assert.True(data.IsGrid);
        Assert.Equal(["behaviour.give_up_rate_per_day", "policies[2].duration_days"], data.Parameters.Select(p => p.Path));
        Assert.Equal(["0.1", "0.3", "0.5", "0.7", "0.9"], data.Parameters[0].Values);
        Assert.Equal(10, data.Replicates);
        Assert.Equal("baseline", data.ScenarioName);
        Assert.Equal(15, data.Points.Count);
    }

    [Fact]
    public void A_latin_hypercube_is_scattered_and_says_so()
    {
        var data = SweepFixtures.Load("sweep-lhs");
        Assert.False(data.IsGrid);
        Assert.Equal(40, data.Manifest.Lhs);
        Assert.EndsWith("tick 24h\u00A0· Latin hypercube of 40 points", SweepCharts.RunDescription(data), StringComparison.Ordinal);
        Assert.All(SweepCharts.ByParameter(data, SweepCharts.Figures[0], 0).Series, s => Assert.Equal(XYMarks.Points, s.Marks));
    }

    [Fact]
    public void A_third_parameter_is_held_at_its_middle_in_lines_and_averaged_in_the_heatmap()
    {
        var data = SweepFixtures.Load("sweep-three");
        var chart = SweepCharts.ByParameter(data, SweepCharts.Figures[0], 1);
        Assert.Equal(3, chart.Series.Count);
        Assert.All(chart.Series, s => Assert.Equal(2, s.Points.Count));
        Assert.Contains("behaviour.irregular_attempt_rate_per_day held at\u00A00.2", chart.Subtitle, StringComparison.Ordinal);

        var heatmap = SweepCharts.Heatmap(data, SweepCharts.Figures[0])!;
        Assert.Equal(6, heatmap.Cells.Count);
        Assert.Contains("averaged over the 2 values of behaviour.irregular_attempt_rate_per_day", heatmap.Subtitle, StringComparison.Ordinal);
        var expected = data.Points.Where(p => p.Values[0] == "0.1" && p.Values[1] == "30").Average(p => p["peak_stranded"].Mean);
        Assert.Equal(expected, heatmap.Cells.Single(c => c.X == 0.1 && c.Y == 30).Value, 9);
    }

    [Fact]
    public void A_second_parameter_with_many_values_gets_its_lowest_middle_and_highest_line()
    {
        var rows = Enumerable.Range(0, 2 * 9).Select(i => $"{i},{i / 9},{(i % 9) * 10},4,1,0,1,2");
        var data = SweepResults.Parse(name => name == "points.csv" ? string.Join('\n', rows.Prepend(Header)) : null);
        var chart = SweepCharts.ByParameter(data, SweepCharts.Figures[0], 0);
        Assert.Equal(["b = 0", "b = 40", "b = 80"], chart.Series.Select(s => s.Name));
        Assert.Contains("(its lowest, middle and highest of 9)", chart.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_numeric_values_become_categories_in_the_order_given()
    {
        var csv = $"{Header}\n0,open,1,2,5,4,5,6\n1,closed,1,2,9,8,9,10\n";
        var data = SweepResults.Parse(name => name == "points.csv" ? csv : null);
        Assert.False(data.Parameters[0].IsNumeric);
        var chart = SweepCharts.ByParameter(data, SweepCharts.Figures[0], 0);
        Assert.Equal(["open", "closed"], chart.XCategories);
        Assert.Equal([0.0, 1.0], chart.Series.Single().Points.Select(p => p.X));
    }

    [Theory]
    [InlineData("policies[2].duration_days", "policies_2.duration_days")]
    [InlineData("population.nationalities[0].documented_share", "population.nationalities_0.documented_share")]
    [InlineData("a b/c", "a_b_c")]
    public void Key_paths_are_made_safe_for_file_names(string path, string expected) => Assert.Equal(expected, SweepCharts.FileSafe(path));

    [Fact]
    public void File_names_follow_the_figures_and_parameters()
    {
        Assert.Equal(
            ["sweep-peak_stranded-by-a.svg", "sweep-stranded_person_days-by-a.svg", "sweep-crossed_irregular-by-a.svg"],
            SweepRendering.FileNames(["a"], ChartFormats.Svg));
        Assert.Equal(9, SweepRendering.FileNames(["a", "policies[1].duration_days"], ChartFormats.Svg).Count);
        Assert.Contains("heatmap-crossed_irregular.svg", SweepRendering.FileNames(["a", "b", "c"]));
    }

    [Theory]
    [InlineData(null, "points.csv is missing")]
    [InlineData("", "is empty")]
    [InlineData("point,replicates\n", "expected the columns point, the varied parameters, n_replicates")]
    [InlineData(Header + "\n", "has a header but no points")]
    [InlineData(Header + "\n0,1,2,4,1,0,x,2\n", "line 2, column 'peak_stranded_p50': 'x' is not a number")]
    [InlineData(Header + "\n0,1,,4,1,0,1,2\n", "line 2: a varied parameter has no value")]
    public void Malformed_points_are_reported(string? csv, string message)
    {
        var e = Assert.Throws<ResultsFormatException>(() => SweepResults.Parse(name => name == "points.csv" ? csv : null));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slice_is_told_to_merge_first()
    {
        var e = Assert.Throws<ResultsFormatException>(() => SweepResults.Parse(name => name == "manifest.json" ? """{"kind": "sweep", "shard": "2/3"}""" : null));
        Assert.Contains("slice 2/3 of a sweep", e.Message, StringComparison.Ordinal);
        Assert.Contains("bordersim merge", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_without_a_charted_figure_cannot_be_drawn()
    {
        var csv = "point,a,replicates,intercepted_mean,intercepted_p5,intercepted_p50,intercepted_p95\n0,1,2,1,1,1,1\n";
        var e = Assert.Throws<ResultsFormatException>(() => SweepRendering.Render(name => name == "points.csv" ? csv : null));
        Assert.Contains("lacks the mean, p5, p50 and p95 of peak_stranded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_manifests_are_told_from_others()
    {
        Assert.True(SweepResults.IsSweepManifest(ResultFixtures.Files("sweep-one")["manifest.json"]));
        Assert.False(SweepResults.IsSweepManifest(ResultFixtures.Files("ensemble")["manifest.json"]));
        Assert.False(SweepResults.IsSweepManifest(null));
    }
}
