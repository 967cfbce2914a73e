using BenchmarkDotNet.Attributes;
using BorderSim.Core.Engine;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>
/// An ensemble of baseline replicates at its own tick (1h), each replicate its own <see cref="Simulation"/> seeded with
/// <see cref="RandomStreams.ReplicateSeed"/>: one after the other, and with Parallel.For on every core.
/// </summary>
[MemoryDiagnoser]
public class EnsembleBenchmarks : ITinyWorkload
{
    private Scenario _scenario = null!;
    private TickLength _tick;
    private int? _windowDays;

    [Params(100)]
    public int Replicates { get; set; } = 100;

    public void MakeTiny()
    {
        Replicates = 3;
        _windowDays = 10;
    }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchScenarios.Shorten(BenchScenarios.Baseline(), _windowDays);
        _tick = TickLength.Parse(_scenario.Tick);
    }

    [Benchmark(Baseline = true)]
    public long Serial()
    {
        long total = 0;
        for (var i = 0; i < Replicates; i++)
        {
            total += RunReplicate(i);
        }

        return total;
    }

    [Benchmark]
    public long ParallelAllCores()
    {
        var peaks = new long[Replicates];
        Parallel.For(0, Replicates, i => peaks[i] = RunReplicate(i));
        return peaks.Sum();
    }

    private long RunReplicate(int index) =>
        new Simulation(_scenario, RandomStreams.ReplicateSeed(_scenario.Seed, index), _tick).Run().Summary.PeakStranded;
}
