using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>
/// The work one run does, counted by stepping it once: group-ticks (live groups summed over every tick, what
/// <c>MoveGroups</c> visits), slot-ticks (slots scanned, live or free), the peak of live groups and the size the
/// group store grew to. Deterministic for a seed, so it can be counted outside the timed process.
/// </summary>
public sealed record WorkloadStats(long GroupTicks, long SlotTicks, int PeakLiveGroups, int StoreCapacity, int Ticks)
{
    private static readonly ConcurrentDictionary<(int Migrants, int TickHours, int? WindowDays), WorkloadStats> Cache = new();

    /// <summary>Bytes the group store holds per slot: the <see cref="Group"/> struct plus one int of free list.</summary>
    public static int BytesPerSlot => Unsafe.SizeOf<Group>() + sizeof(int);

    public long GroupStoreBytes => (long)StoreCapacity * BytesPerSlot;

    public static WorkloadStats ForScaledExodus(int migrants, int tickHours, int? windowDays = null) =>
        Cache.GetOrAdd((migrants, tickHours, windowDays), k =>
            Count(BenchScenarios.Shorten(BenchScenarios.ScaledExodus(k.Migrants), k.WindowDays), new TickLength(k.TickHours)));

    public static WorkloadStats Count(Scenario scenario, TickLength tick)
    {
        var sim = new Simulation(scenario, scenario.Seed, tick);
        long groupTicks = 0, slotTicks = 0;
        var peak = 0;
        while (!sim.Finished)
        {
            sim.Step();
            var live = sim.Groups.Live;
            groupTicks += live;
            slotTicks += sim.Groups.HighWater;
            peak = Math.Max(peak, live);
        }

        return new WorkloadStats(groupTicks, slotTicks, peak, sim.Groups.Capacity, sim.Calendar.TotalTicks);
    }
}
