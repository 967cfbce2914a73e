using BorderSim.Core.Calibration;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

public sealed class PriorTests
{
    public static TheoryData<Prior> Shapes() =>
    [
        Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5),
        Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5, UncertainDistribution.LogUniform),
        Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5, UncertainDistribution.Triangular, mode: 0.4),
        Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5, UncertainDistribution.Normal, mode: 0.8, sd: 0.3),
        Priors.Of("policies[2].duration_days", 60, 124, UncertainDistribution.Triangular, mode: 60, kind: ParameterKind.WholeNumber),
    ];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_density_integrates_to_one_over_the_range_and_matches_the_draws(Prior prior)
    {
        var (a, b) = prior.Parameter.IsDiscrete ? (prior.Low - 0.5, prior.High + 0.5) : (prior.Low, prior.High);
        const int Steps = 20_000;
        double total = 0, lowerHalf = 0;
        var middle = (prior.Low + prior.High) / 2;
        var cut = prior.Parameter.IsDiscrete ? middle - 0.5 : middle; // a whole number below the middle is drawn from below middle − 0.5
        for (var i = 0; i < Steps; i++)
        {
            var x = a + ((i + 0.5) * (b - a) / Steps);
            var mass = prior.Density(x) * (b - a) / Steps;
            total += mass;
            lowerHalf += x < cut ? mass : 0;
        }

        Assert.Equal(1, total, 0.02);

        // 20,000 draws: the share below the middle within 0.015 of the density's (about 4.5 standard errors).
        var random = new RandomStream(7);
        var below = Enumerable.Range(0, 20_000).Count(_ => prior.Sample(random) < middle) / 20_000.0;
        Assert.InRange(below, lowerHalf - 0.015, lowerHalf + 0.015);
        Assert.Equal(0, prior.Density(prior.High + 1));
    }

    [Fact]
    public void Display_rounds_to_three_significant_digits_inside_the_range()
    {
        var prior = Priors.Of("population.base_departures_persons_per_day", 40, 150);
        Assert.Equal("113", prior.Display(112.6789));
        Assert.Equal("150", prior.Display(149.99));
        Assert.Equal("0.0452", Priors.Of("behaviour.irregular_route.detection_rate_per_day", 0.02, 0.5).Display(0.045217));
    }

    [Fact]
    public void A_triangular_prior_peaking_at_its_low_end_has_its_highest_density_there()
    {
        var prior = Priors.Of("behaviour.give_up_rate_per_day", 2, 6, UncertainDistribution.Triangular, mode: 2);
        Assert.Equal(0.5, prior.Density(2)); // 2 / (6 − 2)
        Assert.Equal(0.25, prior.Density(4));
    }

    [Fact]
    public void A_normal_prior_with_no_mass_left_inside_its_range_is_flat_over_it()
    {
        var prior = Priors.Of("behaviour.give_up_rate_per_day", 1, 3, UncertainDistribution.Normal, mode: 100, sd: 0.1);
        Assert.Equal(0.5, prior.Density(1.5));
        Assert.Equal(0.5, prior.Density(3));
    }

    [Fact]
    public void A_prior_is_described_by_its_shape_and_range_with_its_mode_or_mean_and_sd_where_it_has_them()
    {
        Assert.Equal("uniform 40–150", Priors.Of("population.base_departures_persons_per_day", 40, 150).Describe());
        Assert.Equal("log-uniform 0.1–1.5", Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5, UncertainDistribution.LogUniform).Describe());
        Assert.Equal("triangular 60–124 (mode 60)", Priors.Of("policies[2].duration_days", 60, 124, UncertainDistribution.Triangular, mode: 60, kind: ParameterKind.WholeNumber).Describe());
        Assert.Equal("normal 1–3 (mean 2, sd 0.5)", Priors.Of("behaviour.give_up_rate_per_day", 1, 3, UncertainDistribution.Normal, mode: 2, sd: 0.5).Describe());
    }

    [Fact]
    public void A_prior_range_includes_both_its_ends()
    {
        var prior = Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5);
        Assert.Equal([false, true, true, true, false], new[] { 0.0999, 0.1, 0.8, 1.5, 1.5001 }.Select(prior.Contains));
    }

    [Fact]
    public void A_prior_is_as_wide_as_its_central_90_percent_interval_and_a_whole_number_at_least_one_unit()
    {
        // Uniform 0.1–0.5: the 5th and 95th percentiles are 0.12 and 0.48 (within rounding).
        Assert.Equal(0.36, Priors.Of("behaviour.give_up_rate_per_day", 0.1, 0.5).Width90, 1e-12);

        // A whole number that can take one value only: one unit wide, so a posterior's width is a share of something.
        Assert.Equal(1, Priors.Of("policies[2].duration_days", 60, 60, kind: ParameterKind.WholeNumber).Width90);
    }

    [Fact]
    public void A_whole_number_prior_takes_whole_values_rounding_halves_to_even_and_a_number_prior_takes_any()
    {
        var days = Priors.Of("policies[2].duration_days", 60, 124, kind: ParameterKind.WholeNumber);
        Assert.Equal([62, 62, 64, 63], new[] { 62.4, 62.5, 63.5, 62.6 }.Select(days.Snap));
        Assert.Equal(0.45, Priors.Of("behaviour.give_up_rate_per_day", 0.1, 1.5).Snap(0.45));
    }

    [Fact]
    public void Display_shows_whole_numbers_and_dates_as_the_parameter_takes_them()
    {
        var end = Priors.Of("policies[2].end", new DateOnly(2026, 1, 12).DayNumber, new DateOnly(2026, 3, 11).DayNumber, kind: ParameterKind.Date);
        Assert.Equal("2026-02-01", end.Display(new DateOnly(2026, 2, 1).DayNumber));
        Assert.Equal("1234", Priors.Of("policies[2].duration_days", 1, 5000, kind: ParameterKind.WholeNumber).Display(1234));
    }
}
