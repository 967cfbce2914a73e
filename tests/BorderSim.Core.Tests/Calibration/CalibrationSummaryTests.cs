using BorderSim.Core.Calibration;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// The numbers every output of a calibration reports (parameters.csv, fit.csv, figures.csv, calibration.md), computed
/// once from the last population: weighted percentiles of the particles, R7 percentiles of the scenario as given, and
/// the verdicts drawn from them (identified or not, within the observation or not).
/// </summary>
public sealed class CalibrationSummaryTests
{
    // Made afresh for each test, not once in a static field: Stryker switches mutants inside one test process, and a value
    // made once would show every later mutant the unmutated one (and count as covered by no test).
    private CalibrationSummary Summary { get; } = CalibrationSummary.Of(Calibrations.Result());

    [Fact]
    public void Each_parameter_gets_its_weighted_mean_percentiles_and_the_posterior_weight_at_or_below_the_scenarios_value()
    {
        var giveUp = Summary.Parameters[0];
        Assert.Equal(Calibrations.GiveUp, giveUp.Prior.Path);
        Assert.Equal("1", giveUp.ScenarioValue);
        Assert.Equal((0.1 * 0.1234567) + (0.2 * 1.4) + (0.3 * 0.4) + (0.4 * 1.0), giveUp.Mean, 12);
        Assert.Equal([0.1234567, 1.0, 1.4], [giveUp.P5, giveUp.P50, giveUp.P95]);
        // 0.1234567, 0.4 and the 1.0 equal to the scenario's value: 0.1 + 0.3 + 0.4 of the weight.
        Assert.Equal(0.8, giveUp.ScenarioPercentile!.Value, 12);

        var duration = Summary.Parameters[1];
        Assert.Equal("60", duration.ScenarioValue);
        Assert.Equal(75.6, duration.Mean, 12);
        Assert.Equal([61, 70, 90], [duration.P5, duration.P50, duration.P95]);
        Assert.Equal(0, duration.ScenarioPercentile);
        // The prior's 90% interval is 61–110 (49 days): the posterior's 61–90 is 29/49 of it.
        Assert.Equal(49, duration.Prior.Width90);
        Assert.Equal(29.0 / 49, duration.WidthRatio, 12);
        Assert.Equal(Identification.Weakly, duration.Identification);
        Assert.Equal(Identification.NotIdentified, giveUp.Identification);
    }

    [Fact]
    public void A_scenario_value_that_is_not_a_number_has_no_percentile()
    {
        var result = Calibrations.Result();
        var priors = result.Setup.Priors.Select(p => p with { Parameter = p.Parameter with { Value = "" } }).ToArray();
        var summary = CalibrationSummary.Of(result with { Setup = result.Setup with { Priors = priors } });
        Assert.All(summary.Parameters, p => Assert.Null(p.ScenarioPercentile));
        Assert.All(summary.Parameters, p => Assert.Equal("", p.ScenarioValue));
    }

    [Fact]
    public void Each_observation_gets_the_posterior_predictive_and_the_scenario_as_given_and_whether_each_meets_it()
    {
        Assert.Equal(["sim_crossed_irregular_20251117", "sim_stranded_20251128", "sim_stranded_20251201_1300", "sim_stranded_20251201_1700"], Summary.Fits.Select(f => f.Column));
        Assert.Equal([false, false, true, true], Summary.Fits.Select(f => f.HeldOut));
        Assert.Equal(Calibrations.Observations, Summary.Fits.Select(f => f.Observation));
        Assert.Equal([30.0, 100, 70, double.NegativeInfinity], Summary.Fits.Select(f => f.Target.Lower));
        Assert.Equal([50.0, double.PositiveInfinity, 70, 30], Summary.Fits.Select(f => f.Target.Upper));

        // Weighted (0.1, 0.2, 0.3, 0.4) percentiles of the particles' values.
        Assert.Equal([20, 60, 1234.6], Summary.Fits[0].Posterior);
        Assert.Equal([80, 90, 99.5], Summary.Fits[1].Posterior);
        Assert.Equal([69, 71, 72], Summary.Fits[2].Posterior);
        Assert.Equal([10, 30, 40], Summary.Fits[3].Posterior);

        // R7 percentiles of three replicates, e.g. 50, 10, 30 → 12, 30, 48.
        Assert.Equal([12, 30, 48], Summary.Fits[0].AsGiven);
        Assert.Equal([101, 110, 119], Summary.Fits[1].AsGiven);
        Assert.Equal([1.2, 3, 4.8], Summary.Fits[2].AsGiven);
        Assert.Equal([26, 35, 44], Summary.Fits[3].AsGiven);

        // "At least 100" is missed by a posterior topping out at 99.5; the scenario as given never comes near 70.
        Assert.Equal([true, false, true, true], Summary.Fits.Select(f => f.PosteriorWithin));
        Assert.Equal([true, true, false, true], Summary.Fits.Select(f => f.AsGivenWithin));
    }

