using BorderSim.Core.Calibration;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// calibration.md, the section docs/CALIBRATION.md includes, over the hand-made calibration of
/// <see cref="Calibrations"/>: how it was made, the tables an analyst quotes (their headers and every row's numbers),
/// the warning when the last population rests on few particles, and the parameters the data leave open. The prose is
/// checked for the facts it carries, not word for word.
/// </summary>
public sealed class CalibrationReportTests
{
    // Made afresh for each test, not once in a static field: Stryker switches mutants inside one test process, and a value
    // made once would show every later mutant the unmutated one (and count as covered by no test).
    private CalibrationResult Result { get; } = Calibrations.Result();

    private CalibrationSummary Summary { get; }

    private string Report { get; }

    public CalibrationReportTests()
    {
        Summary = CalibrationSummary.Of(Result);
        Report = CalibrationReport.Markdown(Result, Summary, "bordersim calibrate scenarios/baseline.yaml --budget 2000");
    }

    /// <summary>The lines of the section headed <paramref name="heading"/>, up to the next heading.</summary>
    private static string[] Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}'");
        var end = markdown.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)].Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    private static string[] TableRows(string[] section) => section.Where(l => l.StartsWith('|')).ToArray();

    [Fact]
    public void The_report_says_how_the_calibration_was_made_and_why_it_stopped()
    {
        var intro = Section(Report, "## Calibration by ABC-SMC");
        Assert.StartsWith("## Calibration by ABC-SMC\n\n", Report, StringComparison.Ordinal);
        var made = intro[0];
        Assert.Contains("Made by `bordersim calibrate scenarios/baseline.yaml --budget 2000` (scenario `baseline`, seed 20251128, tick 1h). ", made, StringComparison.Ordinal);
        Assert.Contains("ABC-SMC with 4 particles per population: 2 populations, 1,242 simulations in all, ", made, StringComparison.Ordinal);
        Assert.Contains("final tolerance 0.123; it stopped because reached 2 populations. ", made, StringComparison.Ordinal);
        // How the distance is measured: the facts a reader needs to read a tolerance.
        Assert.Contains("root mean square of each fitted observation's miss", made, StringComparison.Ordinal);
        Assert.Contains("in units of a quarter of the count", made, StringComparison.Ordinal);
        Assert.Contains("the posterior includes the model's own noise", made, StringComparison.Ordinal);
        Assert.Equal("Fitted to: crossed_irregular 2025-11-17; stranded 2025-11-28. Held out (not used in the fit, compared afterwards): stranded 2025-12-01 13:00; stranded 2025-12-01 17:00.", intro[1]);
        Assert.Equal(2, intro.Length); // no warning: the last population is worth 3.3 of its 4 particles
    }

    /// <summary>
    /// The whole section, word for word, as a reader of docs/CALIBRATION.md sees it: held-out observations named and
    /// marked, the prior's population with tolerance "∞ (the prior)", acceptance rates as percentages, numbers of 100
    /// and more to one decimal and from 1,000 with separators. A change to it is reviewed and accepted by copying the
    /// <c>.actual</c> file the failing test writes over the golden one.
    /// </summary>
    [Fact]
    public void The_whole_report_of_the_hand_made_calibration_reads_as_its_golden_file() =>
        Support.GoldenText.Verify("Calibration/Calibrations.calibration.md", Report);

    [Fact]
    public void Nothing_held_out_is_said_so()
    {
        var result = Result with { Setup = Result.Setup with { HeldOut = [false, false, false, false] } };
        var intro = Section(CalibrationReport.Markdown(result, CalibrationSummary.Of(result), "c"), "## Calibration by ABC-SMC");
        Assert.Equal("Fitted to: crossed_irregular 2025-11-17; stranded 2025-11-28; stranded 2025-12-01 13:00; stranded 2025-12-01 17:00. Nothing held out.", intro[1]);
    }

    [Theory]
    [InlineData(0.99, true)]
    [InlineData(1.0, false)] // a quarter of the 4 particles exactly
    [InlineData(3.4, false)]
    public void The_report_warns_when_the_last_populations_effective_sample_size_is_below_a_quarter_of_the_particles(double ess, bool warned)
    {
        var generations = Result.Abc.Generations.ToArray();
        generations[^1] = generations[^1] with { EffectiveSampleSize = ess };
        var result = Result with { Abc = Result.Abc with { Generations = generations } };
        var intro = Section(CalibrationReport.Markdown(result, Summary, "c"), "## Calibration by ABC-SMC");
        var warning = intro.SingleOrDefault(l => l.StartsWith("**The last population rests on few particles**", StringComparison.Ordinal));
        Assert.Equal(warned, warning is not null);
        if (warning is not null)
        {
            Assert.Contains("its effective sample size is 1 of 4", warning, StringComparison.Ordinal);
            Assert.Contains("a larger `--budget` or fewer `--params`", warning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_parameters_table_gives_each_prior_the_scenarios_value_the_posterior_and_whether_the_data_identify_it()
    {
        var section = Section(Report, "### Parameters");
        Assert.Equal(
            [
                "| key path | prior | value in the scenario | posterior median | posterior 90% interval | posterior weight at or below the scenario's value | data identify it? |",
                "|---|---|---|---|---|---|---|",
                "| `behaviour.give_up_rate_per_day` | log-uniform 0.1–1.5 | 1 | 1 | 0.123–1.4 | 80% | not identified (107% of the prior's 90% width) |",
                "| `policies[2].duration_days` | triangular 60–124 (mode 60) | 60 | 70 | 61–90 | 0% | weakly identified (59% of the prior's 90% width) |",
            ],
            TableRows(section));
        var after = string.Join("\n", section.SkipWhile(l => l.StartsWith('|')));
        Assert.Contains("less than 40% as wide as its prior's, *weakly identified* up to 75%", after, StringComparison.Ordinal);
        Assert.Contains("the value in the scenario is a choice, not an estimate.", after, StringComparison.Ordinal);
        Assert.EndsWith(" Not identified here: `behaviour.give_up_rate_per_day`.", after, StringComparison.Ordinal);

        // A posterior of the duration spanning 61–124 leaves it open too: both are listed.
        var bothOpen = Summary with { Parameters = [Summary.Parameters[0], Summary.Parameters[1] with { P95 = 124 }] };
        Assert.EndsWith(
            " Not identified here: `behaviour.give_up_rate_per_day`, `policies[2].duration_days`.",
            Section(CalibrationReport.Markdown(Result, bothOpen, "c"), "### Parameters")[^1],
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_without_a_scenario_value_or_percentile_shows_a_dash_and_none_unidentified_is_listed_as_none()
    {
        var summary = Summary with { Parameters = [Summary.Parameters[1] with { ScenarioValue = null, ScenarioPercentile = null }] };
        var section = Section(CalibrationReport.Markdown(Result, summary, "c"), "### Parameters");
        Assert.Equal("| `policies[2].duration_days` | triangular 60–124 (mode 60) | – | 70 | 61–90 | – | weakly identified (59% of the prior's 90% width) |", TableRows(section)[2]);
        Assert.EndsWith("not an estimate.", section[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_fit_table_gives_each_observation_its_range_role_and_both_intervals_with_whether_they_meet_it()
    {
        var section = Section(Report, "### Fit to the observations");
        Assert.Contains("Scenario as given: 3 replicates of the scenario's own values (the same seeds as `bordersim run --replicates`).", section[0], StringComparison.Ordinal);
        Assert.Contains("*Within*: the 90% interval meets the observation's range.", section[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "| observation | observed | used | posterior median (90%) | within | scenario as given median (90%) | within |",
                "|---|---|---|---|---|---|---|",
                "| crossed_irregular 2025-11-17 | 40 (30–50) | fit | 60 (20–1,235) | yes | 30 (12–48) | yes |",
                "| stranded 2025-11-28 | ≥ 100 | fit | 90 (80–99.5) | no | 110 (101–119) | yes |",
                "| stranded 2025-12-01 13:00 | 70 | held out | 71 (69–72) | yes | 3 (1.2–4.8) | no |",
                "| stranded 2025-12-01 17:00 | ≤ 30 | held out | 30 (10–40) | yes | 35 (26–44) | yes |",
            ],
            TableRows(section));
    }

    [Fact]
    public void The_headline_figures_and_the_tolerance_sequence_are_tabled()
    {
        var figures = Section(Report, "### Headline figures across the posterior");
        Assert.Contains("how much the figures an analyst quotes still vary once the parameters agree with the data", figures[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "| figure | posterior median (90%) | scenario as given median (90%) |",
                "|---|---|---|",
                "| Peak stranded (persons) | 1,002 (1,000–1,003) | 1,010 (1,001–1,019) |",
                "| Stranded person-days (person-days) | 2,002 (2,000–2,003) | 2,010 (2,001–2,019) |",
                "| Crossed irregularly (persons) | 7,002 (7,000–7,003) | 7,010 (7,001–7,019) |",
                "| Returned inland (persons) | 10,002 (10,000–10,003) | 10,010 (10,001–10,019) |",
                "| Queued person-days (person-days) | 3,002 (3,000–3,003) | 3,010 (3,001–3,019) |",
                "| Left by corridor (persons) | 8,002 (8,000–8,003) | 8,010 (8,001–8,019) |",
            ],
            TableRows(figures));
        Assert.Equal(
            [
                "| population | tolerance | simulations | acceptance rate | effective sample size |",
                "|---|---|---|---|---|",
                "| 0 | ∞ (the prior) | 8 | 50% | 4 |",
                "| 1 | 0.123 | 1,234 | 0.3% | 3 |",
            ],
            TableRows(Section(Report, "### Tolerance sequence")));
    }

    [Fact]
    public void Without_replicates_of_the_scenario_as_given_its_intervals_are_dashes_and_never_within()
    {
        var result = Result with { AsGiven = [] };
        var markdown = CalibrationReport.Markdown(result, CalibrationSummary.Of(result), "c");
        Assert.Equal("| crossed_irregular 2025-11-17 | 40 (30–50) | fit | 60 (20–1,235) | yes | – | no |", TableRows(Section(markdown, "### Fit to the observations"))[2]);
        Assert.Equal("| Peak stranded (persons) | 1,002 (1,000–1,003) | – |", TableRows(Section(markdown, "### Headline figures across the posterior"))[2]);
    }

    [Theory]
    [InlineData(double.NaN, "–")]
    [InlineData(999.96, "1000")]
    [InlineData(1000, "1,000")]
    [InlineData(-1234.6, "-1,235")]
    [InlineData(100, "100")]
    [InlineData(123.44, "123.4")]
    [InlineData(99.94, "99.9")]
    [InlineData(0.0123456, "0.0123")]
    public void Numbers_show_three_significant_digits_below_100_one_decimal_below_1000_and_thousands_separators_above(double x, string text) =>
        Assert.Equal(text, CalibrationReport.Num(x));

    [Fact]
    public void An_observation_is_labelled_by_its_metric_date_and_time_of_day_if_it_has_one()
    {
        Assert.Equal(["crossed_irregular 2025-11-17", "stranded 2025-11-28", "stranded 2025-12-01 13:00", "stranded 2025-12-01 17:00"], Summary.Fits.Select(CalibrationReport.Label));
    }

    [Fact]
    public void A_null_argument_is_refused_by_its_name()
    {
        Assert.Throws<ArgumentNullException>("result", () => CalibrationReport.Markdown(null!, Summary, "c"));
        Assert.Throws<ArgumentNullException>("summary", () => CalibrationReport.Markdown(Result, null!, "c"));
        Assert.Throws<ArgumentNullException>("fit", () => CalibrationReport.Label(null!));
    }
}
