namespace BorderSim.Plotting;

/// <summary>The Okabe–Ito colour-blind-safe palette.</summary>
public static class OkabeIto
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string Green = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string Purple = "#CC79A7";
    public const string Black = "#000000";

    /// <summary>The eight colours in the published order.</summary>
    public static IReadOnlyList<string> All { get; } = [Orange, SkyBlue, Green, Yellow, Blue, Vermillion, Purple, Black];

    /// <summary>Order used for series on a white background: yellow (low contrast) comes last.</summary>
    public static IReadOnlyList<string> SeriesOrder { get; } = [Blue, Orange, Green, Vermillion, Purple, SkyBlue, Black, Yellow];
}
