using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BorderSim.Core.Engine;
using BorderSim.Core.Model;

namespace BorderSim.Benchmarks;

/// <summary>
/// The engine's tick on a population held in one state, in agent-ticks: one operation is one live group stepped
/// through one tick (<c>Op/s</c> is agent-ticks per second). Each invocation steps <see cref="AgentTicksPerInvoke"/>
/// / <see cref="Groups"/> ticks, so small populations also pay their share of the per-tick fixed cost
/// (start of day, Chacalluta, recorder).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TickBenchmarks : ITinyWorkload
{
    public const int AgentTicksPerInvoke = 1_000_000;

    /// <summary>Days in the window; the workload is rebuilt (rarely) when a run reaches its end.</summary>
    private int _windowDays = 8_000;

    private Simulation _sim = null!;
    private int _stepsPerInvoke;

    [Params(GroupState.Stranded, GroupState.Queued, GroupState.IrregularRoute)]
    public GroupState State { get; set; } = GroupState.Stranded;

    [Params(10_000, 100_000, 1_000_000)]
    public int Groups { get; set; } = 10_000;

    public void MakeTiny()
    {
        Groups = 10_000;
        _windowDays = 30;
    }

    [GlobalSetup]
    public void Setup()
    {
        _stepsPerInvoke = Math.Max(1, AgentTicksPerInvoke / Groups);
        _windowDays = Math.Max(_windowDays, _stepsPerInvoke + 250); // room for the days the workload takes to settle
        Rebuild();
    }

    [Benchmark(OperationsPerInvoke = AgentTicksPerInvoke)]
    public int Step()
    {
        if (_sim.CurrentTick + _stepsPerInvoke > _sim.Calendar.TotalTicks)
        {
            Rebuild();
        }

        for (var i = 0; i < _stepsPerInvoke; i++)
        {
            _sim.Step();
        }

        return _sim.Groups.Live;
    }

    private void Rebuild() => _sim = BenchScenarios.StartHeld(State, Groups, _windowDays);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
