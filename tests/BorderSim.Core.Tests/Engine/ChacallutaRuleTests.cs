using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

/// <summary>Chacalluta's queue and its capacity (ODD §7.8): when the head is served, and how much a day gets through.</summary>
public sealed class ChacallutaRuleTests
{
    private const int Day = 1440;
    private static readonly DateOnly Friday = new(2025, 12, 5);

    /// <summary>Closed until noon, then one person a minute.</summary>
    private static Border FromNoon(double ordinaryPersonsPerDay = 0) => TestScenarios.Small().Border with
    {
        CapacitySchedule =
        [
            new CapacityBlock { FromHour = 0, ToHour = 12, PersonsPerHour = 0 },
            new CapacityBlock { FromHour = 12, ToHour = 24, PersonsPerHour = 60 },
        ],
        OrdinaryTravellersPersonsPerDay = ordinaryPersonsPerDay,
    };

    private static (ChacallutaService Service, GroupStore Groups) Queue(Border border, double multiplier, params int[] sizes)
    {
        var groups = new GroupStore(16);
        var service = new ChacallutaService(border);
        service.StartDay(Day, Friday, multiplier);
        foreach (var size in sizes)
        {
            var slot = groups.Add(new Group { State = GroupState.Queued, Size = (byte)size, Stamp = 100 + size });
            service.Enqueue(slot, 100 + size);
        }

        return (service, groups);
    }

    [Fact]
    public void The_head_is_served_at_the_first_minute_the_capacity_come_in_covers_all_its_persons()
    {
        Assert.Equal((-1, int.MaxValue), (new ChacallutaService(FromNoon()).TargetSlot, new ChacallutaService(FromNoon()).TargetMinute)); // no head yet
        var (service, groups) = Queue(FromNoon(), 1.0, 3, 1, 2);

        // Queued at 06:00: nothing comes in before noon; at one a minute, three persons are covered in minute 12:02.
        Assert.True(service.Review(Day + 360, groups));
        Assert.Equal(0, service.TargetSlot);
        Assert.Equal(Day + 722, service.TargetMinute);
        service.Serve(3);
        Assert.Equal(3, service.UsedToday);
        Assert.Equal((-1, int.MaxValue), (service.TargetSlot, service.TargetMinute)); // the head has gone: no target until the next review

        // The next is served as soon as its own person has come in, the one after as soon as both of its have.
        Assert.True(service.Review(Day + 722, groups));
        Assert.Equal((1, Day + 723), (service.TargetSlot, service.TargetMinute));
        service.Serve(1);
        Assert.True(service.Review(Day + 723, groups));
        Assert.Equal((2, Day + 725), (service.TargetSlot, service.TargetMinute));
        service.Serve(2);
        Assert.False(service.Review(Day + 725, groups));
        Assert.Equal(-1, service.TargetSlot);
    }

    [Fact]
    public void Capacity_not_used_earlier_in_the_day_serves_a_later_group_at_once()
    {
        var (service, groups) = Queue(FromNoon(), 1.0, 5);
        Assert.True(service.Review(Day + 900, groups)); // 15:00: 180 persons' worth has come in unused
        Assert.Equal(Day + 900, service.TargetMinute);
    }

    [Fact]
    public void A_capacity_multiplier_scales_the_flow_and_ordinary_travellers_take_their_share()
    {
        // Twice the capacity: two persons a minute from noon, so three are covered in minute 12:01.
        var (doubled, groups) = Queue(FromNoon(), 2.0, 3);
        Assert.True(doubled.Review(Day, groups));
        Assert.Equal(Day + 721, doubled.TargetMinute);

        // Half of the 720 scheduled persons go to ordinary travellers: one person every two minutes is left.
        var (shared, groups2) = Queue(FromNoon(ordinaryPersonsPerDay: 360), 1.0, 3);
        Assert.True(shared.Review(Day, groups2));
        Assert.Equal(Day + 725, shared.TargetMinute);
    }

    [Fact]
    public void A_group_larger_than_the_rest_of_the_day_brings_waits_at_the_head_and_blocks_those_behind()
    {
        var (service, groups) = Queue(FromNoon(ordinaryPersonsPerDay: 718), 1.0, 3, 1); // two persons in the whole day
        Assert.False(service.Review(Day, groups));
        Assert.Equal(0, service.TargetSlot);
        Assert.Equal(int.MaxValue, service.TargetMinute);

        // A closed exit control (multiplier 0) serves nobody at all.
        var (closed, groups2) = Queue(FromNoon(), 0.0, 1);
        Assert.False(closed.Review(Day, groups2));
    }

