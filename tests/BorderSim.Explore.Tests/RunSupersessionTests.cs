using BorderSim.Explore.Web;

namespace BorderSim.Explore.Tests;

/// <summary>Superseded runs are cancelled, not queued: a page's newer run cancels its older at once.</summary>
public sealed class RunSupersessionTests
{
    [Fact]
    public void A_newer_run_of_the_same_page_cancels_the_older()
    {
        var runs = new RunSupersession();
        using var older = runs.Begin("page-1", CancellationToken.None);
        using var newer = runs.Begin("page-1", CancellationToken.None);
        Assert.True(older.Token.IsCancellationRequested);
        Assert.True(older.Superseded);
        Assert.False(newer.Token.IsCancellationRequested);
    }

    [Fact]
    public void Another_page_or_a_request_without_a_page_supersedes_nothing()
    {
        var runs = new RunSupersession();
        using var first = runs.Begin("page-1", CancellationToken.None);
        using var other = runs.Begin("page-2", CancellationToken.None);
        using var anonymous = runs.Begin(null, CancellationToken.None);
        using var anonymous2 = runs.Begin(null, CancellationToken.None);
        Assert.False(first.Token.IsCancellationRequested);
        Assert.False(anonymous.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_run_stops_when_its_request_is_aborted_without_counting_as_superseded()
    {
        var runs = new RunSupersession();
        using var aborted = new CancellationTokenSource();
        using var lease = runs.Begin("page-1", aborted.Token);
        aborted.Cancel();
        Assert.True(lease.Token.IsCancellationRequested);
        Assert.False(lease.Superseded);
    }

    [Fact]
    public void A_finished_run_is_forgotten_so_the_next_starts_clean()
    {
        var runs = new RunSupersession();
        var first = runs.Begin("page-1", CancellationToken.None);
        first.Dispose();
        using var second = runs.Begin("page-1", CancellationToken.None);
        Assert.False(second.Token.IsCancellationRequested);
    }
}
