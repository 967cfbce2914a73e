using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>No person is ever lost: every tick, the persons in all states add up to those who departed.</summary>
[RunsManyScenarios]
public sealed class ConservationTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 150; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_person_who_departed_is_in_exactly_one_state_at_every_tick(int seed)
    {
        var scenario = TestScenarios.Random(seed);
        var sim = new Simulation(scenario, scenario.Seed, TickLength.Parse(scenario.Tick));
        var departedSoFar = 0L;
        var ticks = 0;
        while (!sim.Finished)
        {
            sim.Step();
            ticks++;
            var today = sim.Recorder.Today;
            var groups = sim.Groups.Span;
            var live = new long[GroupStates.Count];
            var strandedVulnerable = 0;
            foreach (ref readonly var g in groups)
            {
                live[(int)g.State] += g.Size;
                strandedVulnerable += g.State == GroupState.Stranded && g.Vulnerable ? g.Size : 0;
            }

            Assert.Equal(strandedVulnerable, sim.Recorder.Ticks[ticks - 1].State.StrandedVulnerable);

            // The recorder's running counts agree with the groups themselves.
            foreach (var state in new[] { GroupState.Travelling, GroupState.Queued, GroupState.Stranded, GroupState.IrregularRoute, GroupState.Sheltered })
            {
                Assert.Equal(live[(int)state], sim.Recorder.PersonsIn(state));
            }

            // Each day starts by drawing again for exactly the groups with hazards of their own: queued, stranded, on the
            // route, sheltered.
            // (One assertion per tick, not per group: xUnit's Assert.Equal per group and tick was most of this test's time.)
            // And nobody is still travelling, or still on the irregular route, after the minute the journey or route ends.
            var now = ticks * sim.Calendar.Tick.Hours * Minutes.PerHour;
            for (var slot = 0; slot < groups.Length; slot++)
            {
                if (groups[slot].State is GroupState.Travelling or GroupState.IrregularRoute && groups[slot].UntilMinute < now)
                {
                    Assert.Fail($"group {slot} is still {groups[slot].State} at minute {now}, past its end at minute {groups[slot].UntilMinute}");
                }

                var scheduled = groups[slot].State is GroupState.Queued or GroupState.Stranded or GroupState.IrregularRoute or GroupState.Sheltered;
                if (scheduled != sim.Groups.IsScheduled(slot))
                {
                    Assert.Fail($"group {slot}, {groups[slot].State}, is {(scheduled ? "not " : "")}scheduled for a draw after tick {ticks}");
                }
            }

            // Persons live plus persons at an outcome equal persons departed; the pool accounts for the rest.
            var outcomes = GroupStates.Outcomes.Sum(o => sim.Recorder.PersonsIn(o));
            var liveTotal = live.Sum() - live[(int)GroupState.Free];
            var departed = scenario.Population.PoolPersons - sim.PoolPersons;
            Assert.Equal(departed, liveTotal + outcomes);
            Assert.True(departed >= departedSoFar);
            departedSoFar = departed;
            Assert.True(sim.PoolPersons >= 0);
            Assert.True(today.Departures >= 0);
        }

        var result = sim.Complete();
        var last = result.Days[^1];
        Assert.Equal(departedSoFar, last.Cumulative.Departures);
        Assert.Equal(last.Cumulative.Departures, last.InSystem + last.Cumulative.Outcomes);
        Assert.Equal(result.Summary.Departed, result.Summary.ByNationality.Sum(b => b.Departed));

        // Time stranded counted per stay (as each ends) and per day (the integral of the count) agree to the minute.
        Assert.Equal(sim.Recorder.StrandedPersonMinutes, result.Days.Sum(d => d.StrandedPersonMinutes));
        Assert.Equal(sim.Recorder.QueuedPersonMinutes, result.Days.Sum(d => d.QueuedPersonMinutes));
    }
}
