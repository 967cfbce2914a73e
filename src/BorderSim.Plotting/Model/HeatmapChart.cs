namespace BorderSim.Plotting;

/// <summary>
/// A value over two parameters (numeric, or categories by index), coloured on a sequential colour-blind-safe scale
/// with a colour legend. Cells that fill a grid (each pair of their distinct x and y values exactly once) are drawn as
/// tiles, one column per x value and one row per y value, each labelled with its value where every value fits; any
/// other set of cells (e.g. a Latin hypercube's points) is drawn as coloured points on numeric or category axes.
/// </summary>
public sealed record HeatmapChart(string Title, IReadOnlyList<HeatCell> Cells) : Chart(Title)
{
    public string? XAxisLabel { get; init; }

    public string? YAxisLabel { get; init; }

    /// <summary>Text beside the colour legend, e.g. "Mean peak_stranded".</summary>
    public string? ValueLabel { get; init; }

    /// <summary>Names for a non-numeric x: a cell's X is then the 0-based index of its category.</summary>
    public IReadOnlyList<string>? XCategories { get; init; }

    /// <summary>Names for a non-numeric y: a cell's Y is then the 0-based index of its category.</summary>
    public IReadOnlyList<string>? YCategories { get; init; }

    /// <summary>True when the cells fill a grid of their distinct x and y values, each pair once.</summary>
    public bool IsGrid
    {
        get
        {
            var xs = Cells.Select(c => c.X).Distinct().Count();
            var ys = Cells.Select(c => c.Y).Distinct().Count();
            return xs * ys == Cells.Count && Cells.Select(c => (c.X, c.Y)).Distinct().Count() == Cells.Count;
        }
    }
}

/// <summary>A value at (x, y).</summary>
public readonly record struct HeatCell(double X, double Y, double Value);
