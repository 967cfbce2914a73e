namespace BorderSim.Plotting;

/// <summary>A labelled tick of a <see cref="PlotAxis"/>.</summary>
internal readonly record struct PlotTick(double Value, string Label);

/// <summary>
/// One axis of an XY chart or heatmap: the values at its two ends and the ticks to label, chosen for the length in
/// pixels it is drawn at so that labels never touch.
/// </summary>
internal sealed record PlotAxis(double Min, double Max, IReadOnlyList<PlotTick> Ticks)
{
    /// <summary>Share of the data's range added at each end of a padded axis, so points do not sit on its edges.</summary>
    public const double Padding = 0.05;

    /// <summary>Whether grid lines are drawn at the ticks.</summary>
    public bool Grid { get; init; } = true;

    public double Fraction(double value) => (value - Min) / (Max - Min);

    public static PlotAxis From(AxisTicks ticks) =>
        new(ticks.Min, ticks.Max, ticks.Values.Select(v => new PlotTick(v, ticks.Label(v))).ToArray());

    /// <summary>The data's range padded at both ends, with as many round ticks inside it as fit along <paramref name="length"/>.</summary>
    public static PlotAxis Padded(double min, double max, double length, double fontSize, bool horizontal)
    {
        if (NiceScale.IsPoint(min, max))
        {
            (min, max) = NiceScale.Widen((min + max) / 2);
        }
        var pad = (max - min) * Padding;
        var (low, high) = (min - pad, max + pad);
        var target = Math.Clamp((int)Math.Round(length / (horizontal ? 110 : 80)), 2, 10);
        var axis = From(NiceScale.Inside(low, high, target));
        while (target > 1 && !Fits(axis, length, fontSize, horizontal))
        {
            target--;
            axis = From(NiceScale.Inside(low, high, target));
        }
        return axis;
    }

    /// <summary>
    /// The axis for values from <paramref name="min"/> to <paramref name="max"/>: padded and numeric, or one slot per
    /// category when the values are the indexes of <paramref name="categories"/>.
    /// </summary>
    public static PlotAxis ForValues(double min, double max, IReadOnlyList<string>? categories, double length, double fontSize, bool horizontal) =>
        categories is null ? Padded(min, max, length, fontSize, horizontal) : Categories(categories, length, fontSize, horizontal);

    /// <summary>Whether <paramref name="value"/> is the 0-based index of one of <paramref name="count"/> categories.</summary>
    public static bool IsCategoryIndex(double value, int count) => value == Math.Round(value) && value >= 0 && value < count;

    /// <summary>One slot per name (the first at 0), labelling every name, or every k-th where they would crowd.</summary>
    public static PlotAxis Categories(IReadOnlyList<string> names, double length, double fontSize, bool horizontal)
    {
        if (names.Count == 0)
        {
            throw new ArgumentException("A category axis needs at least one category.", nameof(names));
        }
        var slot = length / names.Count;
        var need = horizontal ? names.Max(n => TextMetrics.Width(n, fontSize)) + 12 : fontSize * 1.6;
        var every = Math.Max(1, (int)Math.Ceiling(need / slot));
        var ticks = names.Select((n, i) => new PlotTick(i, n)).Where(t => (int)t.Value % every == 0).ToArray();
        return new PlotAxis(-0.5, names.Count - 0.5, ticks) { Grid = false };
    }

    private static bool Fits(PlotAxis axis, double length, double fontSize, bool horizontal)
    {
        if (axis.Ticks.Count < 2)
        {
            return true;
        }
        var spacing = length * Math.Abs(axis.Fraction(axis.Ticks[1].Value) - axis.Fraction(axis.Ticks[0].Value));
        var need = horizontal ? axis.Ticks.Max(t => TextMetrics.Width(t.Label, fontSize)) + 14 : fontSize * 1.8;
        return spacing >= need;
    }
}
