using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>A scenario saved as UTF-16 or UTF-32 is named as such, with its byte order, instead of failing as YAML.</summary>
public sealed class Utf8TextTests
{
    [Theory]
    [InlineData(16, false, true, "UTF-16 (little-endian)")]
    [InlineData(16, true, true, "UTF-16 (big-endian)")]
    [InlineData(32, false, true, "UTF-32 (little-endian)")]
    [InlineData(32, true, true, "UTF-32 (big-endian)")]
    [InlineData(16, false, false, "UTF-16 (little-endian)")]
    [InlineData(16, true, false, "UTF-16 (big-endian)")]
    [InlineData(32, false, false, "UTF-32 (little-endian)")]
    [InlineData(32, true, false, "UTF-32 (big-endian)")]
    public void Wide_text_is_named_with_its_byte_order_whether_or_not_it_starts_with_a_mark(int bits, bool bigEndian, bool mark, string named)
    {
        Encoding encoding = bits == 16 ? new UnicodeEncoding(bigEndian, mark) : new UTF32Encoding(bigEndian, mark);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("name: baseline\n")];
        var e = Assert.Throws<ScenarioException>(() => Utf8Text.Decode(bytes, "wide.yaml", 1000));
        Assert.Equal(new ScenarioDiagnostic("wide.yaml", 0, 0, "", $"the file is {named} text; save it as UTF-8"), Assert.Single(e.Diagnostics));
    }

    [Theory]
    [InlineData(1000, "1,000 bytes")]
    [InlineData(1 << 16, "65,536 bytes")]
    [InlineData(2 << 20, "2 MiB")]
    public void A_file_of_the_most_bytes_read_is_read_and_one_byte_more_is_refused_with_the_limit_named(int limit, string named)
    {
        Assert.Equal(new string('a', limit), Utf8Text.Decode(Encoding.ASCII.GetBytes(new string('a', limit)), "big.csv", limit));
        var e = Assert.Throws<ScenarioException>(() => Utf8Text.Decode(new byte[limit + 1], "big.csv", limit));
        Assert.Equal(new ScenarioDiagnostic("big.csv", 0, 0, "", $"the file is larger than {named}, the most BorderSim reads of it (a scenario file is a few kilobytes)"), Assert.Single(e.Diagnostics));
    }
}
