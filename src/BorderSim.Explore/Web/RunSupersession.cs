namespace BorderSim.Explore.Web;

/// <summary>
/// Superseded runs are cancelled, not queued: each page (a random id it sends with every run) has at most one run in
/// flight, and a newer one cancels the older at once. A run also stops when its page goes away (the request is aborted).
/// </summary>
internal sealed class RunSupersession
{
    /// <summary>The run in flight of each page (only while it runs, so no more than the server's connections).</summary>
    private readonly Dictionary<string, Lease> _latest = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Starts a run for <paramref name="page"/> (null: a request from outside the page, superseding nothing).</summary>
    public Lease Begin(string? page, CancellationToken aborted)
    {
        var lease = new Lease(this, page, CancellationTokenSource.CreateLinkedTokenSource(aborted));
        Lease? older = null;
        if (page is not null)
        {
            lock (_lock)
            {
                _latest.Remove(page, out older);
                _latest[page] = lease;
            }
        }

        older?.Supersede();
        return lease;
    }

    private void End(Lease lease)
    {
        if (lease.Page is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_latest.TryGetValue(lease.Page, out var current) && ReferenceEquals(current, lease))
            {
                _latest.Remove(lease.Page);
            }
        }
    }

    /// <summary>One run's cancellation: by its page's next run, or by the page going away.</summary>
    internal sealed class Lease(RunSupersession owner, string? page, CancellationTokenSource source) : IDisposable
    {
        private int _superseded;

        public string? Page { get; } = page;

        public CancellationToken Token => source.Token;

        public bool Superseded => Volatile.Read(ref _superseded) == 1;

        public void Supersede()
        {
            Interlocked.Exchange(ref _superseded, 1);
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // the run had already ended
            }
        }

        public void Dispose()
        {
            owner.End(this);
            source.Dispose();
        }
    }
}
