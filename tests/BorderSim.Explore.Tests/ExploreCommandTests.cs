using System.Net;
using BorderSim.Explore.Tests.Support;

namespace BorderSim.Explore.Tests;

/// <summary>bordersim explore as a program: it prints its address, serves the page, and Ctrl+C ends it.</summary>
public sealed class ExploreCommandTests
{
    [Fact]
    public async Task It_listens_on_loopback_prints_its_address_and_stops_on_ctrl_c()
    {
        using var explore = ExploreProcess.Start();
        var address = explore.WaitForAddress();
        Assert.Equal("127.0.0.1", address.Host);
        Assert.Contains("bordersim explore: baseline (scenarios/baseline.yaml) at", explore.Stdout, StringComparison.Ordinal);
        using (var client = new HttpClient { Timeout = ExploreProcess.Patience })
        {
            using var page = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        Assert.Equal(130, explore.Interrupt());
        Assert.Contains("bordersim explore: stopped by SIGINT", explore.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", explore.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_host_is_announced_with_a_warning()
    {
        using var explore = ExploreProcess.Start("--host", "0.0.0.0");
        explore.WaitForAddress();
        Assert.Equal(130, explore.Interrupt());
        Assert.Contains("listening on 0.0.0.0, not only on this machine's loopback", explore.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--port", "70000" }, "--port: expected a port from 0 to 65535, found '70000'")]
    [InlineData(new[] { "--host", "my laptop" }, "--host: expected an IP address")]
    [InlineData(new[] { "no-such.yaml" }, "no-such.yaml")]
    public void Bad_arguments_are_invalid_input(string[] args, string message)
    {
        var (code, _, stderr) = ExploreRequestTests.Cli(["explore", .. args.Contains("no-such.yaml") ? args : [Baseline.Scenario("baseline.yaml"), .. args]]);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_invalid_input_with_advice()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (code, _, stderr) = ExploreRequestTests.Cli("explore", Baseline.Scenario("baseline.yaml"), "--port", port);
            Assert.Equal(2, code);
            Assert.Contains("choose another --port", stderr, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }
}
