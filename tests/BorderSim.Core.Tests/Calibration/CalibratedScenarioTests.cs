using BorderSim.Core.Calibration;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

public sealed class CalibratedScenarioTests
{
    [Fact]
    public void The_calibrated_name_is_the_original_with_a_suffix_cut_to_the_longest_name_allowed()
    {
        Assert.Equal("baseline-calibrated", CalibratedScenario.Name("baseline"));

        // 64 characters at most: 53 of the name and the 11 of "-calibrated"; a hyphen left at the cut goes.
        var longest = CalibratedScenario.Name(new string('a', ScenarioLimits.MaxNameLength));
        Assert.Equal(new string('a', 53) + "-calibrated", longest);
        Assert.Null(ScenarioName.Problem(longest));
        Assert.Equal(new string('a', 52) + "-calibrated", CalibratedScenario.Name(new string('a', 52) + "-b" + new string('c', 20)));
    }

    [Fact]
    public void A_missing_argument_is_refused_by_its_name()
    {
        const string Text = "name: small\n";
        Assert.Throws<ArgumentNullException>("name", () => CalibratedScenario.Name(null!));
        Assert.Throws<ArgumentNullException>("text", () => CalibratedScenario.Write(null!, "small", [], [], json: false));
        Assert.Throws<ArgumentNullException>("values", () => CalibratedScenario.Write(Text, "small", null!, [], json: false));
        Assert.Throws<ArgumentNullException>("header", () => CalibratedScenario.Write(Text, "small", [], null!, json: false));
    }

    private static string Rewritten(string text, params (string Path, string Value)[] values) =>
        CalibratedScenario.Write(text, "small", values, [], json: false)
            .Replace("# (A calibrated key was missing from the original file, so this file was rewritten from its parsed form: its comments are lost.)\n", "", StringComparison.Ordinal);

    [Fact]
    public void A_file_without_a_name_is_given_the_calibrated_one_after_its_own_keys_and_before_the_keys_added()
    {
        Assert.Equal(
            "behaviour:\n  give_up_rate_per_day: 1.0\nname: small-calibrated\npopulation:\n  base_departures_persons_per_day: 80\n",
            Rewritten("behaviour:\n  give_up_rate_per_day: 1.0\n", ("population.base_departures_persons_per_day", "80")));
    }

    [Fact]
    public void A_rewritten_file_keeps_its_anchors_and_aliases_as_written()
    {
        Assert.Equal(
            "name: small-calibrated\nbehaviour: &b\n  give_up_rate_per_day: 1.0\n  irregular_attempt_rate_per_day: 0.5\nother: *b\n",
            Rewritten("name: small\nbehaviour: &b\n  give_up_rate_per_day: 1.0\nother: *b\n", ("behaviour.irregular_attempt_rate_per_day", "0.5")));
    }
}
