using System.Globalization;

namespace BorderSim.Core.Experiments;

/// <summary>The K-th of N disjoint slices of an experiment's work items (1 ≤ K ≤ N): a contiguous block, so slices merge in order.</summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Whole => new(1, 1);

    public bool IsWhole => Count == 1;

    /// <summary>The items [start, end) of <paramref name="total"/> that belong to this slice.</summary>
    public (int Start, int End) Range(int total) =>
        ((int)((long)(Index - 1) * total / Count), (int)((long)Index * total / Count));

    public static bool TryParse(string text, out Shard shard)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
        {
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
