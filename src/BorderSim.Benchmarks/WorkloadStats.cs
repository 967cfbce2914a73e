using System.Collections.Concurrent;
using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Benchmarks;

/// <summary>
/// The work one run does, counted by stepping it once: group-ticks (live groups summed over every tick), played
/// group-ticks (the groups the tick loop visits: stranded, on the route or sheltered, summed over every tick; queued
/// and travelling groups are not visited), the peak of live groups and the size the group store grew to.
/// Deterministic for a seed, so it can be counted outside the timed process.
/// </summary>
public sealed record WorkloadStats(long GroupTicks, long PlayedGroupTicks, int PeakLiveGroups, int StoreCapacity, int Ticks)
{
    private static readonly ConcurrentDictionary<(int Migrants, int TickHours, int? WindowDays), WorkloadStats> Cache = new();

    /// <summary>Bytes the engine holds per slot of the group store: the store's own and the arrival wheel's.</summary>
    public static int BytesPerSlot => GroupStore.BytesPerSlot + ArrivalWheel.BytesPerSlot;

    public long GroupStoreBytes => (long)StoreCapacity * BytesPerSlot;

    public static WorkloadStats ForScaledExodus(int migrants, int tickHours, int? windowDays = null) =>
        Cache.GetOrAdd((migrants, tickHours, windowDays), k =>
            Count(BenchScenarios.Shorten(BenchScenarios.ScaledExodus(k.Migrants), k.WindowDays), new TickLength(k.TickHours)));

    public static WorkloadStats Count(Scenario scenario, TickLength tick)
    {
        var sim = new Simulation(scenario, scenario.Seed, tick);
        long groupTicks = 0, playedTicks = 0;
        var peak = 0;
        while (!sim.Finished)
        {
            sim.Step();
            var live = sim.Groups.Live;
            groupTicks += live;
            playedTicks += sim.Groups.ScheduledCount();
            peak = Math.Max(peak, live);
        }

        return new WorkloadStats(groupTicks, playedTicks, peak, sim.Groups.Capacity, sim.Calendar.TotalTicks);
    }
}