    [Fact]
    public void A_group_that_left_the_queue_is_skipped_and_the_next_is_served_in_its_place()
    {
        var (service, groups) = Queue(FromNoon(), 1.0, 3, 1);
        groups[0].Stamp++; // the head has moved on (left the queue) since it joined
        Assert.True(service.Review(Day, groups));
        Assert.Equal((1, Day + 720), (service.TargetSlot, service.TargetMinute));
    }

    [Fact]
    public void Each_review_voids_the_event_asked_for_before()
    {
        var (service, groups) = Queue(FromNoon(), 1.0, 3);
        service.Review(Day, groups);
        var first = service.EventStamp;
        service.Review(Day, groups);
        Assert.NotEqual(first, service.EventStamp);

        // A new day starts with nothing used and no target.
        service.Serve(3);
        service.StartDay(2 * Day, Friday.AddDays(1), 1.0);
        Assert.Equal(0, service.UsedToday);
        Assert.Equal((-1, int.MaxValue), (service.TargetSlot, service.TargetMinute));
    }

    [Fact]
    public void With_a_long_queue_a_capacity_multiplier_of_2_doubles_what_Chacalluta_processes_a_day_and_0_stops_it()
    {
        // 2,000 persons a day reach a Chacalluta that processes 240 (10 an hour); from 10 December it processes twice
        // that, and on 20 and 21 December nobody.
        var scenario = TestScenarios.Small() with
        {
            Tick = "24h",
            Population = TestScenarios.Small().Population with { BaseDeparturesPersonsPerDay = 2_000 },
            Behaviour = TestScenarios.Small().Behaviour with { DirectIrregularShare = 0 },
            Border = TestScenarios.Small().Border with { CapacitySchedule = [new CapacityBlock { FromHour = 0, ToHour = 24, PersonsPerHour = 10 }] },
            Policies =
            [
                TestScenarios.Policy("staff", new DateOnly(2025, 12, 10), null, new PolicyEffects { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = 2 } }),
                TestScenarios.Policy("strike", new DateOnly(2025, 12, 20), 2, new PolicyEffects { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = 0 } }),
            ],
        };
        var run = ScenarioRunner.Run(scenario, 4);
        foreach (var day in run.Days.Where(d => d.Date >= new DateOnly(2025, 12, 4)))
        {
            var processed = day.Flows.CrossedRegular + day.Flows.RefusedAtSantaRosa;
            var capacity = day.Date < new DateOnly(2025, 12, 10) ? 240
                : day.Date is { Day: 20 or 21 } ? 0
                : 480;

            // Groups of 1 and 3 persons, each whole: the day's last two places may go unused.
            Assert.True(processed <= capacity && processed >= capacity - 2, $"{day.Date}: {processed} processed, capacity {capacity}");
        }
    }

    [Fact]
    public void Once_the_head_is_processed_the_next_in_the_queue_is_served_with_nobody_new_arriving()
    {
        // Twelve persons depart early and queue at a Chacalluta that processes nobody until 10 December; then 100 an
        // hour. Nobody else comes: all twelve are processed in the first minutes of the 10th, one after another.
        var waiting = TestScenarios.Waiting();
        var reopening = new DateOnly(2025, 12, 10);
        var scenario = waiting with
        {
            Population = waiting.Population with { PoolPersons = 12, BaseDeparturesPersonsPerDay = 50 },
            Border = waiting.Border with { DefaultEntryRule = EntryRuleKind.Open },
            Policies = [TestScenarios.Policy("no processing", waiting.Window.Start, reopening.DayNumber - waiting.Window.Start.DayNumber, new PolicyEffects { ChacallutaCapacity = new ChacallutaCapacityEffect { Multiplier = 0 } })],
        };
        var run = ScenarioRunner.Run(scenario, 3);
        Assert.Equal(12, run.Summary.Departed);
        Assert.Equal(12, run.Days.Single(d => d.Date == reopening.AddDays(-1)).EndOfDay.Queued);
        Assert.Equal(12, run.Days.Single(d => d.Date == reopening).Flows.CrossedRegular);
        Assert.Equal(0, run.Hours[(run.Calendar.DayIndex(reopening) * 24) + 1].Queued);
    }
}
