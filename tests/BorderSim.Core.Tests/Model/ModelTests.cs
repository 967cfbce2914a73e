using System.Runtime.CompilerServices;
using BorderSim.Core.Engine;
using BorderSim.Core.Model;

namespace BorderSim.Core.Tests.Model;

public sealed class ModelTests
{
    [Fact]
    public void A_travel_group_takes_at_most_64_bytes()
    {
        Assert.True(Unsafe.SizeOf<Group>() <= 64, $"Group is {Unsafe.SizeOf<Group>()} bytes");
        Assert.Equal(28, Unsafe.SizeOf<Group>());
        Assert.Equal(29, GroupStore.BytesPerSlot); // and a byte, rounded up, for its scheduled bit (what the benchmarks report)
    }

    [Fact]
    public void The_queue_is_first_in_first_out_through_wraparound_and_growth()
    {
        var store = new GroupStore(16);
        for (var i = 0; i < 6_000; i++)
        {
            store.Add(new Group { State = GroupState.Queued, Size = 1, Stamp = i });
        }

        var queue = new FifoQueue();
        var next = 0;
        var expected = 0;
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < 37 + round * 3; i++, next++)
            {
                queue.Enqueue(next, next);
            }

            for (var i = 0; i < 30 + round; i++)
            {
                Assert.True(queue.TryPeekLive(store, out var head));
                Assert.Equal(expected++, head);
                queue.Dequeue();
            }
        }

        while (queue.TryPeekLive(store, out var head))
        {
            Assert.Equal(expected++, head);
            queue.Dequeue();
        }

        Assert.Equal(next, expected);
        Assert.Throws<InvalidOperationException>(() => queue.Dequeue());
    }

    [Fact]
    public void A_group_that_left_the_queue_is_skipped_and_a_reused_slot_is_not_mistaken_for_it()
    {
        var store = new GroupStore(16);
        var a = store.Add(new Group { State = GroupState.Queued, Size = 1, Stamp = 1 });
        var b = store.Add(new Group { State = GroupState.Queued, Size = 1, Stamp = 2 });
        var queue = new FifoQueue();
        queue.Enqueue(a, 1);
        queue.Enqueue(b, 2);

        // a leaves the queue and its slot goes to a new group, which queues behind b
        store.Free(a);
        var c = store.Add(new Group { State = GroupState.Queued, Size = 1, Stamp = 3 });
        Assert.Equal(a, c);
        queue.Enqueue(c, 3);

        Assert.True(queue.TryPeekLive(store, out var head));
        Assert.Equal(b, head);
        queue.Dequeue();
        Assert.True(queue.TryPeekLive(store, out head));
        Assert.Equal(c, head);
        queue.Dequeue();
        Assert.False(queue.TryPeekLive(store, out _));
    }

    [Fact]
    public void Freed_slots_are_reused_so_memory_follows_live_groups()
    {
        var store = new GroupStore(16);
        for (var round = 0; round < 1_000; round++)
        {
            var a = store.Add(new Group { State = GroupState.Travelling, Size = 1 });
            var b = store.Add(new Group { State = GroupState.Stranded, Size = 2 });
            store.Free(a);
            store.Free(b);
        }

        Assert.Equal(2, store.HighWater);
        Assert.Equal(0, store.Live);
        Assert.Equal(16, store.Capacity);
    }

    [Fact]
    public void Freed_slots_are_reused_last_freed_first()
    {
        var store = new GroupStore(16);
        for (var i = 0; i < 10; i++)
        {
            store.Add(new Group { State = GroupState.Stranded, Size = 1 });
        }

        foreach (var slot in new[] { 4, 7, 2 })
        {
            store.Free(slot);
        }

        Assert.Equal(7, store.Live);
        Assert.Equal(GroupState.Free, store[7].State);
        Assert.Equal([2, 7, 4, 10], Enumerable.Range(0, 4).Select(_ => store.Add(new Group { State = GroupState.Travelling, Size = 1 })));
        Assert.Equal(11, store.HighWater);
    }

    [Fact]
    public void The_store_grows_and_walks_its_scheduled_slots_in_order()
    {
        var store = new GroupStore(16);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(i, store.Add(new Group { State = GroupState.Stranded, Size = 1 }));
        }

        Assert.Equal(121, store.Capacity); // 16, 24, 36, 54, 81, 121: grown by half each time
        foreach (var slot in new[] { 99, 3, 64, 0, 63, 17 })
        {
            store.Schedule(slot);
        }

        Assert.Equal(6, store.ScheduledCount());

        store.Free(17);
        var walked = new List<int>();
        foreach (var slot in store.ScheduledSlots)
        {
            walked.Add(slot);
            store.Unschedule(slot); // a slot's own bit may change under the walk
        }

        Assert.Equal([0, 3, 63, 64, 99], walked);
        Assert.Equal(0, store.ScheduledCount());
        Assert.Equal(17, store.Add(new Group { State = GroupState.Travelling, Size = 1 }));
        Assert.False(store.IsScheduled(17));
        Assert.Equal(100, store.Live);
    }

    [Fact]
    public void An_empty_queue_has_no_head_and_refuses_a_dequeue()
    {
        var queue = new FifoQueue();
        Assert.False(queue.TryPeekLive(new GroupStore(16), out var slot));
        Assert.Equal(-1, slot);
        Assert.Equal("the queue is empty", Assert.Throws<InvalidOperationException>(() => queue.Dequeue()).Message);
    }

    [Fact]
    public void Outcomes_are_the_final_states()
    {
        Assert.Equal(GroupStates.Count, Enum.GetValues<GroupState>().Length);
        foreach (var state in Enum.GetValues<GroupState>())
        {
            Assert.Equal(GroupStates.Outcomes.Contains(state), state.IsOutcome());
        }
    }
}
