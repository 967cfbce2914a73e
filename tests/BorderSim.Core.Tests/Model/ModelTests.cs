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
        Assert.Equal(24, Unsafe.SizeOf<Group>());
    }

    [Fact]
    public void The_queue_is_first_in_first_out_through_wraparound_and_growth()
    {
        var queue = new FifoQueue();
        var next = 0;
        var expected = 0;
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < 37 + round * 3; i++)
            {
                queue.Enqueue(next++);
            }

            for (var i = 0; i < 30 + round; i++)
            {
                Assert.Equal(expected++, queue.Dequeue());
            }
        }

        while (queue.Count > 0)
        {
            Assert.Equal(expected++, queue.Dequeue());
        }

        Assert.Equal(next, expected);
        Assert.Throws<InvalidOperationException>(() => queue.Peek());
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
    public void The_arrival_wheel_releases_each_traveller_in_its_own_tick_even_laps_ahead()
    {
        const int minutesPerTick = 60;
        var store = new GroupStore(16);
        var wheel = new ArrivalWheel(minutesPerTick);
        var due = new[] { 5, 5 + 256, 5 + 512, 0, 1_000 };
        foreach (var tick in due)
        {
            // leaves at minute 10 of tick 0 and arrives at the last minute of its tick
            var traveller = new Group { State = GroupState.Travelling, Size = 1, ClockMinute = 10, UntilMinute = ((tick + 1) * minutesPerTick) - 1 };
            Assert.Equal(tick, wheel.ArrivalTick(traveller));
            wheel.Add(store.Add(traveller), traveller);
        }

        for (var tick = 0; tick <= 1_000; tick++)
        {
            wheel.Release(tick, store);
            for (var slot = 0; slot < due.Length; slot++)
            {
                Assert.Equal(due[slot] <= tick, store.IsScheduled(slot));
            }
        }
    }

    [Theory]
    [InlineData(10, 70, 1)]   // 60-minute ticks: minute 70 falls in tick 1, which ends at minute 120
    [InlineData(10, 60, 0)]   // arrives at the very end of tick 0
    [InlineData(10, 61, 1)]
    [InlineData(130, 130, 2)] // no travel time: arrives in the tick it left in
    [InlineData(120, 120, 2)]
    public void A_traveller_arrives_in_the_first_tick_whose_end_reaches_its_arrival_minute(int departureMinute, int arrivalMinute, int tick)
    {
        var traveller = new Group { State = GroupState.Travelling, ClockMinute = departureMinute, UntilMinute = arrivalMinute };
        Assert.Equal(tick, new ArrivalWheel(60).ArrivalTick(traveller));
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
