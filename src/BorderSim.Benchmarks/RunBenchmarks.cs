using BenchmarkDotNet.Attributes;
using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>Whole runs, one replicate each, of baseline and of the deadline-exodus stress case at 24h and 1h ticks.</summary>
[MemoryDiagnoser]
public class RunBenchmarks : ITinyWorkload
{
    private Scenario _scenario = null!;
    private int? _windowDays;

    [Params(BenchScenarios.BaselineName, BenchScenarios.ExodusName)]
    public string Scenario { get; set; } = BenchScenarios.BaselineName;

    [Params(24, 1)]
    public int TickHours { get; set; } = 24;

    public void MakeTiny() => _windowDays = 10;

    [GlobalSetup]
    public void Setup() => _scenario = BenchScenarios.Shorten(BenchScenarios.ByName(Scenario), _windowDays);

    [Benchmark]
    public int Run() => ScenarioRunner.Run(_scenario, _scenario.Seed, new TickLength(TickHours)).Summary.PeakStranded;
}
