using BenchmarkDotNet.Attributes;
using BorderSim.Plotting;
using BorderSim.Plotting.Results;

namespace BorderSim.Benchmarks;

/// <summary>
/// Charts drawn warm, in memory, from the committed reference results of baseline (results/reference/baseline): the
/// headline stranded chart as SVG, as PNG and as both, and a whole results folder (the four charts in both formats
/// and report.html). <c>Op/s</c> is charts per second: each method counts the charts it draws.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks : ITinyWorkload
{
    private ChartStyle _style = ChartStyle.Default;
    private ResultsData _data = null!;
    private Chart _stranded = null!;

    public void MakeTiny() => _style = ChartStyle.Default with { Width = 640, Height = 360 };

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchScenarios.ScenariosDirectory, "..", "results", "reference", "baseline");
        _data = ResultsData.Parse(name => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null);
        _stranded = ResultsCharts.Stranded(_data);
    }

    [Benchmark]
    public int StrandedSvg() => ChartRenderer.Render(_stranded, _style, "stranded", ChartFormats.Svg).Svg!.Length;

    [Benchmark]
    public int StrandedPng() => ChartRenderer.Render(_stranded, _style, "stranded", ChartFormats.Png).Png!.Length;

    [Benchmark]
    public int StrandedSvgAndPng() => ChartRenderer.Render(_stranded, _style, "stranded", ChartFormats.Both).Png!.Length;

    /// <summary>What 'bordersim plot' draws for a run: four charts, each as SVG and PNG, and the report.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int ResultsFolder() => ResultsRendering.Render(_data, new ResultsRenderOptions { Style = _style }).Count;
}
