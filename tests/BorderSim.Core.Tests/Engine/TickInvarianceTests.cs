using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// The tick must not change any result: every event happens at its own minute whatever the tick, and the tick only
/// sets how often the state is recorded. For every shipped scenario and several seeds, every key figure, the date of
/// the peak, the value at every observation and every row of daily.csv are the same at 1h, 6h and 24h ticks (a
/// tolerance of zero), and the state the 24h and 6h ticks record is the state the 1h tick records at the same instants.
/// <para>
/// The stress case <c>deadline-exodus.yaml</c> runs at its own seed only: one run of it has about 200,000 departures
/// (six times the baseline's) and so more events, ties and day boundaries than the three seeds of any other scenario,
/// and three seeds of it cost two thirds of this test's time (about 16 s of CPU on these machines).
/// </para>
/// </summary>
[RunsManyScenarios]
public sealed class TickInvarianceTests
{
    private static readonly ulong[] Seeds = [1, 2, 20251128];
    private const string StressCase = "deadline-exodus.yaml";

    public static TheoryData<string> Scenarios() => TestScenarios.Shipped();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_key_figure_and_daily_row_is_the_same_at_1h_6h_and_24h_ticks(string file)
    {
        var scenario = TestScenarios.Load(file);
        var observations = TestScenarios.Observations(scenario);
        foreach (var seed in file == StressCase ? [scenario.Seed] : Seeds)
        {
            var runs = new[] { "1h", "6h", "24h" }
                .Select(t => ScenarioRunner.Run(scenario, seed, TickLength.Parse(t)).WithObservations(observations))
                .ToArray();
            var hour = KeyFigures.From(runs[0].Summary);
            foreach (var run in runs.Skip(1))
            {
                var other = KeyFigures.From(run.Summary);
                for (var k = 0; k < KeyFigures.NumericNames.Length; k++)
                {
                    Assert.True(hour.Numeric(k) == other.Numeric(k), $"{file}, seed {seed}, {KeyFigures.NumericNames[k]}: {hour.Numeric(k)} at 1h, {other.Numeric(k)} at {run.Tick}");
                }

                Assert.Equal(hour.PeakStrandedDate, other.PeakStrandedDate);
                Assert.Equal(hour.Observations, other.Observations);
                Assert.Equal(Daily(runs[0]), Daily(run));

                // The coarser tick records the state at its ends; the 1h run recorded the same instants.
                var hoursPerTick = run.Tick.Hours;
                for (var t = 0; t < run.Ticks.Count; t++)
                {
                    Assert.Equal(runs[0].Ticks[((t + 1) * hoursPerTick) - 1].State, run.Ticks[t].State);
                }
            }
        }
    }

    private static string Daily(RunResult result)
    {
        using var writer = new StringWriter();
        ResultWriter.WriteDaily(result.Days, writer);
        return writer.ToString();
    }
}
