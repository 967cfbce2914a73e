using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Explore.Session;
using BorderSim.Explore.Web;
using BorderSim.Plotting.Results;

namespace BorderSim.Benchmarks;

/// <summary>
/// One request of 'bordersim explore' after a slider moves, without the network: read the query, validate the changed
/// scenario, run its ensemble on every core, summarise it, draw the stranded chart (SVG) over the unmodified scenario
/// (already run, as at the page's start) and write the answer as JSON. Baseline, 20 replicates, 24h tick. Each call
/// asks for a give-up rate not asked before, so no answer comes from the session's cache.
/// </summary>
[MemoryDiagnoser]
public class ExploreBenchmarks : ITinyWorkload
{
    private ExploreSession _session = null!;
    private int _request;
    private int? _windowDays;

    [Params(20)]
    public int Replicates { get; set; } = 20;

    public void MakeTiny()
    {
        Replicates = 2;
        _windowDays = 10;
    }

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchScenarios.BaselineText();
        var scenario = ScenarioLoader.Parse(text, BenchScenarios.BaselinePath);
        List<ScenarioOverride> started = [new("tick", "24h")];
        if (_windowDays is { } days)
        {
            started.Add(new("window.end", scenario.Window.Start.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        _session = new ExploreSession(new ExploreSource
        {
            Path = BenchScenarios.BaselinePath,
            Text = text,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Observations = scenario.Observations is { Length: > 0 } relative
                ? ObservationCsv.Parse(File.ReadAllText(Path.Combine(BenchScenarios.ScenariosDirectory, relative)), relative)
                : [],
            BaseOverrides = started,
            Version = "benchmark",
            DotnetVersion = Environment.Version.ToString(),
            Machine = "benchmark",
        }, ExploreLimits.Default with { DefaultReplicates = Replicates });
        _session.WarmUp(CancellationToken.None);
    }

    /// <summary>The same request's simulation alone: the ensemble of 20 replicates on every core, no summary, chart or JSON.</summary>
    [Benchmark]
    public int EnsembleOnly()
    {
        var giveUp = (0.5 + Interlocked.Increment(ref _request) * 1e-7).ToString("R", CultureInfo.InvariantCulture);
        var resolved = _session.Resolve(new ExploreState([], [new ScenarioOverride("behaviour.give_up_rate_per_day", giveUp)], Replicates));
        return Ensemble.Run(resolved, [], Replicates, Shard.Whole, Environment.ProcessorCount).Replicates.Count;
    }

    [Benchmark(Baseline = true)]
    public int SliderMoved()
    {
        var giveUp = (0.25 + Interlocked.Increment(ref _request) * 1e-7).ToString("R", CultureInfo.InvariantCulture);
        var state = ExploreState.Parse(
            [
                new(ExploreState.SetKey, [$"behaviour.give_up_rate_per_day={giveUp}"]),
                new(ExploreState.ReplicatesKey, [Replicates.ToString(CultureInfo.InvariantCulture)]),
            ],
            _session.Limits);
        var answer = _session.Run(state, ResultsRendering.Stranded, CancellationToken.None);
        return JsonSerializer.SerializeToUtf8Bytes(answer, ExploreJsonContext.Default.RunResponse).Length;
    }
}
