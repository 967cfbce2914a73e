using BorderSim.Core.Model;

namespace BorderSim.Core.Engine;

/// <summary>
/// Every stay in Stranded or Sheltered, in the order the stays began: the line in which places (corridor, shelter,
/// repatriation) are handed out, longest waiting first. Because the engine handles events in time order, a stay is
/// appended when it begins and the list is sorted by its start without ever sorting. An entry whose group has moved on
/// is stale (its stamp no longer matches) and is dropped at the next day's start.
/// </summary>
public sealed class WaitingList
{
    private Entry[] _entries = new Entry[256];

    /// <summary>Entries, stale ones included.</summary>
    public int Count { get; private set; }

    public void Add(int slot, int stamp)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = new Entry(slot, stamp);
    }

    /// <summary>
    /// The group of entry <paramref name="index"/> if its stay is still on, else -1. Past <see cref="Count"/> the array
    /// holds copies left by <see cref="Compact"/>, some of live groups: reading there is a bug, and refused.
    /// </summary>
    public int LiveSlot(int index, GroupStore groups)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var entry = _entries[index];
        return groups[entry.Slot].Stamp == entry.Stamp ? entry.Slot : -1;
    }

    /// <summary>Drops the stale entries, keeping the order of the others.</summary>
    public void Compact(GroupStore groups)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (LiveSlot(i, groups) >= 0)
            {
                _entries[kept++] = _entries[i];
            }
        }

        Count = kept;
    }

    private readonly record struct Entry(int Slot, int Stamp);
}
