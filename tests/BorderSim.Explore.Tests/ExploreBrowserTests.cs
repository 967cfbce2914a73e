using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BorderSim.Explore.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderSim.Explore.Tests;

/// <summary>
/// The page in Debian's Chromium, driven by Playwright against 'bordersim explore' started as a student starts it.
/// Every wait is for a signal: the address the program prints, and the page's #results element, whose data-version
/// names the run it shows and data-state says whether it is current.
/// </summary>
public sealed class ExploreBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string GiveUp = "behaviour.give_up_rate_per_day";
    private const string Results = "#results";

    private static string Control(string path) => $".control[data-path=\"{path}\"]";

    private static string NumberBox(string path) => $"{Control(path)} input.value";

    /// <summary>Waits until the page shows the answer to its newest change (after <paramref name="previousVersion"/>), and returns its version.</summary>
    private static async Task<string> WaitForResult(IPage page, string? previousVersion = null)
    {
        await page.WaitForFunctionAsync(
            "previous => { const r = document.getElementById('results'); return r.dataset.state === 'current' && r.dataset.version !== previous; }",
            previousVersion ?? "");
        return (await page.GetAttributeAsync(Results, "data-version"))!;
    }

    private static async Task<Dictionary<string, string>> Figures(IPage page) =>
        (await page.Locator("#figures tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.figure, r.dataset.text])"))
        .ToDictionary(r => r[0], r => r[1]);

    /// <summary>Chromium's own console line for an answer the page expects and handles: a 400 with a message, a 409 for a superseded run.</summary>
    private static bool Expected(string message, int status) =>
        message.StartsWith($"Failed to load resource: the server responded with a status of {status}", StringComparison.Ordinal);

    private static Task<string> ChartSvg(IPage page) => page.InnerHTMLAsync("#chart");

    [ChromiumFact]
    public async Task The_page_loads_with_the_stranded_chart_the_figures_and_labelled_controls_at_laptop_and_phone_size()
    {
        foreach (var (width, height, name) in new[] { (1280, 720, "explore-1280x720.png"), (390, 844, "explore-phone.png") })
        {
            var (page, errors) = await browser.NewPage(width, height);
            await page.GotoAsync(browser.Address.AbsoluteUri);
            await WaitForResult(page);

            Assert.Equal("stranded", await page.GetAttributeAsync("#chart", "data-chart"));
            Assert.Contains("<svg", await ChartSvg(page), StringComparison.Ordinal);
            var figures = await Figures(page);
            Assert.Contains("peak_stranded", figures.Keys);
            Assert.Matches(@"^[\d,]+ \(90% interval [\d,]+–[\d,]+\)$", figures["peak_stranded"]);
            Assert.True(await page.Locator(Control(GiveUp)).IsVisibleAsync());

            var unlabelled = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('#controls input, #controls select')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-labelledby') && !e.getAttribute('aria-label')).map(e => e.id)");
            Assert.Empty(unlabelled);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"at {width}×{height} the page is {overflow} px wider than the window");

            var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "explore-screenshots")).FullName;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, name) });
            output.WriteLine($"screenshot: {Path.Combine(shots, name)}");
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }

        // The README's screenshot: the student's question, people giving up four times more slowly.
        var (question, questionErrors) = await browser.NewPage(1280, 1000);
        await question.GotoAsync(new Uri(browser.Address, $"/?set={Uri.EscapeDataString(GiveUp + "=0.25")}").AbsoluteUri);
        await WaitForResult(question);
        await question.FillAsync("#filter", "give up");
        Assert.Equal("0.25", await question.InputValueAsync(NumberBox(GiveUp)));
        var readme = Path.Combine(AppContext.BaseDirectory, "explore-screenshots", "explore-giveup-0.25.png");
        await question.ScreenshotAsync(new PageScreenshotOptions { Path = readme });
        output.WriteLine($"screenshot: {readme}");
        Assert.Empty(questionErrors);
    }

    [ChromiumFact]
    public async Task Moving_the_give_up_slider_with_the_keyboard_redraws_the_chart_and_figures_and_the_latency_is_logged()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(browser.Address.AbsoluteUri);
        var version = await WaitForResult(page);
        var before = await Figures(page);
        var chartBefore = await ChartSvg(page);

        var slider = page.Locator($"{Control(GiveUp)} input[type=range]");
        await slider.FocusAsync();
        var latencies = new List<(double Total, double Page)>();
        for (var step = 0; step < 7; step++)
        {
            var clock = Stopwatch.StartNew();
            await page.Keyboard.PressAsync("ArrowLeft"); // a key press is a release: the range input fires 'change'
            version = await WaitForResult(page, version);
            var total = clock.Elapsed.TotalMilliseconds;
            var inPage = double.Parse((await page.GetAttributeAsync(Results, "data-latency-ms"))!, CultureInfo.InvariantCulture);
            latencies.Add((total, inPage));
        }

        var box = await page.InputValueAsync(NumberBox(GiveUp));
        Assert.True(double.Parse(box, CultureInfo.InvariantCulture) < 1, $"the give-up rate should have gone down from 1, found {box}");
        Assert.Contains(Uri.EscapeDataString($"{GiveUp}={box}"), await page.GetAttributeAsync(Results, "data-query"), StringComparison.Ordinal);
        var after = await Figures(page);
        Assert.NotEqual(before["peak_stranded"], after["peak_stranded"]);
        Assert.NotEqual(chartBefore, await ChartSvg(page));
        Assert.Contains($"--set '{GiveUp}={box}'", await page.InnerTextAsync("#set-lines"), StringComparison.Ordinal);
        Assert.Contains("Unmodified baseline", await ChartSvg(page), StringComparison.Ordinal);

        var totals = latencies.Select(l => l.Total).Order().ToArray();
        var inPageTimes = latencies.Select(l => l.Page).Order().ToArray();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"explore latency, key release to redrawn chart and figures (baseline, 20 replicates, {latencies.Count} changes): median {totals[totals.Length / 2]:F0} ms as the test saw it, {inPageTimes[inPageTimes.Length / 2]:F0} ms in the page (change event to the frame after drawing); all (test/page): {string.Join(", ", latencies.Select(l => $"{l.Total:F0}/{l.Page:F0}"))}");
        output.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "explore-latency.txt"), line + "\n");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Many_quick_changes_leave_the_page_showing_the_result_of_its_controls()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(browser.Address.AbsoluteUri);
        await WaitForResult(page);
        var slider = page.Locator($"{Control(GiveUp)} input[type=range]");
        await slider.FocusAsync();
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight"); // no wait between: each supersedes the one before
        }

        await page.WaitForFunctionAsync($"() => document.getElementById('results').dataset.state === 'current' && document.getElementById('results').dataset.query.includes(encodeURIComponent('{GiveUp}=' + document.querySelector('{NumberBox(GiveUp)}').value))");
        Assert.Equal("1.12", await page.InputValueAsync(NumberBox(GiveUp)));
        Assert.True(errors.All(e => Expected(e, 409)), string.Join("\n", errors)); // the server answers a superseded run 409; the page ignores it
    }

    [ChromiumFact]
    public async Task An_invalid_value_shows_the_validators_message_beside_its_control_and_no_chart()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(browser.Address.AbsoluteUri);
        await WaitForResult(page);
        await page.FillAsync(NumberBox(GiveUp), "-1");
        await page.PressAsync(NumberBox(GiveUp), "Tab");
        await page.WaitForSelectorAsync($"{Results}[data-state=invalid]");

        var message = page.Locator($"{Control(GiveUp)} .error");
        Assert.True(await message.IsVisibleAsync());
        Assert.Equal("expected a number from 0 to 1000, found -1", await message.InnerTextAsync());
        Assert.Equal("true", await page.GetAttributeAsync(NumberBox(GiveUp), "aria-invalid"));
        Assert.Contains("not valid", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#download", "aria-disabled"));
        Assert.True(errors.All(e => Expected(e, 400)), string.Join("\n", errors)); // Chromium logs the 400 that carries the message
    }

    [ChromiumFact]
    public async Task The_downloaded_YAML_validates_and_bordersim_run_gives_the_numbers_the_page_showed()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(browser.Address.AbsoluteUri);
        var version = await WaitForResult(page);
        await page.FillAsync(NumberBox(GiveUp), "0.25");
        await page.PressAsync(NumberBox(GiveUp), "Enter");
        await WaitForResult(page, version);
        var shown = await page.Locator("#figures tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.figure, r.dataset.median, r.dataset.p5, r.dataset.p95])");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        Assert.Equal("baseline-explored.yaml", download.SuggestedFilename);
        using var temp = new TempFolder();
        var yamlPath = temp["downloaded.yaml"];
        await download.SaveAsAsync(yamlPath);
        var file = ExploreRequestTests.WriteBesideObservations(temp, await File.ReadAllTextAsync(yamlPath));

        var validate = ExploreRequestTests.Cli("validate", file);
        Assert.True(validate.Code == 0, validate.Stderr);
        var run = ExploreRequestTests.Cli("run", file, "--replicates", "20", "--out", temp["out"]);
        Assert.True(run.Code == 0, run.Stderr);
        var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp["out"], "summary.json"))).RootElement;
        foreach (var row in shown)
        {
            var inFile = summary.TryGetProperty(row[0], out var top) ? top : summary.GetProperty("outcomes").GetProperty(row[0]);
            Assert.Equal([inFile.GetProperty("p50").GetDouble(), inFile.GetProperty("p5").GetDouble(), inFile.GetProperty("p95").GetDouble()],
                row[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
        }

        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task The_shared_URL_reloads_the_same_state_in_a_new_window()
    {
        var (page, errors) = await browser.NewPage();
        await page.GotoAsync(browser.Address.AbsoluteUri);
        var version = await WaitForResult(page);
        await page.FillAsync(NumberBox(GiveUp), "0.25");
        await page.PressAsync(NumberBox(GiveUp), "Tab");
        version = await WaitForResult(page, version);
        var policySwitch = page.Locator($"{Control("policies[2].enabled")} input[type=checkbox]");
        await policySwitch.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await WaitForResult(page, version);
        Assert.False(await policySwitch.IsCheckedAsync());
        var shared = await page.InputValueAsync("#share");
        var figures = await Figures(page);

        var (other, otherErrors) = await browser.NewPage();
        await other.GotoAsync(shared);
        await WaitForResult(other);
        Assert.Equal("0.25", await other.InputValueAsync(NumberBox(GiveUp)));
        Assert.False(await other.Locator($"{Control("policies[2].enabled")} input[type=checkbox]").IsCheckedAsync());
        Assert.Equal(figures, await Figures(other));
        Assert.Equal(await page.InnerTextAsync("#set-lines"), await other.InnerTextAsync("#set-lines"));
        Assert.Empty(errors);
        Assert.Empty(otherErrors);
    }
}
