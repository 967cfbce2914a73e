using System.Globalization;
using SkiaSharp;

namespace BorderSim.Plotting;

/// <summary>
/// Compares two PNG charts by their decoded pixels, since SkiaSharp's rasteriser may set edge pixels a little
/// differently on other processors: they match when they have the same size and at most
/// <see cref="MaxDifferingShare"/> of their pixels differ in any channel by more than <see cref="ChannelTolerance"/>.
/// </summary>
public static class PngComparison
{
    /// <summary>Largest difference of a red, green, blue or alpha value (0–255) that still counts as the same.</summary>
    public const int ChannelTolerance = 24;

    /// <summary>Largest share of pixels that may differ by more than the tolerance (anti-aliased edges).</summary>
    public const double MaxDifferingShare = 0.005;

    /// <summary>Null when the images match within the tolerance; else what differs, in words.</summary>
    public static string? Difference(byte[] expected, byte[] actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }
        using var a = Decode(expected);
        using var b = Decode(actual);
        if (a is null || b is null)
        {
            return a is null ? "the expected file is not a PNG image" : "the new file is not a PNG image";
        }
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return $"{a.Width}x{b.Height} pixels expected, {b.Width}x{b.Height} found";
        }
        var pa = a.Pixels;
        var pb = b.Pixels;
        var differing = 0;
        for (var i = 0; i < pa.Length; i++)
        {
            var (x, y) = (pa[i], pb[i]);
            if (Math.Abs(x.Red - y.Red) > ChannelTolerance || Math.Abs(x.Green - y.Green) > ChannelTolerance
                || Math.Abs(x.Blue - y.Blue) > ChannelTolerance || Math.Abs(x.Alpha - y.Alpha) > ChannelTolerance)
            {
                differing++;
            }
        }
        return differing <= MaxDifferingShare * pa.Length
            ? null
            : $"{differing.ToString("#,##0", CultureInfo.InvariantCulture)} of {pa.Length.ToString("#,##0", CultureInfo.InvariantCulture)} pixels differ by more than {ChannelTolerance} in a channel (at most {MaxDifferingShare.ToString("0.0%", CultureInfo.InvariantCulture)} may)";
    }

    private static SKBitmap? Decode(byte[] png)
    {
        var decoded = SKBitmap.Decode(png);
        if (decoded is null)
        {
            return null;
        }
        var converted = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        decoded.CopyTo(converted, SKColorType.Rgba8888);
        decoded.Dispose();
        return converted;
    }
}
