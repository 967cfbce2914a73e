using BorderSim.Core.Engine;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// The day's pending events (ODD §3, scheduling): they come out soonest first, and at the same minute groups by slot before the
/// engine's own processes, whatever order they went in. The engine's results depend on this order only through ties,
/// so these statements are checked on the queue itself.
/// </summary>
public sealed class EventQueueTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Events_come_out_by_minute_then_by_actor_whatever_the_order_of_pushes_and_pops(int seed)
    {
        var random = new Random(seed);
        var queue = new EventQueue();
        var pending = new List<(int Minute, int Actor, int Stamp, GroupEvent Kind)>();
        var lastPopped = (Minute: int.MinValue, Actor: 0);

        // Grows past the initial 1,024 entries, with many ties at the same minute; pops interleaved with pushes.
        for (var step = 0; step < 6000; step++)
        {
            if (pending.Count == 0 || random.NextDouble() < 0.6)
            {
                var minute = lastPopped.Minute == int.MinValue ? random.Next(0, 200) : lastPopped.Minute + random.Next(0, 200);
                var actor = random.NextDouble() < 0.1 ? -1 - random.Next(0, 3) : random.Next(0, 500);
                var entry = (minute, actor, random.Next(), (GroupEvent)random.Next(0, 6));
                queue.Push(entry.minute, entry.actor, entry.Item3, entry.Item4);
                pending.Add(entry);
            }
            else
            {
                var expected = Soonest(pending);
                Assert.Equal(expected.Minute, queue.NextMinute);
                var popped = queue.Pop();
                Assert.Equal((expected.Minute, expected.Actor), (popped.Minute, popped.Actor));
                Assert.Contains((popped.Minute, popped.Actor, popped.Stamp, popped.Kind), pending);
                pending.Remove((popped.Minute, popped.Actor, popped.Stamp, popped.Kind));
                lastPopped = (popped.Minute, popped.Actor);
            }

            Assert.Equal(pending.Count, queue.Count);
        }

        // Drain: every event comes out once, in order.
        var previous = (Minute: int.MinValue, Key: long.MinValue);
        while (queue.Count > 0)
        {
            var popped = queue.Pop();
            var key = ((long)popped.Minute << 32) | (uint)popped.Actor;
            Assert.True(key >= previous.Key, $"{popped.Minute}/{popped.Actor} came out after a later event");
            previous = (popped.Minute, key);
            Assert.True(pending.Remove((popped.Minute, popped.Actor, popped.Stamp, popped.Kind)));
        }

        Assert.Empty(pending);
        Assert.Equal(int.MaxValue, queue.NextMinute);
    }

    [Fact]
    public void At_the_same_minute_groups_act_by_slot_and_the_engines_processes_after_every_group()
    {
        var queue = new EventQueue();
        queue.Push(600, -1, 0);
        queue.Push(600, 7, 1, GroupEvent.Decision);
        queue.Push(600, 2, 2, GroupEvent.RouteEnd);
        queue.Push(599, int.MaxValue, 3, GroupEvent.Represent);

        var order = new List<(int Minute, int Actor, int Stamp, GroupEvent Kind)>();
        while (queue.Count > 0)
        {
            var e = queue.Pop();
            order.Add((e.Minute, e.Actor, e.Stamp, e.Kind));
        }

        Assert.Equal(
            [
                (599, int.MaxValue, 3, GroupEvent.Represent),
                (600, 2, 2, GroupEvent.RouteEnd),
                (600, 7, 1, GroupEvent.Decision),
                (600, -1, 0, GroupEvent.Arrival),
            ],
            order);
    }

    [Fact]
    public void An_empty_queue_has_no_next_minute_and_refuses_a_pop()
    {
        var queue = new EventQueue();
        Assert.Equal(0, queue.Count);
        Assert.Equal(int.MaxValue, queue.NextMinute);
        Assert.Throws<InvalidOperationException>(() => queue.Pop());

        queue.Push(5, 1, 9);
        Assert.Equal(5, queue.NextMinute);
        Assert.Equal((5, 1, 9), (queue.Pop() is var e ? (e.Minute, e.Actor, e.Stamp) : default));
        Assert.Equal(int.MaxValue, queue.NextMinute);
        Assert.Throws<InvalidOperationException>(() => queue.Pop());
    }

    [Fact]
    public void Time_only_moves_forward_an_event_for_a_minute_already_past_is_refused()
    {
        var queue = new EventQueue();
        queue.Push(100, 1, 1);
        queue.Push(90, 2, 2); // before anything is taken out every minute is still to come
        Assert.Equal(90, queue.Pop().Minute);

        queue.Push(90, 3, 3); // now is minute 90: an event now is fine
        Assert.Equal(90, queue.Pop().Minute);
        var refused = Assert.Throws<InvalidOperationException>(() => queue.Push(89, 4, 4));
        Assert.Contains("minute 89 was drawn at minute 90", refused.Message);
        Assert.Equal(1, queue.Count);
        Assert.Equal(100, queue.Pop().Minute);
    }

    private static (int Minute, int Actor) Soonest(List<(int Minute, int Actor, int Stamp, GroupEvent Kind)> pending)
    {
        var best = pending[0];
        foreach (var e in pending)
        {
            if (e.Minute < best.Minute || (e.Minute == best.Minute && (uint)e.Actor < (uint)best.Actor))
            {
                best = e;
            }
        }

        return (best.Minute, best.Actor);
    }
}
