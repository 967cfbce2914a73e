using System.Xml.Linq;
using BorderSim.Plotting.Results;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Results;

/// <summary>Reading results folders: both daily.csv layouts, tolerant JSON, clear errors, policy dates.</summary>
public sealed class ResultsDataTests
{
    [Fact]
    public void Single_run_daily_csv_is_drawn_as_plain_lines()
    {
        var data = ResultFixtures.Load("single");
        Assert.False(data.Daily.IsEnsemble);
        Assert.Equal(1, data.Replicates);
        var stranded = data.Daily.Metric("stranded")!;
        Assert.Equal("stranded", stranded.Column);
        Assert.False(stranded.HasBand);
        var chart = ResultsCharts.Stranded(data);
        Assert.Null(Assert.Single(chart.Series).Band);
        Assert.Equal(new DateOnly(2025, 11, 20), data.Window.First);
        Assert.Equal(new DateOnly(2025, 12, 31), data.Window.Last);
    }

    [Fact]
    public void Ensemble_daily_csv_is_drawn_as_median_with_a_5_to_95_band()
    {
        var data = ResultFixtures.Load("ensemble");
        Assert.True(data.Daily.IsEnsemble);
        Assert.Equal(5, data.Replicates);
        var median = data.Daily.Metric("stranded", Statistic.Median)!;
        Assert.Equal("stranded_p50", median.Column);
        Assert.True(median.HasBand);
        Assert.Equal("stranded_mean", data.Daily.Metric("stranded", Statistic.Mean)!.Column);
        var series = Assert.Single(ResultsCharts.Stranded(data).Series);
        Assert.NotNull(series.Band);
        Assert.All(series.Band!.Points, b => Assert.True(b.Low <= b.High));
        Assert.Contains("5 replicates", ResultsCharts.Stranded(data).Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensemble_summary_distributions_read_as_their_medians()
    {
        var s = ResultFixtures.Load("ensemble").Summary;
        Assert.NotNull(s.PeakStranded);
        Assert.NotNull(s.PeakStrandedDate);
        Assert.NotNull(s.Outcomes.CrossedIrregular);
        var o = s.Observations.First(o => o.Metric == "stranded");
        Assert.NotNull(o.Simulated);
        Assert.NotNull(o.SimulatedRange);
        Assert.NotNull(o.WithinRange);
    }

    [Fact]
    public void Mean_only_ensemble_columns_are_used_when_there_is_no_median()
    {
        var daily = DailyTable.Parse("date,stranded_mean,queued_mean\n2025-12-01,1.5,2\n2025-12-02,2.5,3\n");
        var m = daily.Metric("stranded")!;
        Assert.Equal("stranded_mean", m.Column);
        Assert.False(m.HasBand);
        Assert.Null(daily.Metric("travelling"));
    }

    [Fact]
    public void Missing_files_are_named()
    {
        var e = Assert.Throws<ResultsFormatException>(() => ResultsData.Parse(ResultFixtures.With("single", "daily.csv", null)));
        Assert.Contains("daily.csv", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ResultsFormatException>(() => ResultsData.Parse(new Dictionary<string, string>()));
        Assert.Contains("daily.csv and summary.json are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_is_optional()
    {
        var data = ResultsData.Parse(ResultFixtures.With("single", "manifest.json", null));
        Assert.Empty(ResultsCharts.Stranded(data).Periods);
        Assert.Equal("baseline", data.ScenarioName);
        var files = ResultsRendering.Render(data);
        Assert.Equal(ResultsRendering.FileNames, files.Select(f => f.Name));
        Assert.Contains("no manifest.json", files[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date,stranded\n2025-12-01,x\n", "line 2, column 'stranded': 'x' is not a number")]
    [InlineData("date,stranded\n2025-12-01\n", "line 2: 1 cells where the header has 2")]
    [InlineData("day,stranded\n2025-12-01,1\n", "the first column must be 'date'")]
    [InlineData("date,stranded\n01/12/2025,1\n", "is not a date")]
    [InlineData("date,stranded\n2025-12-02,1\n2025-12-01,1\n", "days must be in order")]
    [InlineData("date,stranded,stranded\n2025-12-01,1,1\n", "appears twice")]
    [InlineData("date,stranded\n", "no days")]
    [InlineData("", "is empty")]
    public void Malformed_daily_csv_is_explained(string csv, string message)
    {
        var e = Assert.Throws<ResultsFormatException>(() => DailyTable.Parse(csv));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_explained()
    {
        var e = Assert.Throws<ResultsFormatException>(() => ResultsData.Parse(ResultFixtures.With("single", "summary.json", "{ not json")));
        Assert.StartsWith("summary.json is not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_missing_summary_fields_are_tolerated()
    {
        var data = ResultsData.Parse(ResultFixtures.With("single", "summary.json", """{ "scenario": "x", "new_field": [1, 2], "outcomes": { "crossed_irregular": 5, "something_new": 1 } }"""));
        Assert.Equal(5, data.Summary.Outcomes.CrossedIrregular);
        Assert.Null(data.Summary.PeakStranded);
        Assert.Empty(data.Summary.Observations);
        var files = ResultsRendering.Render(data);
        Assert.Contains("names no observations", files.Single(f => f.Name == "report.html").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_last_day_is_end_else_duration_else_window_end()
    {
        var start = new DateOnly(2025, 11, 28);
        var windowEnd = new DateOnly(2026, 3, 31);
        Assert.Equal(new DateOnly(2025, 12, 1), new PolicyInfo("a", start, new DateOnly(2025, 12, 1), 60, null).LastDay(windowEnd));
        Assert.Equal(new DateOnly(2026, 1, 26), new PolicyInfo("b", start, null, 60, null).LastDay(windowEnd));
        Assert.Equal(windowEnd, new PolicyInfo("c", start, null, null, null).LastDay(windowEnd));
    }

    [Fact]
    public void Policies_are_read_from_the_manifest_with_their_effects()
    {
        var policies = ResultFixtures.Load("single").Manifest.Scenario.Policies;
        var tacna = policies.Single(p => p.Label == "Tacna state of emergency");
        Assert.Equal(60, tacna.DurationDays);
        Assert.Null(tacna.End);
        Assert.Contains(tacna.Effects, e => e.Name == "militarization" && e.Text.Contains("detection_multiplier 3", StringComparison.Ordinal));
        Assert.DoesNotContain(tacna.Effects, e => e.Name == "corridor");
    }

    [Fact]
    public void Report_escapes_text_and_has_no_scripts_or_network_references()
    {
        var files = ResultFixtures.Files("single");
        files["manifest.json"] = files["manifest.json"].Replace("\"description\": \"", "\"description\": \"<script>alert('x')</script> & <b>bold</b> ", StringComparison.Ordinal);
        var html = ResultsRendering.Render(ResultsData.Parse(files)).Single(f => f.Name == "report.html").Text;
        var doc = XDocument.Parse(html);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "b" or "link" or "img" or "iframe");
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        var withoutNamespaces = html.Replace("http://www.w3.org/1999/xhtml", "", StringComparison.Ordinal).Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal);
        Assert.DoesNotContain("http://", withoutNamespaces, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", withoutNamespaces, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_holds_four_charts_with_unique_ids_and_no_self_closed_html_elements()
    {
        var html = ResultsGoldenTests.Rendered("single", "report.html");
        var doc = XDocument.Parse(html);
        var svgs = doc.Descendants().Where(e => e.Name.LocalName == "svg").ToList();
        Assert.Equal(4, svgs.Count);
        Assert.All(svgs, svg => Assert.Contains(svg.Descendants(), e => e.Name.LocalName is "path" or "rect" && e.Parent?.Name.LocalName != "clipPath"));
        var ids = doc.Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var xhtml = (XNamespace)"http://www.w3.org/1999/xhtml";
        var voids = new[] { "meta", "br" };
        Assert.All(doc.Descendants().Where(e => e.Name.Namespace == xhtml && !voids.Contains(e.Name.LocalName)), e => Assert.DoesNotContain($"<{e.Name.LocalName} />", html, StringComparison.Ordinal));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_numbers_use_thousands_separators()
    {
        var html = ResultsGoldenTests.Rendered("single", "report.html");
        Assert.Contains(">5,741<", html, StringComparison.Ordinal); // departed
        Assert.Contains(">2,478<", html, StringComparison.Ordinal); // stranded person-days
    }

    [Fact]
    public void Title_option_replaces_the_headline_title_only()
    {
        var files = ResultsRendering.Render(ResultFixtures.Load("single"), new ResultsRenderOptions { Title = "My <title>" });
        Assert.Contains("My &lt;title&gt;", files.Single(f => f.Name == "stranded.svg").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("My &lt;title&gt;", files.Single(f => f.Name == "flows.svg").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Width_and_height_come_from_the_style()
    {
        var style = ChartStyle.Default with { Width = 800, Height = 500 };
        var files = ResultsRendering.Render(ResultFixtures.Load("ensemble"), new ResultsRenderOptions { Style = style });
        foreach (var svg in files.Where(f => f.Name.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var root = XDocument.Parse(svg.Text).Root!;
            Assert.Equal("800", root.Attribute("width")!.Value);
            Assert.Equal("500", root.Attribute("height")!.Value);
        }
    }

    [Fact]
    public void Comparison_labels_are_escaped_in_csv_and_markdown()
    {
        var runs = new[] { new ComparedRun("a, \"b\" | c", ResultFixtures.Load("single")) };
        Assert.Contains("\"a, \"\"b\"\" | c\",baseline,run,1,137,,,2025-11-28,", ResultsComparison.Csv(runs), StringComparison.Ordinal);
        Assert.Contains("| a, \"b\" \\| c | baseline | one run | 137 | 2,478 |", ResultsComparison.Markdown(runs), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_the_summary_lacks_is_a_dash_in_the_comparison_not_a_guess()
    {
        var data = ResultsData.Parse(ResultFixtures.With("single", "summary.json", """{ "scenario": "bare", "peak_stranded": 7 }"""));
        var runs = new[] { new ComparedRun("bare", data) };
        Assert.Contains("| bare | baseline | one run | 7 | – | – | – | – | – | – | – |", ResultsComparison.Markdown(runs), StringComparison.Ordinal);
        Assert.Contains("bare,baseline,run,1,7,,,,,,,", ResultsComparison.Csv(runs), StringComparison.Ordinal);
    }

    [Fact]
    public void Centred_mean_narrows_at_the_ends_and_skips_missing_days()
    {
        Assert.Equal([1.5, 2, 2.5, 3.5, 4], ResultsCharts.CentredMean([1, 2, 3, double.NaN, 4], 3));
    }
}
