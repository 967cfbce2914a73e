using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>Which characters from a file or the command line are printed as escapes: the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), beside the control characters.</summary>
public sealed class PrintableTests
{
    [Theory]
    [InlineData('\u202A')] // left-to-right embedding, the first of the embeddings and overrides
    [InlineData('\u202E')] // right-to-left override, the last
    [InlineData('\u2066')] // left-to-right isolate, the first of the isolates
    [InlineData('\u2069')] // pop directional isolate, the last
    public void Every_bidirectional_embedding_override_and_isolate_is_escaped(char c) =>
        Assert.Equal($"a\\u{(int)c:x4}b", Printable.Escape($"a{c}b"));

    [Theory]
    [InlineData('\u202F')] // the neighbours of the two blocks
    [InlineData('\u2065')]
    [InlineData('\u206A')]
    [InlineData('–')]
    [InlineData('…')]
    public void The_characters_around_them_are_printed_as_they_are(char c) =>
        Assert.Equal($"a{c}b", Printable.Escape($"a{c}b"));
}
