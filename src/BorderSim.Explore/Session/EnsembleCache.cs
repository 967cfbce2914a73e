using BorderSim.Core.Experiments;
using BorderSim.Core.Scenarios;
using BorderSim.Plotting.Results;

namespace BorderSim.Explore.Session;

/// <summary>An ensemble of one state, as the page shows it: the resolved scenario, its summary and its results folder in memory.</summary>
public sealed record EnsembleResult(ExploreState State, Scenario Resolved, EnsembleSummary Summary, ResultsData Data);

/// <summary>
/// The last few ensembles, by state: another chart of the same state, or the unmodified scenario beside each change, is
/// drawn without running again. Thread-safe; the least recently used goes first.
/// </summary>
internal sealed class EnsembleCache(int capacity)
{
    private readonly LinkedList<EnsembleResult> _entries = new();
    private readonly Lock _lock = new();

    public EnsembleResult? Find(string key)
    {
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.State.Key == key)
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value;
                }
            }

            return null;
        }
    }

    public void Add(EnsembleResult result)
    {
        lock (_lock)
        {
            _entries.AddFirst(result);
            while (_entries.Count > Math.Max(1, capacity))
            {
                _entries.RemoveLast();
            }
        }
    }
}
