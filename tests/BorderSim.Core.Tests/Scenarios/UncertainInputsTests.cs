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
}
