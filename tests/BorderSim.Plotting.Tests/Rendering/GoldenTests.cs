using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Rendering;

/// <summary>Each chart kind on fixed data, compared byte for byte with a reviewed golden SVG.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Names => new(GoldenCharts.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Chart_matches_golden(string name) => Golden.Verify(name, ChartRenderer.Svg(GoldenCharts.All[name]));
}

internal static class GoldenCharts
{
    public static readonly IReadOnlyDictionary<string, Chart> All = new Dictionary<string, Chart>
    {
        ["timeseries-band-periods-events"] = SampleCharts.StrandedWithBand(),
        ["flows-multiline"] = SampleCharts.Flows(),
        ["stacked-area-states"] = SampleCharts.PersonsByState(),
        ["bar-outcomes"] = SampleCharts.Outcomes(),
        ["edge-one-day"] = EdgeCharts.OneDay(),
        ["edge-all-zero-mid-month"] = EdgeCharts.AllZeroMidMonth(),
        ["edge-huge-peak-year"] = EdgeCharts.HugePeakYear(),
        ["xy-line-band"] = SweepSampleCharts.OneLineWithBand(),
        ["xy-line-per-value"] = SweepSampleCharts.LinePerSecondParameter(),
        ["xy-points-error-bars"] = SweepSampleCharts.ScatteredWithErrorBars(),
        ["heatmap-grid"] = SweepSampleCharts.GridHeatmap(),
        ["heatmap-scatter"] = SweepSampleCharts.ScatterHeatmap(),
        ["edge-xy-one-point"] = SweepEdgeCharts.OnePoint(),
        ["edge-xy-all-zero"] = SweepEdgeCharts.AllZero(),
        ["edge-xy-negative-huge"] = SweepEdgeCharts.NegativeAndHuge(),
        ["edge-xy-categories"] = SweepEdgeCharts.Categories(),
        ["edge-heatmap-single-cell"] = SweepEdgeCharts.SingleCell(),
        ["edge-heatmap-all-equal"] = SweepEdgeCharts.AllEqual(),
        ["edge-heatmap-crowded"] = SweepEdgeCharts.Crowded(),
    };
}