    [Fact]
    public void The_headline_figures_spread_across_the_posterior_and_across_the_scenario_as_given()
    {
        Assert.Equal(CalibrationSummary.Headline, Summary.Figures.Select(f => f.Definition.Name));
        foreach (var f in Summary.Figures)
        {
            var scale = 1000.0 * (KeyFigureDefinitions.IndexOf(f.Definition.Name) + 1);
            Assert.Equal([scale, scale + 2, scale + 3], f.Posterior); // the particles' figures are scale + 0, 1, 2, 3
            Assert.Equal([scale + 1, scale + 10, scale + 19], f.AsGiven); // the replicates' are scale + 20, 0, 10
        }
    }

    [Theory]
    [InlineData(2.7, Identification.Identified, "identified")]
    [InlineData(3.6, Identification.Weakly, "weakly identified")]
    [InlineData(6.0, Identification.Weakly, "weakly identified")]
    [InlineData(6.75, Identification.NotIdentified, "not identified")]
    [InlineData(9.0, Identification.NotIdentified, "not identified")]
    public void A_parameter_is_identified_below_40_percent_of_the_priors_width_weakly_below_75_and_not_beyond(double width, Identification expected, string text)
    {
        var prior = Priors.Of(Calibrations.GiveUp, 0, 10); // 90% interval 0.5–9.5
        Assert.Equal(9, prior.Width90);
        var posterior = new ParameterPosterior(prior, "1", 5, 0, 5, width, 0.5);
        Assert.Equal(width / 9, posterior.WidthRatio, 15);
        Assert.Equal(expected, posterior.Identification);
        Assert.Equal(text, posterior.IdentificationText);
    }

    [Theory]
    [InlineData(10, 20, 30, true)] // its top reaches the range's bottom
    [InlineData(50, 55, 60, true)] // its bottom reaches the range's top
    [InlineData(10, 20, 29, false)]
    [InlineData(51, 55, 60, false)]
    [InlineData(35, 40, 45, true)]
    public void An_interval_is_within_an_observation_when_it_meets_its_range_ends_included(double p5, double p50, double p95, bool within)
    {
        var observation = Calibrations.Observations[0]; // 40, range 30–50
        var fit = new ObservationFit("c", observation, ObservationTarget.From(observation, "c"), false, [p5, p50, p95], [0, 0, 0]);
        Assert.Equal(within, fit.PosteriorWithin);
        Assert.False(fit.AsGivenWithin);
        Assert.Equal(within, (fit with { AsGiven = [p5, p50, p95] }).AsGivenWithin);
    }

    [Fact]
    public void Plain_percentiles_sort_their_values_and_are_unknown_for_none()
    {
        Assert.Equal([1.1, 2, 2.9], CalibrationSummary.Plain([3, 1, 2]));
        Assert.All(CalibrationSummary.Plain([]), q => Assert.True(double.IsNaN(q)));
    }

    [Fact]
    public void A_null_result_is_refused_by_its_name() =>
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => CalibrationSummary.Of(null!)).ParamName);
}
