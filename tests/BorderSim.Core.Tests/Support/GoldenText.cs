using System.Text;

namespace BorderSim.Core.Tests.Support;

/// <summary>
/// A whole output compared byte for byte with a file committed beside its test. On a difference the output is written
/// beside the golden as NAME.actual, and the test fails saying where they first differ and how to accept the change.
/// </summary>
internal static class GoldenText
{
    /// <param name="relativePath">The golden file, relative to tests/BorderSim.Core.Tests/.</param>
    public static void Verify(string relativePath, string actual)
    {
        var golden = Path.Combine(RepoPaths.Root, "tests", "BorderSim.Core.Tests", relativePath);
        var written = Path.Combine(Path.GetDirectoryName(golden)!, Path.GetFileName(golden) + ".actual");
        var expected = File.Exists(golden) ? File.ReadAllBytes(golden) : null;
        var bytes = new UTF8Encoding(false).GetBytes(actual);
        if (expected is not null && expected.AsSpan().SequenceEqual(bytes))
        {
            File.Delete(written);
            return;
        }

        File.WriteAllBytes(written, bytes);
        Assert.Fail(expected is null
            ? $"{golden} does not exist; the output is in {written}: review it and rename it to {Path.GetFileName(golden)} to accept it."
            : $"the output differs from {golden} at {FirstDifference(Encoding.UTF8.GetString(expected), actual)}; it is in {written}: if the change is intended, review it and move it over the golden file.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var was = i < e.Length ? e[i] : "<end of file>";
            var now = i < a.Length ? a[i] : "<end of file>";
            if (was != now)
            {
                return $"line {i + 1}\n  golden: {was}\n  output: {now}";
            }
        }

        return "the end (a line ending differs)";
    }
}
