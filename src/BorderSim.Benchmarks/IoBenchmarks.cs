using BenchmarkDotNet.Attributes;
using BorderSim.Core.Engine;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>
/// What surrounds a run: loading the baseline scenario text, and writing daily.csv and ticks.csv of a baseline run
/// (at 1h ticks, the longest tables) to <see cref="TextWriter.Null"/> and to a <see cref="StringWriter"/>.
/// Compare with <see cref="RunBenchmarks"/>' baseline at 24h, the shortest run.
/// </summary>
[MemoryDiagnoser]
public class IoBenchmarks : ITinyWorkload
{
    private string _baselineText = "";
    private RunResult _result = null!;
    private int? _windowDays;

    public void MakeTiny() => _windowDays = 5;

    [GlobalSetup]
    public void Setup()
    {
        _baselineText = BenchScenarios.BaselineText();
        var scenario = BenchScenarios.Shorten(BenchScenarios.Baseline(), _windowDays);
        _result = ScenarioRunner.Run(scenario, scenario.Seed, new TickLength(1));
    }

    [Benchmark]
    public Scenario LoadBaseline() => ScenarioLoader.Parse(_baselineText, "baseline.yaml");

    [Benchmark]
    public void WriteDailyToNull() => ResultWriter.WriteDaily(_result.Days, TextWriter.Null);

    [Benchmark]
    public void WriteTicks1hToNull() => ResultWriter.WriteTicks(_result.Ticks, TextWriter.Null);

    [Benchmark]
    public int WriteDailyAndTicksToString()
    {
        var daily = new StringWriter();
        ResultWriter.WriteDaily(_result.Days, daily);
        var ticks = new StringWriter();
        ResultWriter.WriteTicks(_result.Ticks, ticks);
        return daily.GetStringBuilder().Length + ticks.GetStringBuilder().Length;
    }
}
