using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BorderSim.Cli;
using BorderSim.Explore.Tests.Support;

namespace BorderSim.Explore.Tests;

/// <summary>
/// The page's requests against the real server (Kestrel on 127.0.0.1, a free port): what a student's browser asks, and
/// what a malformed or hostile request gets, which is a 400 (or 404, 405, 414) with a message, never a 500.
/// </summary>
public sealed class ExploreRequestTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string GiveUp = "behaviour.give_up_rate_per_day";

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetJson(string relative)
    {
        using var response = await server.Client.GetAsync(new Uri(relative, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task The_page_and_its_script_and_style_are_served_from_the_program_with_a_strict_content_policy()
    {
        using var page = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/explore.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        foreach (var (path, type) in new[] { ("/explore.js", "text/javascript"), ("/explore.css", "text/css") })
        {
            using var asset = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.StartsWith(type, asset.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_scenario_offers_the_give_up_rate_as_a_slider_over_its_plausible_range_with_unit_and_meaning()
    {
        var (status, body) = await GetJson("/api/scenario");
        Assert.Equal(HttpStatusCode.OK, status);
        var controls = body.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("controls").EnumerateArray()).ToList();
        var giveUp = controls.Single(c => c.GetProperty("path").GetString() == GiveUp);
        Assert.Equal("1", giveUp.GetProperty("value").GetString());
        Assert.Equal("1/day", giveUp.GetProperty("unit").GetString());
        Assert.False(string.IsNullOrWhiteSpace(giveUp.GetProperty("meaning").GetString()));
        var slider = giveUp.GetProperty("slider");
        Assert.True(slider.GetProperty("min").GetDouble() <= 0.1 && slider.GetProperty("max").GetDouble() >= 1.5, slider.ToString());
        Assert.Contains(controls, c => c.GetProperty("path").GetString() == "policies[2].enabled" && c.GetProperty("role").GetString() == "switch");
        Assert.Contains(controls, c => c.GetProperty("path").GetString() == "policies[2].start" && c.GetProperty("kind").GetString() == "date");
        Assert.Equal(20, body.GetProperty("defaultReplicates").GetInt32());
    }

    [Fact]
    public async Task A_run_answers_with_the_figures_beside_the_unmodified_scenario_and_the_stranded_chart_over_it()
    {
        var (status, body) = await GetJson($"/api/run?set={GiveUp}%3D0.25");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([$"{GiveUp}=0.25"], body.GetProperty("set").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(20, body.GetProperty("replicates").GetInt32());
        var peak = body.GetProperty("figures").EnumerateArray().First(f => f.GetProperty("name").GetString() == "peak_stranded");
        Assert.True(peak.GetProperty("value").GetProperty("median").GetDouble() > peak.GetProperty("unmodified").GetProperty("median").GetDouble(),
            "people giving up four times more slowly should leave more stranded at the peak");
        Assert.Matches(@"^\+[\d,]+ \(\+\d+%\)$", peak.GetProperty("differenceText").GetString());
        var svg = body.GetProperty("chart").GetProperty("svg").GetString()!;
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Unmodified baseline", svg, StringComparison.Ordinal);
        Assert.Equal($"bordersim run '{Baseline.Scenario("baseline.yaml")}' --replicates 20 --set '{GiveUp}=0.25'", body.GetProperty("command").GetString());
    }

    [Theory]
    [InlineData("states")]
    [InlineData("flows")]
    [InlineData("outcomes")]
    public async Task The_other_charts_are_the_CLIs_charts_as_SVG(string chart)
    {
        var (status, body) = await GetJson($"/api/run?chart={chart}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(chart, body.GetProperty("chart").GetProperty("name").GetString());
        Assert.StartsWith("<svg", body.GetProperty("chart").GetProperty("svg").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GiveUp + "=-3", GiveUp, "expected a number from 0 to 1000, found -3")]
    [InlineData(GiveUp + "=fast", GiveUp, "expected a number")]
    [InlineData("window.end=2025-01-01", "window", "end")]
    [InlineData("policies[2].start=2025-13-40", "policies[2].start", "date")]
    public async Task An_invalid_value_gets_the_validators_message_with_the_key_path_of_its_control(string set, string path, string words)
    {
        var (status, body) = await GetJson($"/api/run?set={Uri.EscapeDataString(set)}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([set], body.GetProperty("set").EnumerateArray().Select(s => s.GetString()));
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.StartsWith(path, StringComparison.Ordinal)
                                     && e.GetProperty("message").GetString()!.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/run?set=give_up", HttpStatusCode.BadRequest, "is not an override")]
    [InlineData("/api/run?replicates=0", HttpStatusCode.BadRequest, "replicates: expected a whole number from 1 to 200")]
    [InlineData("/api/run?replicates=100000000000000000000", HttpStatusCode.BadRequest, "replicates")]
    [InlineData("/api/run?chart=pie", HttpStatusCode.BadRequest, "chart: expected one of stranded, states, flows, outcomes")]
    [InlineData("/api/run?x=1", HttpStatusCode.BadRequest, "unknown query parameter 'x'")]
    [InlineData("/api/run?set=observations%3D%2Fetc%2Fpasswd", HttpStatusCode.BadRequest, "problem")]
    [InlineData("/api/download?set=seed%3D-1", HttpStatusCode.BadRequest, "problem")]
    [InlineData("/api/nothing", HttpStatusCode.NotFound, "no such page")]
    [InlineData("/../../etc/passwd", HttpStatusCode.NotFound, "no such page")]
    public async Task A_malformed_request_gets_a_message_never_a_500(string relative, HttpStatusCode expected, string words)
    {
        var (status, body) = await GetJson(relative);
        Assert.Equal(expected, status);
        Assert.Contains(words, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("set=seed%3D1e400")]
    [InlineData("set=population.nationalities[99].share%3D1")]
    [InlineData("set=population.nationalities[0].share%3DNaN")]
    [InlineData("set=%3D%3D%3D")]
    [InlineData("set=a.b.c.d%3D1")]
    [InlineData("set=policies[0]%3D1")]
    [InlineData("set=policies%3D%5B%5D")]
    [InlineData("set=seed%3D%00")]
    [InlineData("set=behaviour%3D%7Bx%3A1%7D")]
    [InlineData("set=tick%3D0h")]
    [InlineData("set=&set=&set=")]
    [InlineData("replicates=%20%2020")]
    public async Task Hostile_values_are_answered_200_or_400(string query)
    {
        using var response = await server.Client.GetAsync(new Uri("/api/run?" + query, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Only_GET_is_answered()
    {
        using var response = await server.Client.PostAsync(new Uri("/api/run", UriKind.Relative), new StringContent("x"));
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }

    [Fact]
    public async Task A_request_line_beyond_the_bound_is_refused_by_the_server()
    {
        var huge = "/api/run?" + string.Concat(Enumerable.Repeat("set=seed%3D1&", 8_000));
        using var response = await server.Client.GetAsync(new Uri(huge, UriKind.Relative));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task A_page_id_that_is_not_an_id_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/run", UriKind.Relative));
        request.Headers.Add("X-Explore-Page", "a b c");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_against_DNS_rebinding()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/scenario HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        var answer = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("unexpected Host", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloaded_scenario_passes_validate_and_run_gives_the_numbers_the_page_showed()
    {
        const string query = "set=behaviour.give_up_rate_per_day%3D0.25&set=policies%5B2%5D.enabled%3Dfalse&replicates=12";
        var (status, shown) = await GetJson("/api/run?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        using var download = await server.Client.GetAsync(new Uri("/api/download?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("baseline-explored.yaml", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var yaml = await download.Content.ReadAsStringAsync();
        Assert.Contains("give_up_rate_per_day: 0.25", yaml, StringComparison.Ordinal);
        Assert.Contains("# assumption (0.1–1.5), calibrated", yaml, StringComparison.Ordinal); // the comments are kept

        using var temp = new TempFolder();
        var file = WriteBesideObservations(temp, yaml);
        Assert.Equal(0, Cli("validate", file).Code);
        var run = Cli("run", file, "--replicates", "12", "--out", temp["out"]);
        Assert.True(run.Code == 0, run.Stderr);
        AssertSameFigures(shown, File.ReadAllText(Path.Combine(temp["out"], "summary.json")));
    }

    /// <summary>The downloaded file in a folder with the observations it names (relative to the file, as in scenarios/).</summary>
    internal static string WriteBesideObservations(TempFolder temp, string yaml)
    {
        Directory.CreateDirectory(temp["observations"]);
        File.Copy(Path.Combine(Baseline.RepoRoot, "scenarios", "observations", "border-2025.csv"), Path.Combine(temp["observations"], "border-2025.csv"));
        var file = temp["baseline-explored.yaml"];
        File.WriteAllText(file, yaml);
        return file;
    }

    internal static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BorderSimCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Each key figure's median and 90% interval in the page's answer equal the run's summary.json exactly.</summary>
    internal static void AssertSameFigures(JsonElement shown, string summaryJson)
    {
        var summary = JsonDocument.Parse(summaryJson).RootElement;
        foreach (var figure in shown.GetProperty("figures").EnumerateArray())
        {
            var name = figure.GetProperty("name").GetString()!;
            var value = figure.GetProperty("value");
            var inFile = summary.TryGetProperty(name, out var top) ? top : summary.GetProperty("outcomes").GetProperty(name);
            foreach (var (page, file) in new[] { ("median", "p50"), ("p5", "p5"), ("p95", "p95") })
            {
                Assert.True(value.GetProperty(page).GetDouble() == inFile.GetProperty(file).GetDouble(),
                    $"{name} {page}: page {value.GetProperty(page)}, bordersim run {inFile.GetProperty(file)}");
            }
        }
    }
}
