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

    [Fact]
    public void Near_spellings_come_before_longer_or_shorter_names_and_of_those_the_closest_in_length_first()
    {
        Assert.Equal(["seed", "seeds_per_day"], NearestNames.Of("seeds", ["seeds_per_day", "seed"]));
        Assert.Equal(["give_up_rate", "give_up"], NearestNames.Of("give_up_rate_per", ["give_up", "give_up_rate"]));
        Assert.Equal(["seed_rate_per_day"], NearestNames.Of("seed", ["seed_rate_per_day"])); // four letters are enough to be contained
        Assert.Empty(NearestNames.Of("see", ["seed_rate_per_day"])); // three are not
        Assert.Equal(["ab"], NearestNames.Of("a", ["--", "ab"])); // a name that is only dashes is nobody's intent
        Assert.Equal(" Did you mean '--seed' or '--set'?", NearestNames.DidYouMean("--see", Options));
        Assert.Equal("typed", Assert.Throws<ArgumentNullException>(() => NearestNames.Of(null!, Options)).ParamName);
        Assert.Equal("known", Assert.Throws<ArgumentNullException>(() => NearestNames.Of("x", null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => NearestNames.Distance(null!, "x")).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => NearestNames.Distance("x", null!)).ParamName);
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
