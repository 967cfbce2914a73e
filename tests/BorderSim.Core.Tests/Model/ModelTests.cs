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

        Assert.InRange(store.Capacity, 100, 150); // 16, 24, 36, 54, 81, 121: grown by half each time
        foreach (var slot in new[] { 99, 3, 64, 0, 63, 17 })
        {
            store.Schedule(slot);
        }

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
    public void The_arrival_wheel_releases_each_traveller_on_its_own_day_even_laps_ahead()
    {
        const int day = 1440;
        var store = new GroupStore(16);
        var wheel = new ArrivalWheel();
        var due = new[] { 5, 5 + 256, 5 + 512, 0, 1_000 };
        foreach (var d in due)
        {
            // leaves at minute 10 of day 0 and arrives at the last minute of its day
            var traveller = new Group { State = GroupState.Travelling, Size = 1, ClockMinute = 10, UntilMinute = ((d + 1) * day) - 1, Stamp = d };
            Assert.Equal(d, ArrivalWheel.ArrivalDay(traveller));
            wheel.Add(store.Add(traveller), traveller);
        }

        var events = new EventQueue();
        for (var d = 0; d <= 1_000; d++)
        {
            wheel.Release(d, store, events);
            var released = new List<int>();
            while (events.Count > 0)
            {
                var e = events.Pop();
                Assert.Equal(GroupEvent.Arrival, e.Kind);
                Assert.Equal(store[e.Actor].UntilMinute, e.Minute);
                Assert.Equal(store[e.Actor].Stamp, e.Stamp);
                released.Add(e.Actor);
            }

            Assert.Equal(Enumerable.Range(0, due.Length).Where(slot => due[slot] == d), released);
        }
    }

    [Theory]
    [InlineData(70, 0)]
    [InlineData(1439, 0)]
    [InlineData(1440, 1)] // midnight belongs to the day it starts
    [InlineData(2881, 2)]
    public void A_traveller_is_due_on_the_day_that_holds_its_arrival_minute(int arrivalMinute, int day)
    {
        var traveller = new Group { State = GroupState.Travelling, ClockMinute = 10, UntilMinute = arrivalMinute };
        Assert.Equal(day, ArrivalWheel.ArrivalDay(traveller));
    }

    [Fact]
    public void Events_come_soonest_first_then_groups_by_slot_then_the_engines_processes()
    {
        var events = new EventQueue();
        var random = new BorderSim.Core.Randomness.RandomStream(3);
        var pushed = new List<(int Minute, int Actor)>();
        for (var i = 0; i < 5_000; i++)
        {
            var minute = (int)(random.NextUnit() * 300);
            var actor = (int)(random.NextUnit() * 40) - 5; // -5..-1 are the engine's processes
            events.Push(minute, actor, i);
            pushed.Add((minute, actor));
        }

        var expected = pushed.OrderBy(p => p.Minute).ThenBy(p => (uint)p.Actor).ToArray();
        var popped = new List<(int, int)>();
        while (events.Count > 0)
        {
            var e = events.Pop();
            popped.Add((e.Minute, e.Actor));
        }

        Assert.Equal(expected, popped);
        Assert.Equal(int.MaxValue, events.NextMinute);
        Assert.Throws<InvalidOperationException>(() => events.Pop());
    }

    [Fact]
    public void Outcomes_are_the_final_states()
    {
        Assert.All(GroupStates.Outcomes, o => Assert.True(o.IsOutcome()));
        Assert.False(GroupState.Stranded.IsOutcome());
        Assert.False(GroupState.Sheltered.IsOutcome());
        Assert.Equal("irregular_route", GroupState.IrregularRoute.SnakeName());
    }
}
