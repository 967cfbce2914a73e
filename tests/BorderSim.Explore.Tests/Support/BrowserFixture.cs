using Microsoft.Playwright;

namespace BorderSim.Explore.Tests.Support;

/// <summary>Where Debian's Chromium is (BORDERSIM_CHROMIUM overrides): Playwright drives it, never a downloaded browser.</summary>
internal static class Chromium
{
    public const string Variable = "BORDERSIM_CHROMIUM";

    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        return File.Exists(path) ? path : null;
    }
}

/// <summary>A fact that is reported as skipped, never passed, where no Chromium is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = $"chromium not installed: the browser tests of bordersim explore need it (.ci/run installs Debian's chromium; or set {Chromium.Variable})";
        }
    }
}

/// <summary>
/// 'bordersim explore' started as a student starts it (the real program, in the repository's root, on a free port),
/// and headless Chromium driven by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private ExploreProcess? _explore;
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.Executable is null)
        {
            return;
        }

        _explore = ExploreProcess.Start();
        Address = _explore.WaitForAddress();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>A page at <paramref name="width"/>×<paramref name="height"/> that records the console's errors.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPage(int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout((float)ExploreProcess.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_explore is not null)
        {
            _explore.Interrupt();
            _explore.Dispose();
        }
    }
}
