using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BorderSim.Benchmarks;
using BorderSim.Core.Model;

namespace BorderSim.Benchmarks.Tests;

/// <summary>
/// Runs every [Benchmark] method once, by direct calls, on a tiny workload, so the suite cannot rot unnoticed.
/// Nothing here is timed.
/// </summary>
public class BenchmarkSmokeTests
{
    private static readonly Assembly Suite = typeof(ITinyWorkload).Assembly;

    public static TheoryData<string> BenchmarkClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_suite_has_benchmarks()
    {
        Assert.True(BenchmarkTypes().Count() >= 5);
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Every_benchmark_runs_once_on_a_tiny_workload(string typeName)
    {
        var type = Suite.GetType(typeName, throwOnError: true)!;
        Assert.NotNull(type.GetCustomAttribute<MemoryDiagnoserAttribute>());
        Assert.True(typeof(ITinyWorkload).IsAssignableFrom(type), $"{type.Name} must implement {nameof(ITinyWorkload)} so this test can shrink it");

        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties())
        {
            if (property.GetCustomAttribute<ParamsAttribute>() is { } p)
            {
                Assert.NotEmpty(p.Values);
                property.SetValue(instance, p.Values[0]);
            }
        }

        ((ITinyWorkload)instance).MakeTiny();
        Invoke<GlobalSetupAttribute>(type, instance);
        var benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
        Assert.NotEmpty(benchmarks);
        foreach (var method in benchmarks)
        {
            Assert.Empty(method.GetParameters());
            method.Invoke(instance, null);
        }

        Invoke<GlobalCleanupAttribute>(type, instance);
    }

    [Fact]
    public void A_travel_group_takes_at_most_64_bytes()
    {
        Assert.Equal(Marshal.SizeOf<Group>(), Unsafe.SizeOf<Group>());
        Assert.True(Unsafe.SizeOf<Group>() <= 32, $"Group is {Unsafe.SizeOf<Group>()} bytes");
        Assert.True(WorkloadStats.BytesPerSlot <= 64);
    }

    [Fact]
    public void The_held_workloads_hold_every_group_in_their_state()
    {
        foreach (var state in new[] { GroupState.Stranded, GroupState.Queued, GroupState.IrregularRoute })
        {
            var sim = BenchScenarios.StartHeld(state, 500, 30);
            Assert.Equal(500, sim.Groups.Live);
            sim.Step();
            sim.Step();
            Assert.Equal(500, sim.Recorder.PersonsIn(state));
        }
    }

    [Fact]
    public void The_scenarios_folder_is_found()
    {
        Assert.True(File.Exists(BenchScenarios.BaselinePath));
        Assert.Equal(BenchScenarios.ExodusName, BenchScenarios.Exodus().Name);
    }

    private static IEnumerable<Type> BenchmarkTypes() =>
        Suite.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null));

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
