using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BorderSim.Benchmarks;

/// <summary>Columns for <see cref="ScalingBenchmarks"/>: the work a case does and its cost per group-tick.</summary>
public sealed class WorkloadColumn(WorkloadColumn.Kind kind) : IColumn
{
    public enum Kind
    {
        GroupTicks,
        PlayedGroupTicks,
        PeakLiveGroups,
        GroupStoreKB,
        NsPerGroupTick,
        MillionGroupTicksPerSecond,
    }

    public string Id => $"{nameof(WorkloadColumn)}.{kind}";

    public string ColumnName => kind switch
    {
        Kind.GroupTicks => "Group-ticks",
        Kind.PlayedGroupTicks => "Played group-ticks",
        Kind.PeakLiveGroups => "Peak live groups",
        Kind.GroupStoreKB => "Group store KB",
        Kind.NsPerGroupTick => "ns/group-tick",
        _ => "M group-ticks/s",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.GroupTicks => "Live groups summed over every tick of the run",
        Kind.PlayedGroupTicks => "Groups the tick loop visits (stranded, on the route, sheltered) summed over every tick",
        Kind.PeakLiveGroups => "Most groups live at once",
        Kind.GroupStoreKB => "Group store at the end of the run: capacity × (Group struct + scheduled bit, rounded to a byte + arrival-wheel link)",
        Kind.NsPerGroupTick => "Mean time of the run divided by its group-ticks",
        _ => "Group-ticks per second of the whole run",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Migrants"] is not int migrants || benchmarkCase.Parameters["TickHours"] is not int tickHours)
        {
            return "-";
        }

        var stats = WorkloadStats.ForScaledExodus(migrants, tickHours);
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var c = CultureInfo.InvariantCulture;
        return kind switch
        {
            Kind.GroupTicks => stats.GroupTicks.ToString("N0", c),
            Kind.PlayedGroupTicks => stats.PlayedGroupTicks.ToString("N0", c),
            Kind.PeakLiveGroups => stats.PeakLiveGroups.ToString("N0", c),
            Kind.GroupStoreKB => (stats.GroupStoreBytes / 1024).ToString("N0", c),
            Kind.NsPerGroupTick => meanNs is { } ns && stats.GroupTicks > 0 ? (ns / stats.GroupTicks).ToString("F2", c) : "-",
            _ => meanNs is { } ns2 && ns2 > 0 ? (stats.GroupTicks / ns2 * 1e3).ToString("F1", c) : "-",
        };
    }

    public override string ToString() => ColumnName;
}
