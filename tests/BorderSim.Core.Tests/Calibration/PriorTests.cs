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
}
