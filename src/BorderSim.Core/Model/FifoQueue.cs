namespace BorderSim.Core.Model;

/// <summary>A growable ring buffer of group slots: the Chacalluta queue, first in, first out.</summary>
public sealed class FifoQueue
{
    private int[] _items = new int[256];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(int slot)
    {
        if (Count == _items.Length)
        {
            var bigger = new int[_items.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                bigger[i] = _items[(_head + i) % _items.Length];
            }

            _items = bigger;
            _head = 0;
        }

        _items[(_head + Count) % _items.Length] = slot;
        Count++;
    }

    public int Peek() => Count > 0 ? _items[_head] : throw new InvalidOperationException("the queue is empty");

    public int Dequeue()
    {
        var slot = Peek();
        _head = (_head + 1) % _items.Length;
        Count--;
        return slot;
    }
}
