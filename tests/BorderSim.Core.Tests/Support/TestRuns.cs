using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Support;

/// <summary>Runs small enough for a unit test: one run shared by the tests that only read what it produced.</summary>
internal static class TestRuns
{
    private static readonly Lazy<RunResult> WaitingThreeDaysRun = new(() => ScenarioRunner.Run(TestScenarios.Waiting() with
    {
        Window = new SimulationWindow { Start = new DateOnly(2025, 12, 1), End = new DateOnly(2025, 12, 3) },
    }));

    /// <summary>
    /// <see cref="TestScenarios.Waiting"/> over 1 to 3 December, one tick a day: persons arrive from the first day and
    /// wait, stranded, for Peru to admit them.
    /// </summary>
    public static RunResult WaitingThreeDays => WaitingThreeDaysRun.Value;
}
