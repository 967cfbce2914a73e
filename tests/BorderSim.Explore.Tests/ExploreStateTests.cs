using BorderSim.Explore.Session;

namespace BorderSim.Explore.Tests;

/// <summary>What the page may ask: the query is read and bounded before anything runs.</summary>
public sealed class ExploreStateTests
{
    private static readonly ExploreLimits Limits = ExploreLimits.Default;

    private static ExploreState Parse(params (string Key, string[] Values)[] query) =>
        ExploreState.Parse(query.Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, q.Values)), Limits);

    private static string Refused(params (string Key, string[] Values)[] query) =>
        Assert.Throws<ExploreRequestException>(() => Parse(query)).Message;

    [Fact]
    public void An_empty_query_is_the_unmodified_scenario_with_the_default_replicates()
    {
        var state = Parse();
        Assert.True(state.IsUnmodified);
        Assert.Equal(20, state.Replicates);
        Assert.Equal(ExploreState.Unmodified(20).Key, state.Key);
    }

    [Fact]
    public void Changes_are_kept_in_order_as_set_lines_and_key_the_cache()
    {
        var state = Parse(("set", ["behaviour.give_up_rate_per_day=0.25", "policies.2.enabled=false"]), ("replicates", ["40"]), ("chart", ["flows"]));
        Assert.Equal(["behaviour.give_up_rate_per_day=0.25", "policies[2].enabled=false"], state.Overrides.Select(o => o.ToString()));
        Assert.Equal(40, state.Replicates);
        Assert.Equal(" --set 'behaviour.give_up_rate_per_day=0.25' --set 'policies[2].enabled=false'", state.SetArguments());
        Assert.NotEqual(Parse(("set", ["behaviour.give_up_rate_per_day=0.25"])).Key, state.Key);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("twenty")]
    [InlineData("")]
    public void Replicates_must_be_a_whole_number_within_the_limit(string replicates) =>
        Assert.Equal($"replicates: expected a whole number from 1 to 200, found '{replicates}'", Refused(("replicates", [replicates])));

    [Fact]
    public void Replicates_given_twice_are_refused() =>
        Assert.Equal("replicates: give it once", Refused(("replicates", ["10", "20"])));

    [Fact]
    public void An_unknown_parameter_is_named() =>
        Assert.Equal("unknown query parameter 'sett': expected set, replicates, chart", Refused(("sett", ["x=1"])));

    [Fact]
    public void A_change_that_is_not_key_path_equals_value_gets_the_set_message() =>
        Assert.Contains("'give_up' is not an override: expected key.path=value", Refused(("set", ["give_up"])), StringComparison.Ordinal);

    [Fact]
    public void Too_many_or_too_long_changes_are_refused_before_parsing()
    {
        Assert.Equal("257 changes: at most 256 in one request", Refused(("set", [.. Enumerable.Repeat("seed=1", 257)])));
        Assert.Equal("a change of 1006 characters: at most 1000 (key.path=value)", Refused(("set", ["seed=" + new string('1', 1001)])));
    }

    [Fact]
    public void Control_characters_in_a_refused_key_are_escaped_not_echoed() =>
        Assert.DoesNotContain('\u001b', Refused(("\u001b[31mred", ["1"])));

    [Fact]
    public void Quote_keeps_a_single_quote_inside_a_shell_word() =>
        Assert.Equal("'it'\"'\"'s'", ExploreState.Quote("it's"));
}
