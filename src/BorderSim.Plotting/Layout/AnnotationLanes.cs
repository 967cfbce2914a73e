namespace BorderSim.Plotting;

/// <summary>
/// An annotation to place in a horizontal lane above the plot. <see cref="Start"/>..<see cref="End"/> is
/// the space it occupies in its lane; <see cref="TextStart"/>..<see cref="TextEnd"/> the part that is text
/// (no line may cross it); <see cref="LineX"/>, when set, is a vertical line running from the plot up
/// through every lower lane to this item.
/// </summary>
public readonly record struct LaneItem(double Start, double End, double TextStart, double TextEnd, double? LineX = null);

/// <summary>
/// Greedy lane assignment that staggers annotations vertically so that no two overlap and no
/// marker line runs through another annotation's text. Lane 0 is nearest the plot.
/// </summary>
public static class AnnotationLanes
{
    /// <summary>
    /// Assigns a lane to each item, in the given order. Place items with lines first, right to left,
    /// so their lines never cross text placed earlier. When no lane up to <paramref name="maxLanes"/>
    /// satisfies every rule, the lowest lane free of overlaps is used (lines may then cross text).
    /// </summary>
    public static int[] Assign(IReadOnlyList<LaneItem> items, double gap, int maxLanes = 8)
    {
        ArgumentNullException.ThrowIfNull(items);
        var extents = new List<List<(double Start, double End)>>();
        var texts = new List<List<(double Start, double End)>>();
        var lines = new List<List<double>>();
        var result = new int[items.Count];

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var lane = -1;
            for (var k = 0; k < maxLanes && lane < 0; k++)
            {
                if (IsFree(extents, k, item, gap) && NoLineThroughText(lines, k, item, gap) && OwnLineClear(texts, k, item, gap))
                {
                    lane = k;
                }
            }
            if (lane < 0)
            {
                lane = 0;
                while (!IsFree(extents, lane, item, gap))
                {
                    lane++;
                }
            }

            while (extents.Count <= lane)
            {
                extents.Add([]);
                texts.Add([]);
                lines.Add([]);
            }
            extents[lane].Add((item.Start, item.End));
            texts[lane].Add((item.TextStart, item.TextEnd));
            if (item.LineX is double x)
            {
                for (var j = 0; j < lane; j++)
                {
                    lines[j].Add(x);
                }
            }
            result[i] = lane;
        }
        return result;
    }

    private static bool IsFree(List<List<(double Start, double End)>> extents, int lane, LaneItem item, double gap) =>
        lane >= extents.Count || extents[lane].All(e => item.End + gap <= e.Start || e.End + gap <= item.Start);

    private static bool NoLineThroughText(List<List<double>> lines, int lane, LaneItem item, double gap) =>
        lane >= lines.Count || lines[lane].All(x => x < item.TextStart - (gap / 2) || x > item.TextEnd + (gap / 2));

    private static bool OwnLineClear(List<List<(double Start, double End)>> texts, int lane, LaneItem item, double gap)
    {
        if (item.LineX is not double x)
        {
            return true;
        }
        for (var j = 0; j < lane && j < texts.Count; j++)
        {
            if (texts[j].Any(t => x >= t.Start - (gap / 2) && x <= t.End + (gap / 2)))
            {
                return false;
            }
        }
        return true;
    }
}
