using System.Runtime.CompilerServices;
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
    public void Outcomes_are_the_final_states()
    {
        Assert.All(GroupStates.Outcomes, o => Assert.True(o.IsOutcome()));
        Assert.False(GroupState.Stranded.IsOutcome());
        Assert.False(GroupState.Sheltered.IsOutcome());
        Assert.Equal("irregular_route", GroupState.IrregularRoute.SnakeName());
    }
}
