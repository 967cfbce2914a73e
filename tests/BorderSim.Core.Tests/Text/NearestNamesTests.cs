using BorderSim.Core.Text;

namespace BorderSim.Core.Tests.Text;

public sealed class NearestNamesTests
{
    private static readonly string[] Options = ["--seed", "--set", "--tick", "--out", "--force", "--replicates", "--parallel", "--shard"];

    [Theory]
    [InlineData("--sed", "--seed")]
    [InlineData("--tikc", "--tick")]
    [InlineData("--replicate", "--replicates")]
    [InlineData("--Force", "--force")]
    public void A_misspelt_name_gets_the_intended_one_first(string typed, string intended) =>
        Assert.Equal(intended, NearestNames.Of(typed, Options)[0]);

    [Fact]
    public void A_shortened_key_finds_the_full_one_and_nothing_far_is_offered()
    {
        Assert.Equal(["give_up_rate_per_day"], NearestNames.Of("give_up_rate", ["give_up_rate_per_day", "money_multiplier", "represent_rate_per_day"]));
        Assert.Empty(NearestNames.Of("--wings", Options));
        Assert.Empty(NearestNames.Of("x", ["run", "sweep"]));
        Assert.Equal("", NearestNames.DidYouMean("zzzzzz", Options));
        Assert.Equal(" Did you mean 'run'?", NearestNames.DidYouMean("rnu", ["run", "merge", "plot"]));
    }

    [Fact]
    public void A_name_known_twice_is_offered_once_and_at_most_the_limit_are_offered()
    {
        Assert.Equal(["--seed"], NearestNames.Of("--sed", ["--seed", "--seed"], limit: 3));
        Assert.Equal(" Did you mean 'run'?", NearestNames.DidYouMean("rnu", ["run", "run"]));
        string[] near = ["ae", "ad", "ac", "ab", "aa"];
        Assert.Equal(["ab", "aa", "ac"], NearestNames.Of("ab", near)); // the name itself first, then by name
        Assert.Equal(["ab", "aa"], NearestNames.Of("ab", near, limit: 2));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("")]
    public void A_name_with_nothing_but_dashes_is_close_to_nothing(string typed)
    {
        Assert.Empty(NearestNames.Of(typed, ["--", "-", "--seed"]));
        Assert.Equal("", NearestNames.DidYouMean(typed, Options));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("seed", "sede", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "", 3)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int edits)
    {
        Assert.Equal(edits, NearestNames.Distance(a, b));
        Assert.Equal(edits, NearestNames.Distance(b, a));
    }
}
