using System.Diagnostics;
using System.Globalization;
using BorderSim.Core.Engine;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Explore.Controls;
using BorderSim.Plotting;
using BorderSim.Plotting.Results;

namespace BorderSim.Explore.Session;

/// <summary>
/// One scenario explored: it validates each state of the page's controls with the loader and validator that
/// 'bordersim validate' uses, runs the ensemble as 'bordersim run --replicates N' does (same seeds, same numbers), and
/// draws the charts the CLI writes. No I/O: the caller has read the scenario and its observations.
/// </summary>
public sealed class ExploreSession
{
    /// <summary>The page's chart canvas: the CLI's charts at 960×540, about their size on a laptop's screen.</summary>
    public static readonly ChartStyle Style = ChartStyle.Default with { Width = 960, Height = 540 };

    private static readonly IReadOnlyDictionary<string, string> ChartTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResultsRendering.Stranded] = "Stranded",
        [ResultsRendering.States] = "Where people are",
        [ResultsRendering.Flows] = "Daily flows",
        [ResultsRendering.Outcomes] = "Outcomes",
    };

    private readonly ExploreSource _source;
    private readonly EnsembleCache _cache;

    public ExploreSession(ExploreSource source, ExploreLimits? limits = null, ISliderRanges? ranges = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Limits = limits ?? ExploreLimits.Default;
        _cache = new EnsembleCache(Limits.CachedEnsembles);
        Scenario = ScenarioLoader.Parse(source.Text, source.Path, source.BaseOverrides);
        Ranges = ranges ?? new ScenarioRanges(Scenario);
        Description = Describe();
    }

    public ExploreLimits Limits { get; }

    public ISliderRanges Ranges { get; }

    /// <summary>The scenario as started.</summary>
    public Scenario Scenario { get; }

    public ScenarioDescription Description { get; }

    /// <summary>The charts, by name: stranded, states, flows, outcomes.</summary>
    public static IReadOnlyList<string> ChartNames => ResultsRendering.ChartNames;

    /// <summary>The scenario with the state's changes, checked as 'bordersim validate' checks it; throws <see cref="ScenarioException"/>.</summary>
    public Scenario Resolve(ExploreState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Overrides.FirstOrDefault(o => o.Path == "observations") is { } observations)
        {
            throw new ScenarioException([new ScenarioDiagnostic(_source.Path, 0, 0, "observations",
                "the page compares with the observations it was started with; to compare with others, start it with bordersim explore SCENARIO --observations FILE") { Override = observations.ToString() }]);
        }

        var scenario = ScenarioLoader.Parse(_source.Text, _source.Path, [.. _source.BaseOverrides, .. state.Overrides]);
        return ScenarioRunner.Resolve(scenario, null, null);
    }

    /// <summary>The ensemble of a state (from the cache when it was run lately).</summary>
    public EnsembleResult Evaluate(ExploreState state, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_cache.Find(state.Key) is { } cached)
        {
            return cached;
        }

        var resolved = Resolve(state);
        var data = Ensemble.Run(resolved, _source.Observations, state.Replicates, Shard.Whole, Environment.ProcessorCount, cancellation);
        var summary = EnsembleSummary.From(data);
        var daily = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        EnsembleWriter.WriteDailyPercentiles(data, daily);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ResultsData.DailyCsv] = daily.ToString(),
            [ResultsData.SummaryJson] = ScenarioJson.Serialize(summary),
            [ResultsData.ManifestJson] = ScenarioJson.Serialize(Manifest(state, resolved, data)),
        };
        var result = new EnsembleResult(state, resolved, summary, ResultsData.Parse(files));
        _cache.Add(result);
        return result;
    }

    /// <summary>The answer to GET /api/run: the ensemble's key figures beside the unmodified scenario's, and the chart asked for.</summary>
    public RunResponse Run(ExploreState state, string chart, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(state);
        var clock = Stopwatch.StartNew();
        var result = Evaluate(state, cancellation);
        var unmodified = state.IsUnmodified ? result : Evaluate(ExploreState.Unmodified(state.Replicates), cancellation);
        var figures = KeyFigureDefinitions.All.Select(k => Row(k, result.Summary[k.Name], unmodified.Summary[k.Name])).ToArray();
        var drawn = Draw(chart, result, state.IsUnmodified ? null : unmodified);
        return new RunResponse
        {
            Set = state.Set,
            Replicates = state.Replicates,
            Overrides = [.. state.Overrides.Select(o => o.ToString())],
            Command = $"bordersim run {ExploreState.Quote(_source.Path)} --replicates {state.Replicates.ToString(CultureInfo.InvariantCulture)}{state.SetArguments()}",
            Seed = result.Resolved.Seed.ToString(CultureInfo.InvariantCulture),
            Tick = result.Resolved.Tick,
            Figures = figures,
            PeakDates = result.Summary.PeakStrandedDate is { P5: { } from, P95: { } to }
                ? $"Peak reached between {Day(from)} and {Day(to)} (5–95% of runs)"
                : null,
            Chart = drawn,
            ServerMilliseconds = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
        };
    }

    /// <summary>Runs the unmodified scenario and draws its chart once, so the first change a student makes is answered warm.</summary>
    public void WarmUp(CancellationToken cancellation) =>
        Run(ExploreState.Unmodified(Limits.DefaultReplicates), ResultsRendering.Stranded, cancellation);

    /// <summary>
    /// The scenario file with the state's changes made part of it (comments kept), under a header that says where it came
    /// from and how to reproduce the page's numbers. Throws <see cref="ScenarioException"/> for an invalid state.
    /// </summary>
    public string Download(ExploreState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Resolve(state);
        var text = ScenarioRewriter.Apply(_source.Text, _source.Path, [.. _source.BaseOverrides, .. state.Overrides]);
        var file = DownloadName;
        var header = new List<string>
        {
            $"# Made with 'bordersim explore' from {_source.Path} (SHA-256 {_source.Sha256[..Math.Min(12, _source.Sha256.Length)]}…)"
                + (state.IsUnmodified ? ", unchanged." : ", with these changes:"),
        };
        header.AddRange(state.Overrides.Select(o => $"#   --set {ExploreState.Quote(o.ToString())}"));
        header.Add($"# The page showed {state.Replicates.ToString(CultureInfo.InvariantCulture)} replicates; the same numbers: bordersim run {file} --replicates {state.Replicates.ToString(CultureInfo.InvariantCulture)}");
        if (Scenario.Observations is { Length: > 0 } observations)
        {
            header.Add($"# observations: {observations} is relative to this file: keep it in the folder of {_source.Path}, or give --observations FILE.");
        }

        return string.Join("\n", header.Select(Printable.Escape)) + "\n" + text;
    }

    /// <summary>"baseline-explored.yaml".</summary>
    public string DownloadName => $"{Scenario.Name}-explored.yaml";

    private ChartPayload Draw(string name, EnsembleResult result, EnsembleResult? unmodified)
    {
        var options = new ResultsRenderOptions { Style = Style, Formats = ChartFormats.Svg };
        Chart chart = name == ResultsRendering.Stranded && unmodified is not null
            ? ResultsCharts.Stranded(result.Data, unmodified.Data, $"Unmodified {Scenario.Name}, median of {unmodified.State.Replicates.ToString(CultureInfo.InvariantCulture)} runs", options)
            : ResultsRendering.Charts(result.Data, options).First(c => c.Name == name).Chart;
        var svg = ResultsRendering.Draw(name, chart, Style, ChartFormats.Svg).Svg!;
        return new ChartPayload(name, chart.Title, svg);
    }

    private static FigureRow Row(KeyFigureDefinition definition, Distribution value, Distribution unmodified)
    {
        var difference = Whole(value.P50) - Whole(unmodified.P50);
        var percent = Whole(unmodified.P50) != 0 && difference != 0 ? $" ({Signed(Math.Round(100 * difference / Whole(unmodified.P50), MidpointRounding.AwayFromZero))}%)" : "";
        return new FigureRow
        {
            Name = definition.Name,
            Label = definition.Label,
            Unit = definition.Unit,
            Value = Value(value),
            Unmodified = Value(unmodified),
            Difference = difference,
            DifferenceText = difference == 0 ? "0" : Signed(difference) + percent,
        };
    }

    private static FigureValue Value(Distribution d) =>
        new(d.P50, d.P5, d.P95, FigureText.MedianWithInterval(d), FigureText.Number(d.P50), FigureText.Interval(d));

    /// <summary>A figure as FigureText rounds it: halves away from zero.</summary>
    private static double Whole(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    /// <summary>"+1,234", "−56" (a minus sign, not a hyphen).</summary>
    private static string Signed(double x) => (x > 0 ? "+" : x < 0 ? "−" : "") + FigureText.Number(Math.Abs(x));

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private ExperimentManifest Manifest(ExploreState state, Scenario resolved, EnsembleData data) => new()
    {
        Kind = "ensemble",
        BordersimVersion = _source.Version,
        GitCommit = _source.Commit,
        DotnetVersion = _source.DotnetVersion,
        Machine = _source.Machine,
        CommandLine = ["bordersim", "explore", _source.Path],
        ScenarioFile = _source.Path,
        ScenarioSha256 = _source.Sha256,
        Seed = resolved.Seed,
        Tick = resolved.Tick,
        Replicates = state.Replicates,
        Shard = Shard.Whole.ToString(),
        ReplicateSeeds = [.. data.Replicates.Select(r => r.Seed)],
        Overrides = [.. state.Overrides.Select(o => o.ToString())],
        ResolvedScenario = resolved,
        Observations = _source.Observations,
        Files = [ResultsData.DailyCsv, ResultsData.SummaryJson, ResultsData.ManifestJson],
    };

    private ScenarioDescription Describe() => new()
    {
        Name = Scenario.Name,
        Description = Scenario.Description,
        File = _source.Path,
        Seed = Scenario.Seed.ToString(CultureInfo.InvariantCulture),
        Tick = Scenario.Tick,
        WindowStart = Scenario.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        WindowEnd = Scenario.Window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DefaultReplicates = Limits.DefaultReplicates,
        MaxReplicates = Limits.MaxReplicates,
        RangesOrigin = Ranges.Origin,
        Groups = ControlCatalog.Build(Scenario, Ranges),
        Figures = [.. KeyFigureDefinitions.All.Select(k => new FigureDefinition(k.Name, k.Label, k.Unit, k.Description))],
        Charts = [.. ChartNames.Select(n => new ChartDefinition(n, ChartTitles[n], Captions[n]))],
    };

    private static readonly IReadOnlyDictionary<string, string> Captions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResultsRendering.Stranded] = "Persons stranded between the complexes at the end of each day: the median of the runs with their 5–95% band; dashed grey, the unmodified scenario's median.",
        [ResultsRendering.States] = "Where everyone who departed and has not yet reached an outcome is, at the end of each day (mean of the runs).",
        [ResultsRendering.Flows] = "Daily flows: departures, crossings, irregular attempts, interceptions and corridor exits (median of the runs, 7-day average).",
        [ResultsRendering.Outcomes] = "How everyone who departed ended up: the median of each outcome with the 5–95% range of the runs.",
    };
}
