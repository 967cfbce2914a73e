using System.Globalization;

namespace BorderSim.Plotting;

/// <summary>A sequential colour scale: colours at evenly spaced stops from low to high, blended in between.</summary>
public sealed record ColorRamp
{
    public ColorRamp(IReadOnlyList<string> stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Count < 2 || stops.Any(s => Parse(s) is null))
        {
            throw new ArgumentException("A colour ramp needs at least two colours written #RRGGBB.", nameof(stops));
        }
        Stops = stops;
    }

    /// <summary>
    /// Viridis (van der Walt and Smith, for matplotlib), from light yellow for low values to dark purple for high ones:
    /// perceptually even, legible in grey and to readers with the common colour-vision deficiencies.
    /// </summary>
    public static ColorRamp Viridis { get; } = new(["#FDE725", "#AADC32", "#5DC863", "#27AD81", "#21908C", "#2C728E", "#3B528B", "#472D7B", "#440154"]);

    public IReadOnlyList<string> Stops { get; }

    /// <summary>The colour at <paramref name="fraction"/> of the way from low (0) to high (1); clamped, NaN reads as 0.</summary>
    public string At(double fraction)
    {
        var f = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1) * (Stops.Count - 1);
        var i = Math.Min((int)Math.Floor(f), Stops.Count - 2);
        var t = f - i;
        var a = Parse(Stops[i])!.Value;
        var b = Parse(Stops[i + 1])!.Value;
        return Hex(Blend(a.R, b.R, t), Blend(a.G, b.G, t), Blend(a.B, b.B, t));
    }

    /// <summary>The ramp from high to low.</summary>
    public ColorRamp Reversed() => new(Stops.Reverse().ToArray());

    /// <summary>Relative luminance (WCAG) of a #RRGGBB colour, from 0 (black) to 1 (white).</summary>
    public static double Luminance(string color)
    {
        var (r, g, b) = Parse(color) ?? throw new ArgumentException($"'{color}' is not a #RRGGBB colour.", nameof(color));
        static double Linear(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static int Blend(int a, int b, double t) => (int)Math.Round(a + ((b - a) * t), MidpointRounding.AwayFromZero);

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");

    private static (int R, int G, int B)? Parse(string color) =>
        color is { Length: 7 } && color[0] == '#' && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? ((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            : null;
}
