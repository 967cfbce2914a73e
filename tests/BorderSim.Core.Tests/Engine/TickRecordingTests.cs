using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// The tick only sets how often the state is written: on small random scenarios (every state and policy kind, a few
/// weeks each), the summary and every daily row are the same at 1h, 4h and 24h ticks, and each tick's record is the
/// state the hourly record holds at that tick's end. <see cref="TickInvarianceTests"/> says the same of every shipped
/// scenario; this one is cheap enough to run under every mutant (docs/TESTING.md).
/// </summary>
[RunsManyScenarios]
public sealed class TickRecordingTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Results_are_the_same_at_every_tick_and_each_tick_records_the_state_at_its_end(int seed)
    {
        var scenario = TestScenarios.Random(seed);
        var runs = new[] { "1h", "4h", "24h" }.Select(t => ScenarioRunner.Run(scenario, (ulong)seed, TickLength.Parse(t))).ToArray();
        var hourly = runs[0];
        foreach (var run in runs)
        {
            Assert.Equal(ScenarioJson.Serialize(hourly.Summary with { Tick = "" }), ScenarioJson.Serialize(run.Summary with { Tick = "" }));
            Assert.Equal(Daily(hourly), Daily(run));
            var hours = run.Tick.Hours;
            Assert.Equal(hourly.Days.Count * 24 / hours, run.Ticks.Count);
            Assert.Equal(hourly.Hours, run.Hours);
            for (var t = 0; t < run.Ticks.Count; t++)
            {
                Assert.Equal(t, run.Ticks[t].Tick);
                Assert.Equal(run.Summary.WindowStart.ToDateTime(TimeOnly.MinValue).AddHours(t * hours), run.Ticks[t].Start);
                Assert.Equal(hourly.Ticks[((t + 1) * hours) - 1].State, run.Ticks[t].State);
            }
        }

        // Each day's end-of-day state is the state recorded at its last hour.
        for (var d = 0; d < hourly.Days.Count; d++)
        {
            Assert.Equal(hourly.Hours[(d * 24) + 23], hourly.Days[d].EndOfDay);
        }
    }

    private static string Daily(RunResult result)
    {
        using var writer = new StringWriter();
        ResultWriter.WriteDaily(result.Days, writer);
        return writer.ToString();
    }
}
