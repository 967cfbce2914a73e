using System.Runtime.CompilerServices;
using System.Text;

namespace BorderSim.Plotting.Tests.Support;

/// <summary>
/// Golden-file comparison for SVG output. A missing golden, or any golden when
/// BORDERSIM_UPDATE_GOLDEN=1, is (re)written and the test fails saying so.
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "BORDERSIM_UPDATE_GOLDEN";

    public static void Verify(string name, string actual) => VerifyFile(name + ".svg", actual);

    /// <summary>
    /// Compares a drawn file with its golden: a PNG by decoded pixels within <see cref="PngComparison"/>'s tolerance
    /// (SkiaSharp's rasteriser may differ a little across processors), anything else byte for byte.
    /// </summary>
    public static void VerifyFile(string relativePath, BorderSim.Plotting.Results.RenderedFile file)
    {
        if (!relativePath.EndsWith(".png", StringComparison.Ordinal))
        {
            VerifyFile(relativePath, file.Text);
            return;
        }
        var path = Path.Combine(Directory(), relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var exists = File.Exists(path);
        if (!exists || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, file.Bytes);
            Assert.Fail($"Golden file {path} was {(exists ? "rewritten" : "written")}. Review it and run the tests again without {UpdateVariable}.");
        }
        if (PngComparison.Difference(File.ReadAllBytes(path), file.Bytes) is { } difference)
        {
            Assert.Fail($"Image differs from golden {path}: {difference}. If the change is intended, rerun with {UpdateVariable}=1 and review the new golden.");
        }
    }

    /// <summary>Compares with the golden file at <paramref name="relativePath"/> under the Golden folder (any extension, subfolders allowed).</summary>
    public static void VerifyFile(string relativePath, string actual)
    {
        var path = Path.Combine(Directory(), relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var exists = File.Exists(path);
        if (!exists || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            Assert.Fail($"Golden file {path} was {(exists ? "rewritten" : "written")} ({UpdateVariable}={Environment.GetEnvironmentVariable(UpdateVariable) ?? "unset"}). Review it and run the tests again without {UpdateVariable}.");
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"Output differs from golden {path}: {FirstDifference(expected, actual)}. If the change is intended, rerun with {UpdateVariable}=1 and review the new golden.");
        }
    }

    /// <summary>The Golden folder of this test project's sources (found by walking up from the test binaries).</summary>
    public static string Directory([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderSim.Plotting.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Golden");
            }
            var nested = Path.Combine(dir.FullName, "tests", "BorderSim.Plotting.Tests");
            if (File.Exists(Path.Combine(nested, "BorderSim.Plotting.Tests.csproj")))
            {
                return Path.Combine(nested, "Golden");
            }
        }
        return Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(sourceFile))!, "Golden");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}\n  expected: {el}\n  actual:   {al}";
            }
        }
        return "no line differs (length only)";
    }
}
