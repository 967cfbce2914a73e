namespace BorderSim.Core.Model;

/// <summary>
/// A growable ring buffer of group slots, each with the stamp of the stay in which it joined: the Chacalluta queue,
/// first in, first out. A group that leaves the queue early is not searched for: its entry goes stale (the group's
/// stamp has changed) and is dropped when it reaches the head.
/// </summary>
public sealed class FifoQueue
{
    private Entry[] _items = new Entry[256];
    private int _head;

    /// <summary>Entries held, stale ones included.</summary>
    public int Count { get; private set; }

    public void Enqueue(int slot, int stamp)
    {
        if (Count == _items.Length)
        {
            var bigger = new Entry[_items.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                bigger[i] = _items[(_head + i) % _items.Length];
            }

            _items = bigger;
            _head = 0;
        }

        _items[(_head + Count) % _items.Length] = new Entry(slot, stamp);
        Count++;
    }

    /// <summary>The first entry whose group is still in the stay it joined with, dropping stale entries before it.</summary>
    public bool TryPeekLive(GroupStore groups, out int slot)
    {
        while (Count > 0)
        {
            var entry = _items[_head];
            if (groups[entry.Slot].Stamp == entry.Stamp)
            {
                slot = entry.Slot;
                return true;
            }

            Dequeue();
        }

        slot = -1;
        return false;
    }

    public int Dequeue()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("the queue is empty");
        }

        var slot = _items[_head].Slot;
        _head = (_head + 1) % _items.Length;
        Count--;
        return slot;
    }

    private readonly record struct Entry(int Slot, int Stamp);
}
