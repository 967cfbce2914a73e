using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>What a user is told of a name that cannot name a results folder: the name quoted (to 80 characters), and its length when it is too long.</summary>
public sealed class ScenarioNameTests
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "Bad Name", "'Bad Name'" },
        { "A" + new string('a', 63), $"'A{new string('a', 63)}'" }, // 64 characters: not too long, so no length
        { new string('a', 65), $"'{new string('a', 65)}' (65 characters)" },
        { new string('a', 80), $"'{new string('a', 80)}' (80 characters)" }, // quoted whole up to 80
        { new string('a', 81), $"'{new string('a', 80)}…' (81 characters)" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_name_is_quoted_to_80_characters_with_its_length_when_over_64(string name, string found) =>
        Assert.Equal($"expected {ScenarioName.Rule} (it names the results folder), found {found}", ScenarioName.Problem(name));
}
