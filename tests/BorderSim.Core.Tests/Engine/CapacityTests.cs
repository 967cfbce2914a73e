using BorderSim.Core.Engine;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>Capacities are never exceeded: by the end of each tick, a day's use is within the capacity of its ticks so far.</summary>
[RunsManyScenarios]
public sealed class CapacityTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Chacalluta_never_processes_more_than_its_capacity(int seed)
    {
        // A crowded border: many arrivals, little capacity, weekend tourists taking part of it.
        var baseScenario = TestScenarios.Small();
        var scenario = baseScenario with
        {
            Tick = "2h",
            Population = baseScenario.Population with { BaseDeparturesPersonsPerDay = 2_000 },
            Border = baseScenario.Border with
            {
                CapacitySchedule =
                [
                    new CapacityBlock { FromHour = 0, ToHour = 6, PersonsPerHour = 0 },
                    new CapacityBlock { FromHour = 6, ToHour = 22, PersonsPerHour = 60 },
                    new CapacityBlock { FromHour = 22, ToHour = 24, PersonsPerHour = 10 },
                ],
                OrdinaryTravellersPersonsPerDay = 300,
                WeekendTouristsPersons = 600,
            },
        };
        var sim = new Simulation(scenario, (ulong)seed, TickLength.Parse(scenario.Tick));
        var capacity = new ChacallutaCapacity(scenario.Border);
        var allowed = 0.0;
        var queuedSomewhere = false;
        while (!sim.Finished)
        {
            var tick = sim.CurrentTick;
            var calendar = sim.Calendar;
            if (calendar.TickInDay(tick) == 0)
            {
                allowed = 0;
            }

            allowed += capacity.ForMigrantsInTick(calendar.DateOf(tick), calendar.HourOf(tick), calendar.Tick.Hours, 1.0);
            sim.Step();
            var served = sim.Recorder.Today.CrossedRegular + sim.Recorder.Today.RefusedAtSantaRosa;
            Assert.True(served <= Math.Floor(allowed + 1e-9), $"tick {tick}: served {served} persons, capacity so far {allowed}");
            queuedSomewhere |= sim.Recorder.PersonsIn(BorderSim.Core.Model.GroupState.Queued) > 0;
        }

        Assert.True(queuedSomewhere, "the test scenario should build a queue");
    }

    [Fact]
    public void Weekend_tourists_take_part_of_the_capacity()
    {
        var border = TestScenarios.Small().Border with { OrdinaryTravellersPersonsPerDay = 1_000, WeekendTouristsPersons = 1_000 };
        var capacity = new ChacallutaCapacity(border);
        var friday = new DateOnly(2025, 12, 5);
        var saturday = new DateOnly(2025, 12, 6);
        Assert.Equal(2_400 - 1_000, capacity.ForMigrantsInTick(friday, 0, 24, 1.0), 6);
        Assert.Equal(2_400 - 1_500, capacity.ForMigrantsInTick(saturday, 0, 24, 1.0), 6);
        Assert.Equal(0, capacity.ForMigrantsInTick(saturday, 0, 24, 0.0), 6);
    }

    [Fact]
    public void A_schedule_with_no_capacity_leaves_migrants_none_whatever_the_ordinary_traffic()
    {
        var border = TestScenarios.Small().Border with
        {
            CapacitySchedule = [new CapacityBlock { FromHour = 0, ToHour = 24, PersonsPerHour = 0 }],
            OrdinaryTravellersPersonsPerDay = 1_000,
        };
        var capacity = new ChacallutaCapacity(border);
        var friday = new DateOnly(2025, 12, 5);
        Assert.All(Enumerable.Range(0, 24), h => Assert.Equal(0.0, capacity.ForMigrantsPersonsPerHour(friday, h, 2.0)));
        Assert.Equal(0.0, capacity.ForMigrantsInTick(friday, 0, 24, 1.0));
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("3h")]
    public void Corridor_shelter_and_repatriation_places_are_never_exceeded(string tick)
    {
        var baseScenario = TestScenarios.Small();
        var from = new DateOnly(2025, 12, 5);
        var scenario = baseScenario with
        {
            Tick = tick,
            Population = baseScenario.Population with { BaseDeparturesPersonsPerDay = 1_000 },
            Behaviour = baseScenario.Behaviour with { DirectIrregularShare = 0, IrregularAttemptRatePerDay = 0, GiveUpRatePerDay = 0 },
            Border = baseScenario.Border with { DefaultEntryRule = EntryRuleKind.Closed },
            Policies =
            [
                new PolicyEntry { Label = "corridor", Start = from, Effects = new PolicyEffects { Corridor = new CorridorEffect { PlacesPerDay = 55, Nationalities = ["Venezuela"] } } },
                new PolicyEntry { Label = "shelter", Start = from, Effects = new PolicyEffects { Sheltering = new ShelteringEffect { PlacesPerDay = 37 } } },
                new PolicyEntry { Label = "flights", Start = from, Effects = new PolicyEffects { Repatriation = new RepatriationEffect { SeatsPerFlight = 40, Weekdays = [DayOfWeek.Tuesday], Nationalities = ["Colombia"] } } },
            ],
        };
        var result = ScenarioRunner.Run(scenario, 9);
        foreach (var day in result.Days)
        {
            Assert.InRange(day.Flows.LeftByCorridor, 0, day.Date >= from ? 55 : 0);
            Assert.InRange(day.Flows.ShelterAdmissions, 0, day.Date >= from ? 37 : 0);
            Assert.InRange(day.Flows.Repatriated, 0, day.Date >= from && day.Date.DayOfWeek == DayOfWeek.Tuesday ? 40 : 0);
        }

        // With hundreds stranded, the places are used: within a group's size of the daily number.
        var full = result.Days.Where(d => d.Date > from.AddDays(3)).ToArray();
        Assert.All(full, d => Assert.InRange(d.Flows.LeftByCorridor, 55 - 3, 55));
        Assert.All(full, d => Assert.InRange(d.Flows.ShelterAdmissions, 37 - 3, 37));
    }
}
