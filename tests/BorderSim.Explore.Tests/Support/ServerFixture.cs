using System.Net;
using BorderSim.Explore.Web;

namespace BorderSim.Explore.Tests.Support;

/// <summary>The page's server on 127.0.0.1 and a free port, in this process, serving scenarios/baseline.yaml.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private ExploreServer? _server;

    public HttpClient Client { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        _server = await ExploreServer.StartAsync(Baseline.Session, IPAddress.Loopback, 0);
        Client = new HttpClient { BaseAddress = _server.Address, Timeout = ExploreProcess.Patience };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _server!.StopAsync();
        await _server.DisposeAsync();
    }
}
