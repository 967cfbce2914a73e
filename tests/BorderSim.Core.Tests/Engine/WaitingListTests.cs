using BorderSim.Core.Engine;
using BorderSim.Core.Model;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// The line in which places are handed out (ODD §7.10): a group's place in it dates from the start of its current
/// stay. An entry whose group has moved on since (its stamp changed, or its slot was freed and reused) is stale:
/// skipped, and dropped at the next compaction with the others kept in order.
/// </summary>
public sealed class WaitingListTests
{
    [Fact]
    public void An_entry_whose_group_has_moved_on_is_skipped_and_dropped_keeping_the_others_in_order()
    {
        var groups = new GroupStore(16);
        var line = new WaitingList();
        var slots = Enumerable.Range(0, 4).Select(i => groups.Add(new Group { State = GroupState.Stranded, Size = 1, Stamp = 10 + i })).ToArray();
        foreach (var slot in slots)
        {
            line.Add(slot, groups[slot].Stamp);
        }

        groups[slots[0]].Stamp = 99; // slot 0 moved on (say, queued again)
        groups[slots[2]].Stamp = 98; // and so did slot 2
        Assert.Equal([-1, slots[1], -1, slots[3]], Enumerable.Range(0, line.Count).Select(i => line.LiveSlot(i, groups)));

        line.Compact(groups);
        Assert.Equal(2, line.Count);
        Assert.Equal([slots[1], slots[3]], Enumerable.Range(0, line.Count).Select(i => line.LiveSlot(i, groups)));

        // Slot 0 waits again: its new stay goes to the back of the line, not to its old place.
        line.Add(slots[0], 99);
        Assert.Equal([slots[1], slots[3], slots[0]], Enumerable.Range(0, line.Count).Select(i => line.LiveSlot(i, groups)));
    }

    [Fact]
    public void An_index_past_the_entries_is_refused_even_where_compaction_left_a_copy_of_a_live_entry()
    {
        var groups = new GroupStore(16);
        var line = new WaitingList();
        var stale = groups.Add(new Group { State = GroupState.Stranded, Size = 1, Stamp = 1 });
        var live = groups.Add(new Group { State = GroupState.Stranded, Size = 1, Stamp = 2 });
        line.Add(stale, 1);
        line.Add(live, 2);
        groups[stale].Stamp = 3;
        line.Compact(groups); // the live entry moves to index 0; index 1 still holds its old copy

        Assert.Equal(1, line.Count);
        Assert.Equal(live, line.LiveSlot(0, groups));
        Assert.Throws<ArgumentOutOfRangeException>(() => line.LiveSlot(1, groups));
    }
}
