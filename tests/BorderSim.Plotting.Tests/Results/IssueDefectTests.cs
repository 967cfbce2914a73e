using BorderSim.Plotting.Results;
using BorderSim.Plotting.Sweeps;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Results;

/// <summary>The defects a new analyst found in the charts (issue 10), each held fixed.</summary>
public sealed class IssueDefectTests
{
    [Fact]
    public void Comparison_series_keep_apart_and_shared_facts_are_said_once()
    {
        var data = ResultFixtures.Load("single");
        var chart = ResultsComparison.Chart([new ComparedRun("a", data), new ComparedRun("b", data), new ComparedRun("c", data)]);

        Assert.Equal(3, chart.Series.Select(s => s.Dash).Distinct().Count());
        Assert.True(chart.Series[0].Width > chart.Series[1].Width && chart.Series[1].Width > chart.Series[2].Width);
        Assert.Equal(1, CountOf(chart.Subtitle!, "seed"));
        Assert.Contains("All runs: scenario baseline · seed", chart.Subtitle!, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c"], chart.Series.Select(s => s.Name));
    }

    [Fact]
    public void Ensemble_bands_in_a_comparison_are_outlined_with_one_legend_entry()
    {
        var chart = ResultsComparison.Chart([new ComparedRun("one run", ResultFixtures.Load("single")), new ComparedRun("five runs", ResultFixtures.Load("ensemble"))]);

        Assert.NotNull(chart.BandOutlineLabel);
        Assert.Equal(["one run (1 replicate)", "five runs (5 replicates)"], chart.Series.Select(s => s.Name));
    }

    [Fact]
    public void Overrides_are_shown_and_mark_the_policies_they_changed()
    {
        var files = ResultFixtures.Files("single");
        files["manifest.json"] = files["manifest.json"].Replace("\"window.end=2025-12-31\"", "\"window.end=2025-12-31\", \"policies[1].start=2025-11-25\"", StringComparison.Ordinal);
        var data = ResultsData.Parse(files);

        Assert.Contains("with --set window.start=2025-11-20, --set window.end=2025-12-31, --set policies[1].start=2025-11-25", ResultsCharts.Stranded(data).Subtitle!, StringComparison.Ordinal);
        Assert.Single(ResultsCharts.Periods(data), p => p.Label.EndsWith("(--set)", StringComparison.Ordinal));
        Assert.Contains("(changed by --set)", ResultsRendering.Render(data, new ResultsRenderOptions { Formats = ChartFormats.Svg }).Single(f => f.Name == "report.html").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Flows_have_the_policy_periods_and_states_leave_out_a_state_nobody_was_in()
    {
        var data = ResultFixtures.Load("single");
        Assert.Equal(ResultsCharts.Periods(data), ResultsCharts.DailyFlows(data).Periods);

        var daily = ResultFixtures.Files("single")["daily.csv"].Split('\n');
        var column = Array.IndexOf(daily[0].Split(','), "sheltered");
        var zeroed = string.Join('\n', daily.Select((line, i) => i == 0 || line.Length == 0 ? line : string.Join(',', line.Split(',').Select((c, k) => k == column ? "0" : c))));
        var states = ResultsCharts.PersonsByState(ResultsData.Parse(ResultFixtures.With("single", "daily.csv", zeroed)));
        Assert.DoesNotContain(states.Layers, l => l.Name == "In shelters in Chile");
    }

    [Fact]
    public void An_ensembles_outcomes_include_corridor_exits_and_repatriations_from_daily_totals()
    {
        var bars = ResultsCharts.Outcomes(ResultFixtures.Load("ensemble")).Bars.Select(b => b.Label).ToArray();

        Assert.Contains("Left by humanitarian corridor", bars);
        Assert.Contains("Repatriated", bars);
    }

    [Fact]
    public void Sweep_axes_have_readable_names_with_units()
    {
        Assert.Equal("Give up rate (per day)", ParameterNames.Readable("behaviour.give_up_rate_per_day"));
        Assert.Equal("Policy 3: duration (days)", ParameterNames.Readable("policies[2].duration_days"));
        var data = SweepFixtures.Load("sweep-grid");
        var chart = SweepCharts.ByParameter(data, SweepCharts.Figures[0], 0);
        Assert.DoesNotContain("_", chart.XAxisLabel!, StringComparison.Ordinal);
        Assert.Equal("Peak persons stranded (persons)", chart.YAxisLabel);
    }

    [Fact]
    public void The_report_says_what_within_range_means()
    {
        var html = ResultsRendering.Render(ResultFixtures.Load("single"), new ResultsRenderOptions { Formats = ChartFormats.Svg }).Single(f => f.Name == "report.html").Text;
        Assert.Contains("Within range: whether the simulated value lies in the reported range", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string word) => text.Split(word).Length - 1;
}
