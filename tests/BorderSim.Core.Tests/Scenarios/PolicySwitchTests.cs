using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>policies[N].enabled=false: the policy stays in the file and is checked, but is never in force.</summary>
[RunsManyScenarios]
public sealed class PolicySwitchTests
{
    private static Scenario Baseline(params ScenarioOverride[] overrides) =>
        ScenarioLoader.Parse(File.ReadAllText(RepoPaths.Scenario("baseline.yaml")), "baseline.yaml", [new("tick", "24h"), .. overrides]);

    [Fact]
    public void A_policy_switched_off_gives_the_same_run_as_the_scenario_without_it()
    {
        var switchedOff = Baseline(new ScenarioOverride("policies[2].enabled", "false"));
        var removed = Baseline() is var b ? b with { Policies = [.. b.Policies.Where((_, i) => i != 2)] } : null!;
        var off = new Simulation(switchedOff, switchedOff.Seed, TickLength.Parse("24h")).Run().Summary;
        var without = new Simulation(removed, removed.Seed, TickLength.Parse("24h")).Run().Summary;
        var on = new Simulation(Baseline(), switchedOff.Seed, TickLength.Parse("24h")).Run().Summary;
        Assert.Equal(ScenarioJson.Serialize(without), ScenarioJson.Serialize(off));
        Assert.NotEqual(ScenarioJson.Serialize(on), ScenarioJson.Serialize(off));
    }

    [Fact]
    public void Enabled_is_written_only_when_a_policy_is_switched_off()
    {
        Assert.DoesNotContain("\"enabled\"", ScenarioJson.Serialize(Baseline()), StringComparison.Ordinal);
        Assert.Contains("\"enabled\": false", ScenarioJson.Serialize(Baseline(new ScenarioOverride("policies[2].enabled", "false"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_read_back_from_JSON_keeps_its_policies_on_and_the_one_switched_off_off()
    {
        var json = ScenarioJson.Serialize(Baseline(new ScenarioOverride("policies[2].enabled", "false")));
        var read = ScenarioJson.Deserialize<Scenario>(json)!;
        Assert.Equal(read.Policies.Select((_, i) => i != 2), read.Policies.Select(p => p.Enabled));
        Assert.True(read.Policies.Count > 3);
        Assert.Equal(json, ScenarioJson.Serialize(read));
    }

    [Fact]
    public void A_policy_switched_off_is_still_checked_and_never_in_force()
    {
        var p = Baseline(new ScenarioOverride("policies[2].enabled", "false")).Policies[2];
        Assert.False(p.IsInForceOn(p.Start));
        var e = Assert.Throws<ScenarioException>(() => Baseline(new("policies[2].enabled", "false"), new("policies[2].duration_days", "0")));
        Assert.Contains(e.Diagnostics, d => d.Path == "policies[2].duration_days");
    }
}
