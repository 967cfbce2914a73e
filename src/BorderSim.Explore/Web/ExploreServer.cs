using System.Net;
using BorderSim.Explore.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BorderSim.Explore.Web;

/// <summary>
/// The page's web server: Kestrel from ASP.NET Core's shared framework, built empty (no configuration files, no
/// environment variables, no logging, no signal handling of its own: the caller owns Ctrl+C), listening on one address.
/// Requests are bounded: a short request line and headers, no body, a limited number of connections.
/// </summary>
public sealed class ExploreServer : IAsyncDisposable
{
    /// <summary>Longest request line: 256 changes of a few dozen characters each, percent-encoded.</summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private ExploreServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The warm-up run started with the server (the unmodified scenario, whose figures every change is compared with).</summary>
    public Task WarmedUp { get; private set; } = Task.CompletedTask;

    /// <summary>Where the page is: http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts serving <paramref name="session"/> on <paramref name="host"/>:<paramref name="port"/> (port 0: a free one).
    /// On a loopback address only requests naming 127.0.0.1 or localhost as their host are answered.
    /// </summary>
    public static async Task<ExploreServer> StartAsync(ExploreSession session, IPAddress host, int port, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(host);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "bordersim-explore" });
        builder.Services.AddSingleton<IHostLifetime, CallerOwnsSignals>();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestLineBytes + 16 * 1024;
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromMinutes(2);
            kestrel.Listen(host, port);
        });
        var app = builder.Build();
        var endpoints = new ExploreEndpoints(session, IPAddress.IsLoopback(host));
        app.Run(endpoints.Handle);
        await app.StartAsync(cancellation);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var bound = new Uri(addresses.First());
        var shown = host.Equals(IPAddress.Any) || host.Equals(IPAddress.IPv6Any) ? new UriBuilder(bound) { Host = "127.0.0.1" }.Uri : bound;
        var server = new ExploreServer(app, shown);
        server.WarmedUp = endpoints.WarmUp(server._stopping.Token).ContinueWith(
            static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default); // a failed warm-up only means a slower first answer
        return server;
    }

    /// <summary>Stops taking requests and lets those in flight finish (a run in flight ends within its page's patience).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(patience.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>The host's lifetime without its console handling: SIGINT and SIGTERM belong to the command that started the server.</summary>
    private sealed class CallerOwnsSignals : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
