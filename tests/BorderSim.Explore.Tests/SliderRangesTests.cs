using BorderSim.Explore.Controls;
using BorderSim.Explore.Tests.Support;

namespace BorderSim.Explore.Tests;

/// <summary>Sliders span the scenario's own uncertainty ranges where it gives them, the catalogue's elsewhere.</summary>
public sealed class SliderRangesTests
{
    private static Control ControlOf(string path) =>
        Baseline.Session.Description.Groups.SelectMany(g => g.Controls).Single(c => c.Path == path);

    [Fact]
    public void A_range_from_the_scenarios_uncertainty_section_sets_the_slider_and_says_where_it_comes_from()
    {
        // baseline.yaml: policies[2].effects.militarization.deterrence, range [0.1, 0.6]; the catalogue's is 0–0.6
        var deterrence = ControlOf("policies[2].effects.militarization.deterrence");
        Assert.Equal(0.1, deterrence.Slider!.Min, 9);
        Assert.Equal(0.6, deterrence.Slider.Max, 9);
        Assert.Equal("0.1–0.6", deterrence.Plausible);
        Assert.StartsWith("scenario's uncertainty section: ", deterrence.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_the_uncertainty_section_gives_no_range_keeps_the_catalogues()
    {
        // the give-up rate is in baseline's uncertainty section without a range of its own: the catalogue's 0.1–1.5
        var giveUp = ControlOf("behaviour.give_up_rate_per_day");
        Assert.Equal(0.1, giveUp.Slider!.Min, 9);
        Assert.Equal(1.5, giveUp.Slider.Max, 9);
        Assert.Equal("0.1–1.5", giveUp.Plausible);
        Assert.DoesNotContain("uncertainty", giveUp.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_an_uncertainty_section_takes_every_range_from_the_catalogue()
    {
        var session = Baseline.NewSession("open-border.yaml");
        Assert.Equal(CatalogueRanges.Instance.Origin, session.Ranges.Origin);
    }
}
