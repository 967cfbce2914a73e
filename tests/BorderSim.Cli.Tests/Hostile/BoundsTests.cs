using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>What validate accepts, run runs: lists and the window are bounded with clear limits, checked up front.</summary>
public sealed class BoundsTests
{
    [Fact]
    public void More_than_64_policies_are_refused_with_the_limit()
    {
        using var temp = new TempFolder();
        var extra = 65 - HostileScenario.BaselinePolicies; // one over the bound
        var file = HostileScenario.Write(temp["s.yaml"], t => HostileScenario.WithPolicies(t, extra));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("policies: at most 64 policies, found 65", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundreds_of_policies_are_refused_with_the_limit_and_one_message()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], t => HostileScenario.WithPolicies(t, 600));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"policies: at most 64 policies, found {HostileScenario.BaselinePolicies + 600}", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("contradicts", outcome.Stderr, StringComparison.Ordinal); // no pairwise check on a list over its bound
    }

    [Fact]
    public void A_file_of_a_hundred_thousand_values_is_refused_before_the_tree_is_built()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], t => HostileScenario.WithEvents(t, 20_000));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("more than 10,000 values", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_64_events_are_refused_with_the_limit()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], t => HostileScenario.WithEvents(t, 600));
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("events: at most 64 events, found 605", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_of_a_hundred_years_is_refused_with_the_limit()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", "window.end=2125-12-31");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("window.end: the window lasts 36,578 days; at most 1,827 (five years)", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_longer_than_a_chart_can_show_is_refused()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", "policies[1].label=" + new string('L', 101));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("policies[1].label: at most 100 characters, found 101", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_at_the_limits_that_validates_also_runs()
    {
        using var temp = new TempFolder();
        // Five years, the shipped policies spread out plus 14 more on one day each, and 40 events on distinct days.
        var file = HostileScenario.Write(temp["s.yaml"], t =>
        {
            var more = string.Concat(Enumerable.Range(0, 14).Select(i => $"  - {{ label: \"P{i}\", start: 2026-{1 + i % 12:00}-{1 + i:00}, duration_days: 20, effects: {{ departures: {{ multiplier: 1.0 }} }} }}\n"));
            var events = string.Concat(Enumerable.Range(0, 40).Select(i => $"  - {{ date: {2026 + i / 12}-{1 + i % 12:00}-15, label: \"E{i}\" }}\n"));
            return t.Replace("  end: 2025-12-31", "  end: 2030-11-07", StringComparison.Ordinal)
                .Replace("\nevents:\n", "\n" + more + "\nevents:\n" + events, StringComparison.Ordinal);
        });
        Assert.Equal(0, CliRunner.Run("validate", file).ExitCode);
        var outcome = CliRunner.Run("run", file, "--out", temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Fact]
    public void Run_all_of_many_scenarios_charts_the_first_twelve_and_tables_them_all()
    {
        using var temp = new TempFolder();
        var scenarios = Directory.CreateDirectory(temp["scenarios"]).FullName;
        var names = Enumerable.Range(1, 14).Select(i => $"s-{i:00}").ToArray();
        foreach (var name in names)
        {
            HostileScenario.Write(Path.Combine(scenarios, name + ".yaml"), t => HostileScenario.Named(name)(t).Replace("  end: 2025-12-31", "  end: 2025-11-30", StringComparison.Ordinal));
        }

        var outcome = CliRunner.Run("run-all", scenarios, "--out", temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("note: comparison.svg draws the first 12 of 14 scenarios", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(15, File.ReadAllLines(Path.Combine(temp["out"], "comparison", "comparison.csv")).Length);

        var refused = CliRunner.Run("run-all", scenarios, "--out", temp["again"], "--chart", string.Join(',', names[..13]));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--chart: at most 12 scenarios on one chart, found 13", refused.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["again"]));
    }

    /// <summary>
    /// The contract for the charts: a scenario at the limits (64 policies in force at once, 64 events on nearby days)
    /// runs and draws. Today's SVG charts run out of annotation lanes at 18 overlapping policies; the plotting rewrite
    /// (issue #10) makes them cope with many labels, and this test is to be switched on with it.
    /// </summary>
    [Fact(Skip = "until the plotting rewrite of issue #10: the current charts fail with 'Too many annotation lanes' from 18 overlapping policies")]
    public void Sixty_four_overlapping_policies_and_sixty_four_events_run_and_draw()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"], t => HostileScenario.WithEvents(HostileScenario.WithPolicies(t, 59), 59));
        Assert.Equal(0, CliRunner.Run("validate", file).ExitCode);
        var outcome = CliRunner.Run("run", file, "--out", temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }
}
