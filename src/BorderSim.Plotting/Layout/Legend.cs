namespace BorderSim.Plotting;

internal enum SwatchKind
{
    Line,
    Band,
    Area,
    Marker,
}

/// <summary>One legend entry: a swatch and its text.</summary>
internal sealed record LegendItem(string Label, SwatchKind Kind, string Color)
{
    public bool Dashed { get; init; }

    /// <summary>For a line: also draw a band behind the swatch.</summary>
    public bool WithBand { get; init; }
}

/// <summary>A legend entry at its position (x of the swatch, y of the text baseline).</summary>
internal readonly record struct PlacedLegendItem(LegendItem Item, double X, double Baseline);

/// <summary>Lays legend entries left to right, wrapping onto new rows when the width runs out.</summary>
internal static class LegendLayout
{
    public const double SwatchWidth = 26;
    public const double SwatchGap = 7;

    public static double ItemGap(double fontSize) => fontSize * 1.6;

    public static double RowHeight(double fontSize) => fontSize * 1.65;

    public static double ItemWidth(LegendItem item, double fontSize) =>
        SwatchWidth + SwatchGap + TextMetrics.Width(item.Label, fontSize);

    /// <summary>Places items in rows within [left, left + width]; returns the placements and total height.</summary>
    public static (IReadOnlyList<PlacedLegendItem> Items, double Height) Arrange(IReadOnlyList<LegendItem> items, double left, double top, double width, double fontSize)
    {
        var placed = new List<PlacedLegendItem>();
        if (items.Count == 0)
        {
            return (placed, 0);
        }
        var rowHeight = RowHeight(fontSize);
        var x = left;
        var row = 0;
        foreach (var item in items)
        {
            var w = ItemWidth(item, fontSize);
            if (x > left && x + w > left + width)
            {
                row++;
                x = left;
            }
            placed.Add(new PlacedLegendItem(item, x, top + (row * rowHeight) + (fontSize * 1.05)));
            x += w + ItemGap(fontSize);
        }
        return (placed, (row + 1) * rowHeight);
    }
}
