namespace BorderSim.Explore.Session;

/// <summary>The bounds on what one request may ask: every request is checked against them before anything runs.</summary>
public sealed record ExploreLimits
{
    public static ExploreLimits Default { get; } = new();

    /// <summary>Replicates of an ensemble when the page does not say: a 90% interval, in well under a second.</summary>
    public int DefaultReplicates { get; init; } = 20;

    /// <summary>At most this many replicates a request (200 take about 2 s of both cores here).</summary>
    public int MaxReplicates { get; init; } = 200;

    /// <summary>At most this many --set changes a request (the baseline has about 120 parameters).</summary>
    public int MaxOverrides { get; init; } = 256;

    /// <summary>At most this many characters in one key.path=value.</summary>
    public int MaxOverrideLength { get; init; } = 1_000;

    /// <summary>Ensembles kept for a request that asks again (another chart of the same state, the unmodified scenario).</summary>
    public int CachedEnsembles { get; init; } = 16;
}
