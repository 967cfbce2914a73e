using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Changing the tick length must not change daily results beyond stochastic noise. For each key figure, the mean
/// over 12 seeds at a 24h tick and at a 1h tick must agree within 4 standard errors of their difference (plus a
/// 5% allowance for the rounding of durations up to whole ticks).
/// </summary>
public sealed class TickInvarianceTests
{
    private const int Seeds = 12;

    public static TheoryData<string> Figures() =>
        ["departed", "stranded_person_days", "crossed_irregular", "crossed_regular", "returned_inland", "intercepted"];

    private static double Figure(RunSummary s, string name) => name switch
    {
        "departed" => s.Departed,
        "stranded_person_days" => s.StrandedPersonDays,
        "crossed_irregular" => s.Outcomes.CrossedIrregular,
        "crossed_regular" => s.Outcomes.CrossedRegular,
        "returned_inland" => s.Outcomes.ReturnedInland,
        "intercepted" => s.Intercepted,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly Lazy<(RunSummary[] Day, RunSummary[] Hour)> Runs = new(() =>
    {
        var scenario = TestScenarios.Baseline() with { Window = new() { Start = new DateOnly(2025, 11, 15), End = new DateOnly(2026, 1, 15) } };
        var day = new RunSummary[Seeds];
        var hour = new RunSummary[Seeds];
        Parallel.For(0, Seeds, i =>
        {
            day[i] = ScenarioRunner.Run(scenario, (ulong)(100 + i), BorderSim.Core.Time.TickLength.Parse("24h")).Summary;
            hour[i] = ScenarioRunner.Run(scenario, (ulong)(500 + i), BorderSim.Core.Time.TickLength.Parse("1h")).Summary;
        });
        return (day, hour);
    });

    [Theory]
    [MemberData(nameof(Figures))]
    public void Key_figures_agree_between_24h_and_1h_ticks(string figure)
    {
        var (day, hour) = Runs.Value;
        var a = day.Select(s => Figure(s, figure)).ToArray();
        var b = hour.Select(s => Figure(s, figure)).ToArray();
        var (meanA, varA) = MeanVariance(a);
        var (meanB, varB) = MeanVariance(b);
        var standardError = Math.Sqrt((varA / a.Length) + (varB / b.Length));
        var allowed = (4 * standardError) + (0.05 * Math.Max(meanA, meanB));
        Assert.True(Math.Abs(meanA - meanB) <= allowed, $"{figure}: 24h mean {meanA:F1}, 1h mean {meanB:F1}, allowed difference {allowed:F1}");
    }

    private static (double Mean, double Variance) MeanVariance(double[] xs)
    {
        var mean = xs.Average();
        var variance = xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1);
        return (mean, variance);
    }
}
