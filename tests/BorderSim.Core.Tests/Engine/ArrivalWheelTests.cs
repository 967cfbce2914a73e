using BorderSim.Core.Engine;
using BorderSim.Core.Model;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Travel (ODD §7.4): a travelling group reaches Arica on the day its journey ends, once, at the minute it was drawn,
/// however long the journey (the wheel that holds travelling groups has 256 days a lap).
/// </summary>
public sealed class ArrivalWheelTests
{
    private const int Day = 1440;

    [Fact]
    public void Each_traveller_is_released_once_on_its_arrival_day_at_its_minute_even_laps_of_the_wheel_ahead()
    {
        var random = new Random(11);
        var groups = new GroupStore(16);
        var wheel = new ArrivalWheel();
        const int days = 800;

        // More slots than the wheel's first 1,024, arrivals up to three laps ahead, several on the same bucket and day.
        var due = new Dictionary<int, (int Minute, int Stamp)>();
        for (var i = 0; i < 3000; i++)
        {
            var arrivalMinute = i switch
            {
                0 => 0,
                1 => (256 * Day) + 5,       // a lap ahead: same bucket as day 0
                2 => (512 * Day) + 5,       // two laps ahead
                3 => (days * Day) - 1,      // the last minute
                _ => random.Next(0, days * Day),
            };
            var stamp = 1000 + i;
            var slot = groups.Add(new Group { State = GroupState.Travelling, UntilMinute = arrivalMinute, Stamp = stamp });
            wheel.Add(slot, groups[slot]);
            due[slot] = (arrivalMinute, stamp);
        }

        var released = new HashSet<int>();
        var events = new EventQueue();
        for (var day = 0; day < days; day++)
        {
            wheel.Release(day, groups, events);
            while (events.Count > 0)
            {
                var e = events.Pop();
                Assert.Equal(GroupEvent.Arrival, e.Kind);
                Assert.True(released.Add(e.Actor), $"slot {e.Actor} released twice");
                Assert.Equal(due[e.Actor].Minute, e.Minute);
                Assert.Equal(due[e.Actor].Stamp, e.Stamp);
                Assert.Equal(day, e.Minute / Day);
            }
        }

        Assert.Equal(due.Count, released.Count);

        // A second pass over the same days finds nothing left on the wheel.
        for (var day = 0; day < days; day++)
        {
            wheel.Release(day, groups, events);
        }

        Assert.Equal(0, events.Count);
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
}
