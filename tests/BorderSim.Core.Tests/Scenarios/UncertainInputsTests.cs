using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>Uncertain inputs of a scenario built in code, which no loader has checked.</summary>
public sealed class UncertainInputsTests
{
    [Fact]
    public void Keys_whose_entry_is_wrong_say_which_part_of_the_entry_is()
    {
        var scenario = TestScenarios.Small() with
        {
            Uncertainty = [new UncertainInput { Key = "behaviour.give_up_rate_per_day", Range = ["0.5", "0.1"] }],
        };
        var e = Assert.Throws<FormatException>(() => UncertainInputs.ForKeys(scenario, ["behaviour.give_up_rate_per_day", "behaviour.money_multiplier"]));
        Assert.Equal("behaviour.give_up_rate_per_day: range: the low end (0.5) must be below the high end (0.1)", e.Message);
    }

    [Fact]
    public void A_wrong_key_given_twice_is_reported_once_and_then_as_given_twice()
    {
        var e = Assert.Throws<FormatException>(() => UncertainInputs.ForKeys(TestScenarios.Small(), ["behaviour.give_up", " behaviour.give_up"]));
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "behaviour.give_up: no such key in the scenario format. Did you mean 'behaviour.give_up_rate_per_day'? 'bordersim keys SCENARIO' lists every key path",
                "behaviour.give_up: given twice"),
            e.Message);
    }

    [Fact]
    public void A_missing_scenario_or_key_list_is_an_argument_error_that_names_it()
    {
        var scenario = TestScenarios.Small();
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => UncertainInputs.Of(null!)).ParamName);
        Assert.Equal("scenario", Assert.Throws<ArgumentNullException>(() => UncertainInputs.ForKeys(null!, ["seed"])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentNullException>(() => UncertainInputs.ForKeys(scenario, null!)).ParamName);
    }
}
