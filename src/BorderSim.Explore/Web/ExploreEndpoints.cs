using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using BorderSim.Core.Scenarios;
using BorderSim.Explore.Session;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BorderSim.Explore.Web;

/// <summary>
/// Every request of the page: the page itself (GET /, /explore.css, /explore.js), the scenario's controls
/// (GET /api/scenario), a run (GET /api/run?set=…&amp;replicates=…&amp;chart=…) and the download (GET /api/download?set=…).
/// A request the page cannot serve as asked gets a 400 with a message; nothing the client sends gives a 500.
/// </summary>
internal sealed partial class ExploreEndpoints(ExploreSession session, bool loopbackOnly)
{
    /// <summary>The header in which the page sends its random id, so its newer run cancels its older.</summary>
    public const string PageHeader = "X-Explore-Page";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    private readonly RunSupersession _runs = new();

    /// <summary>One ensemble at a time: both cores go to it, and a superseded one gives way within a replicate.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs the unmodified scenario once, in turn with the page's runs, so the first change is answered warm.</summary>
    public async Task WarmUp(CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            await Task.Run(() => session.WarmUp(cancellation), cancellation);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
        try
        {
            await Dispatch(context);
        }
        catch (ExploreRequestException e)
        {
            await Json(context, StatusCodes.Status400BadRequest, new ErrorResponse { Message = e.Message }, ExploreJsonContext.Default.ErrorResponse);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the page went away (a newer change aborted this request): nobody to answer
        }
        catch (Exception e) when (!response.HasStarted)
        {
            await Json(context, StatusCodes.Status500InternalServerError, new ErrorResponse
            {
                Message = $"unexpected failure: {e.GetType().Name}: {Printable.Escape(e.Message)}. This is a bug in BorderSim; please report it with the scenario file and the page's address.",
            }, ExploreJsonContext.Default.ErrorResponse);
        }
    }

    private async Task Dispatch(HttpContext context)
    {
        var request = context.Request;
        if (loopbackOnly && !LoopbackHosts.Contains(request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its name here.
            throw new ExploreRequestException($"unexpected Host '{Printable.Escape(request.Host.Value ?? "")}': this server answers only at 127.0.0.1 and localhost");
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            context.Response.Headers.Allow = "GET";
            await Json(context, StatusCodes.Status405MethodNotAllowed, new ErrorResponse { Message = $"{Printable.Escape(request.Method)}: the page only reads (GET)" }, ExploreJsonContext.Default.ErrorResponse);
            return;
        }

        var path = request.Path.Value ?? "/";
        if (StaticAssets.TryGet(path, out var contentType, out var bytes))
        {
            context.Response.ContentType = contentType;
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        switch (path)
        {
            case "/api/scenario":
                await Json(context, StatusCodes.Status200OK, session.Description, ExploreJsonContext.Default.ScenarioDescription);
                return;
            case "/api/run":
                await Run(context);
                return;
            case "/api/download":
                await Download(context);
                return;
            default:
                await Json(context, StatusCodes.Status404NotFound, new ErrorResponse { Message = $"no such page: {Printable.Escape(path)} (the page is at /)" }, ExploreJsonContext.Default.ErrorResponse);
                return;
        }
    }

    private async Task Run(HttpContext context)
    {
        var state = ExploreState.Parse(Query(context.Request.Query), session.Limits);
        var chart = Chart(context.Request.Query);
        var page = Page(context.Request.Headers[PageHeader]);
        using var lease = _runs.Begin(page, context.RequestAborted);
        RunResponse result;
        try
        {
            session.Resolve(state); // an invalid value is answered at once, even while another run holds the gate
            await _gate.WaitAsync(lease.Token);
            try
            {
                result = await Task.Run(() => session.Run(state, chart, lease.Token), lease.Token);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (ScenarioException e)
        {
            await Json(context, StatusCodes.Status400BadRequest, Errors(e, state), ExploreJsonContext.Default.ErrorResponse);
            return;
        }
        catch (OperationCanceledException) when (lease.Superseded && !context.RequestAborted.IsCancellationRequested)
        {
            await Json(context, StatusCodes.Status409Conflict, new ErrorResponse
            {
                Message = "superseded by a newer change from the same page",
                Set = state.Set,
                Replicates = state.Replicates,
            }, ExploreJsonContext.Default.ErrorResponse);
            return;
        }

        await Json(context, StatusCodes.Status200OK, result, ExploreJsonContext.Default.RunResponse);
    }

    private async Task Download(HttpContext context)
    {
        var state = ExploreState.Parse(Query(context.Request.Query), session.Limits);
        string text;
        try
        {
            text = session.Download(state);
        }
        catch (ScenarioException e)
        {
            await Json(context, StatusCodes.Status400BadRequest, Errors(e, state), ExploreJsonContext.Default.ErrorResponse);
            return;
        }

        context.Response.ContentType = "application/yaml; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{session.DownloadName}\"";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }

    /// <summary>The validator's problems, each with the key path it concerns (for the control beside which the page shows it).</summary>
    public static ErrorResponse Errors(ScenarioException e, ExploreState state)
    {
        var items = e.Diagnostics.Select(d => new ErrorItem(
            d.Path.Length > 0 ? d.Path : d.Override is { } o && ScenarioOverride.TryParse(o, out var parsed, out _) ? parsed!.Path : "",
            Printable.Escape(d.Message),
            d.ToString())).ToArray();
        return new ErrorResponse
        {
            Message = items.Length == 1 ? "These values do not make a valid scenario: 1 problem." : $"These values do not make a valid scenario: {items.Length} problems.",
            Set = state.Set,
            Replicates = state.Replicates,
            Errors = items,
        };
    }

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Query(IQueryCollection query) =>
        query.Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, q.Value.Select(v => v ?? "").ToArray()));

    private static string Chart(IQueryCollection query)
    {
        var values = query[ExploreState.ChartKey];
        if (values.Count == 0)
        {
            return ExploreSession.ChartNames[0];
        }

        var name = values.Count == 1 ? values[0] ?? "" : "";
        return ExploreSession.ChartNames.Contains(name, StringComparer.Ordinal)
            ? name
            : throw new ExploreRequestException($"chart: expected one of {string.Join(", ", ExploreSession.ChartNames)}, found '{Printable.Escape(string.Join(",", values.ToArray()))}'");
    }

    private static string? Page(StringValues header)
    {
        if (header.Count == 0)
        {
            return null;
        }

        return header.Count == 1 && PageId().IsMatch(header[0] ?? "")
            ? header[0]
            : throw new ExploreRequestException($"{PageHeader}: expected one id of 1 to 64 letters, digits and hyphens");
    }

    private static async Task Json<T>(HttpContext context, int status, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex PageId();
}
