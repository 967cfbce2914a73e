using System.Globalization;

namespace BorderSim.Plotting;

/// <summary>What a lane label is attached to: a line (an event), the start of a shaded span, or a bar it may sit inside.</summary>
internal enum LaneAnchor
{
    Line,
    SpanStart,
    Bar,
}

/// <summary>A label to place in lanes: its text, anchor and pixel range (one x for a line), and how much it matters (0 most).</summary>
internal sealed record LaneLabel(string Text, LaneAnchor Anchor, float X0, float X1, int Priority);

/// <summary>A label as placed: which one (index into the request), the text drawn (the label or its key), its lane and left edge.</summary>
internal sealed record PlacedLabel(int Index, string Text, int Lane, float TextLeft);

/// <summary>
/// Labels placed in lanes at one font size. <see cref="Note"/> says what the chart must add in words: the key to labels
/// shown as numbers, and how many were left out.
/// </summary>
internal sealed record LanePlan(float FontSize, int LaneCount, IReadOnlyList<PlacedLabel> Placed, string? Note)
{
    public static LanePlan Empty { get; } = new(0, 0, [], null);
}

/// <summary>
/// Places labels in at most a given number of lanes so that none overlaps another and no line crosses a label
/// (<see cref="AnnotationLanes"/>), giving up as little as it must: the full labels at the largest font size that
/// fits; else each label shown as a number with a key in the note; else the most important numbered labels that fit,
/// the note saying how many others are drawn without one.
/// </summary>
internal static class LanePlanner
{
    private const float Gap = 8;

    public static LanePlan Plan(IReadOnlyList<LaneLabel> labels, IReadOnlyList<float> fontSizes, Func<float, int> maxLanes,
        Func<string, float, float> width, float left, float right, string noun, string dropped = "drawn without a label")
    {
        if (labels.Count == 0)
        {
            return LanePlan.Empty;
        }
        foreach (var size in fontSizes)
        {
            if (TryPlace(labels, Enumerable.Range(0, labels.Count).ToArray(), i => labels[i].Text, size, maxLanes(size), width, left, right) is { } placed)
            {
                return new LanePlan(size, Lanes(placed), placed, null);
            }
        }

        var smallest = fontSizes[^1];
        var byDate = Enumerable.Range(0, labels.Count).OrderBy(i => labels[i].X0).ThenBy(i => i).ToArray();
        var keys = new string[labels.Count];
        for (var k = 0; k < byDate.Length; k++)
        {
            keys[byDate[k]] = (k + 1).ToString(CultureInfo.InvariantCulture);
        }
        var key = $"Key to the numbered {noun}: " + string.Join("; ", byDate.Select(i => $"{keys[i]} {labels[i].Text}")) + ".";
        if (TryPlace(labels, byDate, i => keys[i], smallest, maxLanes(smallest), width, left, right) is { } numbered)
        {
            return new LanePlan(smallest, Lanes(numbered), numbered, key);
        }

        var chosen = new List<int>();
        IReadOnlyList<PlacedLabel> best = [];
        foreach (var i in Enumerable.Range(0, labels.Count).OrderBy(i => labels[i].Priority).ThenBy(i => labels[i].X0))
        {
            chosen.Add(i);
            if (TryPlace(labels, chosen.ToArray(), j => keys[j], smallest, maxLanes(smallest), width, left, right) is { } fits)
            {
                best = fits;
            }
            else
            {
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
        var shown = chosen.ToHashSet();
        var keyed = $"Key to the numbered {noun}: " + string.Join("; ", byDate.Where(shown.Contains).Select(i => $"{keys[i]} {labels[i].Text}"))
            + $". {labels.Count - shown.Count} more {noun} {dropped} for lack of room: "
            + string.Join("; ", byDate.Where(i => !shown.Contains(i)).Select(i => labels[i].Text)) + ".";
        return new LanePlan(smallest, Lanes(best), best, keyed);
    }

    /// <summary>Where a label's text goes for its anchor: (text left, occupied start, occupied end).</summary>
    public static (float TextLeft, float Start, float End) Place(LaneLabel label, float textWidth, float left, float right)
    {
        switch (label.Anchor)
        {
            case LaneAnchor.Line:
                var after = label.X0 + 4;
                var textLeft = after + textWidth <= right ? after : Math.Max(left, label.X0 - 4 - textWidth);
                return (textLeft, Math.Min(textLeft, label.X0), Math.Max(textLeft + textWidth, label.X0));
            case LaneAnchor.Bar when textWidth + 8 <= label.X1 - label.X0:
                return (label.X0 + 4, label.X0, label.X1);
            case LaneAnchor.Bar:
                var behind = label.X1 + 4;
                var barLeft = behind + textWidth <= right ? behind : Math.Max(left, label.X0 - 4 - textWidth);
                return (barLeft, Math.Min(barLeft, label.X0), Math.Max(barLeft + textWidth, label.X1));
            default:
                var start = Math.Min(label.X0 + 4, right - textWidth);
                var spanLeft = Math.Max(left, start);
                return (spanLeft, spanLeft, spanLeft + textWidth);
        }
    }

    private static IReadOnlyList<PlacedLabel>? TryPlace(IReadOnlyList<LaneLabel> labels, int[] which, Func<int, string> text, float size, int maxLanes,
        Func<string, float, float> width, float left, float right)
    {
        // Lines first, right to left, so that no line is drawn through a label placed before it.
        var order = which.OrderBy(i => labels[i].Anchor == LaneAnchor.Line ? 0 : 1).ThenByDescending(i => labels[i].X0).ToArray();
        var items = new List<LaneItem>(order.Length);
        var lefts = new List<float>(order.Length);
        foreach (var i in order)
        {
            var w = width(text(i), size);
            var (textLeft, start, end) = Place(labels[i], w, left, right);
            items.Add(new LaneItem(start, end, textLeft, textLeft + w, labels[i].Anchor == LaneAnchor.Line ? labels[i].X0 : null));
            lefts.Add(textLeft);
        }
        var lanes = AnnotationLanes.Assign(items, Gap, maxLanes);
        if (lanes.Any(l => l >= maxLanes))
        {
            return null;
        }
        return order.Select((i, k) => new PlacedLabel(i, text(i), lanes[k], lefts[k])).ToArray();
    }

    private static int Lanes(IReadOnlyList<PlacedLabel> placed) => placed.Count == 0 ? 0 : placed.Max(p => p.Lane) + 1;
}
