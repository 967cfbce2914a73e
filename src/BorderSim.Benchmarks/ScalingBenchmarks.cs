using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BorderSim.Core.Engine;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>
/// Whole deadline-exodus runs with the pool and the base departures scaled together from 10,000 to 3,360,000
/// migrants, at 24h, 6h and 1h ticks. The extra columns (computed once per case in the host process by
/// <see cref="WorkloadStats"/>) give the work done, so the table shows whether cost is linear in groups × ticks.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ScalingBenchmarks : ITinyWorkload
{
    private Scenario _scenario = null!;
    private TickLength _tick;
    private int? _windowDays;

    [Params(10_000, 33_600, 100_000, 336_000, 1_000_000, 3_360_000)]
    public int Migrants { get; set; } = 10_000;

    [Params(24, 6, 1)]
    public int TickHours { get; set; } = 24;

    public void MakeTiny()
    {
        Migrants = 10_000;
        _windowDays = 20;
    }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchScenarios.Shorten(BenchScenarios.ScaledExodus(Migrants), _windowDays);
        _tick = new TickLength(TickHours);
    }

    [Benchmark]
    public int Run() => new Simulation(_scenario, _scenario.Seed, _tick).Run().Summary.PeakStranded;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(
            new WorkloadColumn(WorkloadColumn.Kind.GroupTicks),
            new WorkloadColumn(WorkloadColumn.Kind.PlayedGroupTicks),
            new WorkloadColumn(WorkloadColumn.Kind.PeakLiveGroups),
            new WorkloadColumn(WorkloadColumn.Kind.GroupStoreKB),
            new WorkloadColumn(WorkloadColumn.Kind.NsPerGroupTick),
            new WorkloadColumn(WorkloadColumn.Kind.MillionGroupTicksPerSecond));
    }
}
