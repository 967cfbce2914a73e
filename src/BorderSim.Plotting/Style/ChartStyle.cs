namespace BorderSim.Plotting;

/// <summary>The visual theme of a chart: canvas size, fonts, colours. Immutable; derive variants with <c>with</c>.</summary>
public sealed record ChartStyle
{
    public static ChartStyle Default { get; } = new();

    public double Width { get; init; } = 1200;
    public double Height { get; init; } = 675;
    public double Padding { get; init; } = 28;

    public string FontFamily { get; init; } = "Inter, Helvetica, Arial, sans-serif";
    public double TitleFontSize { get; init; } = 24;
    public double SubtitleFontSize { get; init; } = 16;
    public double LegendFontSize { get; init; } = 14;
    public double AxisLabelFontSize { get; init; } = 14;
    public double TickFontSize { get; init; } = 13;
    public double AnnotationFontSize { get; init; } = 13;
    public double SourceFontSize { get; init; } = 12;

    public double LineWidth { get; init; } = 2.5;
    public double BandOpacity { get; init; } = 0.22;

    /// <summary>Colours given to series, layers and bars that do not name their own.</summary>
    public IReadOnlyList<string> Palette { get; init; } = OkabeIto.SeriesOrder;

    /// <summary>Colour scale of heatmaps, from low to high values.</summary>
    public ColorRamp Sequential { get; init; } = ColorRamp.Viridis;

    public string Background { get; init; } = "#FFFFFF";
    public string TextColor { get; init; } = "#1A1A1A";
    public string MutedTextColor { get; init; } = "#595959";
    public string GridColor { get; init; } = "#E6E6E6";
    public string AxisColor { get; init; } = "#4D4D4D";
    public string PeriodFill { get; init; } = "#7F7F7F";
    public double PeriodOpacity { get; init; } = 0.13;
    public string EventColor { get; init; } = "#404040";
    public string ObservationColor { get; init; } = "#000000";

    /// <summary>Colour for the item at <paramref name="index"/>, cycling through the palette.</summary>
    public string ColorAt(int index) => Palette.Count == 0 ? OkabeIto.Black : Palette[index % Palette.Count];

    internal void Validate()
    {
        if (!(Width >= 240) || !(Height >= 160))
        {
            throw new ArgumentException($"Chart size {Width}x{Height} is too small; the minimum is 240x160.");
        }
        if (!(Padding >= 0) || !(TitleFontSize > 0) || !(SubtitleFontSize > 0) || !(LegendFontSize > 0)
            || !(AxisLabelFontSize > 0) || !(TickFontSize > 0) || !(AnnotationFontSize > 0) || !(SourceFontSize > 0))
        {
            throw new ArgumentException("Padding must be non-negative and font sizes positive.");
        }
    }
}
