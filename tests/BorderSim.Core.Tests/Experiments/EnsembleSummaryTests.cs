using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>
/// summary.json of an ensemble from hand-built replicates (<see cref="HandBuiltExperiments"/>: key figure k is
/// 10·k + 0, 1, 4, 9, 16 in the five replicates), so every distribution is known exactly.
/// </summary>
public sealed class EnsembleSummaryTests
{
    private static readonly EnsembleSummary Summary = EnsembleSummary.From(HandBuiltExperiments.Ensemble(5));

    [Fact]
    public void Each_key_figure_is_the_mean_quartiles_and_90_percent_interval_of_the_replicates_under_its_name()
    {
        // R7 over 0, 1, 4, 9, 16: p5 at rank 0.2 (0.2), p25 at rank 1 (1), p50 4, p75 9, p95 at rank 3.8 (9 + 0.8·7); the mean 6.
        for (var k = 0; k < KeyFigureDefinitions.All.Count; k++)
        {
            var name = KeyFigureDefinitions.All[k].Name;
            var d = Summary[name];
            Assert.Equal((10.0 * k) + 6, d.Mean);
            Assert.Equal([Quantiles.Round((10.0 * k) + 0.2), (10.0 * k) + 1, (10.0 * k) + 4, (10.0 * k) + 9, Quantiles.Round((10.0 * k) + 14.6)], [d.P5, d.P25, d.P50, d.P75, d.P95]);
        }

        Assert.Same(Summary.PeakStranded, Summary["peak_stranded"]);
        Assert.Same(Summary.Outcomes.ReturnedInland, Summary["returned_inland"]);
        Assert.Same(Summary.ShelterAdmissions, Summary["shelter_admissions"]);
    }

    [Fact]
    public void A_name_that_is_not_a_key_figure_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => Summary["peak_stranded_date"]);
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("'peak_stranded_date' is not a key figure", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_is_set_against_the_replicates_that_have_a_value_for_it()
    {
        // Replicate 1 has no value at the observation; the others have 0.5, 2.5, 3.5, 4.5 against an observed 50.
        var o = Assert.Single(Summary.Observations);
        Assert.Equal(3, o.Simulated!.P50);
        Assert.Equal(3 - 50, o.Error);
        Assert.False(o.WithinInterval);
        Assert.Equal(new DateOnly(2025, 12, 2), Summary.PeakStrandedDate.P50);
        Assert.Equal(5, Summary.Replicates);
    }
    /// <summary>Simulated values 0, 40, 80, 120 and 160: a 90% interval from 8 to 152 (R7).</summary>
    [Fact]
    public void An_observation_meets_the_interval_when_its_value_or_its_range_reaches_it()
    {
        double?[] simulated = [0, 40, 80, 120, 160];
        bool? Within(double value, double? low = null, double? high = null) =>
            EnsembleObservation.From(HandBuiltExperiments.Observation with { Value = value, Low = low, High = high }, simulated).WithinInterval;
        var d = EnsembleObservation.From(HandBuiltExperiments.Observation, simulated).Simulated!;
        Assert.Equal((8, 152), (d.P5, d.P95));

        Assert.True(Within(8));
        Assert.True(Within(152));
        Assert.False(Within(7.9));
        Assert.False(Within(152.1));
        Assert.True(Within(5, low: 4, high: 8)); // a range that reaches the interval from below
        Assert.True(Within(160, low: 152, high: 170)); // and from above
        Assert.False(Within(5, low: 4, high: 7.9));
        Assert.False(Within(160, low: 152.1, high: 170));
    }

    [Fact]
    public void Without_a_simulated_value_an_observation_and_the_peak_date_are_unknown_not_zero()
    {
        var o = EnsembleObservation.From(HandBuiltExperiments.Observation, [null, null]);
        Assert.Equal((null, null, null), (o.Simulated, o.Error, o.WithinInterval));
        var dates = DateDistribution.From([null, null]);
        Assert.Equal((null, null, null), (dates.P5, dates.P50, dates.P95));
    }

    [Fact]
    public void The_summary_says_it_is_an_ensembles_and_gives_an_observations_time_of_day_as_hours_and_minutes()
    {
        Assert.Equal("ensemble", Summary.Kind);
        var o = EnsembleObservation.From(HandBuiltExperiments.Observation with { Time = new TimeOnly(13, 5) }, [1.0]);
        Assert.Equal("13:05", o.Time);
    }
}
