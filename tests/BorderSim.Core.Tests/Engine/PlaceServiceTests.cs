using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Who a corridor or a shelter serves next (ODD §7.10), on the service itself: the engine asks it again only when a
/// group that starts waiting could change its target, so that question must be answered right.
/// </summary>
public sealed class PlaceServiceTests
{
    private const int Day = 1440;

    private static (GroupStore Groups, WaitingList Line) Waiting(params bool[] vulnerable)
    {
        var groups = new GroupStore(16);
        var line = new WaitingList();
        for (var i = 0; i < vulnerable.Length; i++)
        {
            var traits = vulnerable[i] ? GroupTraits.Vulnerable : GroupTraits.None;
            var slot = groups.Add(new Group { State = GroupState.Stranded, Size = 1, Traits = traits, Stamp = 10 + i });
            line.Add(slot, 10 + i);
        }

        return (groups, line);
    }

    private static DayConditions Places(double shelterPerDay, double corridorPerDay)
    {
        var day = DayConditions.Default(EntryRuleKind.Closed, false);
        day.ShelterPlacesPerDay = shelterPerDay;
        day.CorridorPlacesPerDay = corridorPerDay;
        day.CorridorNationalities = ulong.MaxValue;
        return day;
    }

    [Fact]
    public void A_vulnerable_group_that_starts_waiting_takes_the_shelters_next_place_from_a_group_that_is_not()
    {
        var day = Places(shelterPerDay: 2, corridorPerDay: 0);
        var (groups, line) = Waiting(false);
        var shelter = new PlaceService(PlaceKind.Shelter);
        shelter.StartDay(Day, day);
        Assert.True(shelter.Review(Day, line, groups, day));
        Assert.Equal(0, shelter.TargetSlot);

        // A vulnerable group joins the line behind it: it could change the target, and a review makes it the target.
        var newcomer = new Group { State = GroupState.Stranded, Size = 1, Traits = GroupTraits.Vulnerable, Stamp = 50 };
        Assert.True(shelter.MayPrefer(newcomer));
        var slot = groups.Add(newcomer);
        line.Add(slot, 50);
        Assert.True(shelter.Review(Day + 60, line, groups, day));
        Assert.Equal(slot, shelter.TargetSlot);

        // Another group that is not vulnerable, or a vulnerable one behind a vulnerable target, changes nothing.
        Assert.False(shelter.MayPrefer(new Group { State = GroupState.Stranded, Size = 1, Stamp = 51 }));
        Assert.False(shelter.MayPrefer(newcomer with { Stamp = 52 }));
    }

    [Fact]
    public void A_group_that_starts_waiting_behind_the_corridors_target_cannot_change_it_vulnerable_or_not()
    {
        var day = Places(shelterPerDay: 0, corridorPerDay: 2);
        var (groups, line) = Waiting(false, true);
        var corridor = new PlaceService(PlaceKind.Corridor);
        corridor.StartDay(Day, day);
        Assert.True(corridor.MayPrefer(groups[0])); // no target yet: anyone could become it
        Assert.True(corridor.Review(Day, line, groups, day));
        Assert.Equal(0, corridor.TargetSlot); // longest waiting first, vulnerable or not

        Assert.False(corridor.MayPrefer(new Group { State = GroupState.Stranded, Size = 1, Traits = GroupTraits.Vulnerable, Stamp = 60 }));
        Assert.False(corridor.MayPrefer(new Group { State = GroupState.Stranded, Size = 1, Stamp = 61 }));
    }

    [Fact]
    public void The_shelter_takes_the_longest_waiting_vulnerable_group_even_behind_one_that_is_not()
    {
        // The vulnerable group has the store's first slot but started waiting after the other.
        var day = Places(shelterPerDay: 2, corridorPerDay: 0);
        var groups = new GroupStore(16);
        var line = new WaitingList();
        var vulnerable = groups.Add(new Group { State = GroupState.Stranded, Size = 1, Traits = GroupTraits.Vulnerable, Stamp = 20 });
        var other = groups.Add(new Group { State = GroupState.Stranded, Size = 1, Stamp = 21 });
        line.Add(other, 21);
        line.Add(vulnerable, 20);
        var shelter = new PlaceService(PlaceKind.Shelter);
        shelter.StartDay(Day, day);
        Assert.True(shelter.Review(Day, line, groups, day));
        Assert.Equal(vulnerable, shelter.TargetSlot);
    }
}
