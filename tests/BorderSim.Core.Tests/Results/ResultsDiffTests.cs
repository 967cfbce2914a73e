using BorderSim.Core.Results;

namespace BorderSim.Core.Tests.Results;

public sealed class ResultsDiffTests
{
    private const string Daily = "date,stranded,queued\n2025-12-01,10,3\n2025-12-02,12,4\n";

    [Fact]
    public void The_same_bytes_have_no_difference()
    {
        Assert.Null(ResultsDiff.Compare("daily.csv", Daily, Daily));
        Assert.Null(ResultsDiff.Compare("x.svg", "", ""));
    }

    [Fact]
    public void A_csv_difference_names_the_line_the_row_key_and_the_column()
    {
        var d = ResultsDiff.Compare("daily.csv", Daily, Daily.Replace("12,4", "12,5", StringComparison.Ordinal))!;

        Assert.Equal("daily.csv", d.File);
        Assert.Equal("line 3 (date 2025-12-02), column queued", d.Location);
        Assert.Equal("\"4\"", d.Expected);
        Assert.Equal("\"5\"", d.Actual);
    }

    [Fact]
    public void A_csv_with_another_header_or_fewer_rows_says_so()
    {
        var header = ResultsDiff.Compare("daily.csv", Daily, Daily.Replace("queued", "waiting", StringComparison.Ordinal))!;
        Assert.Equal("line 1 (the header), column 3", header.Location);
        Assert.Equal("\"queued\"", header.Expected);
        Assert.Equal("\"waiting\"", header.Actual);

        var shorter = ResultsDiff.Compare("daily.csv", Daily, "date,stranded,queued\n2025-12-01,10,3\n")!;
        Assert.Equal("line 3", shorter.Location);
        Assert.Equal("\"2025-12-02,12,4\"", shorter.Expected);
        Assert.Equal("(end of file after 1 row)", shorter.Actual);
    }

    [Fact]
    public void A_json_difference_names_the_key_path_with_both_values()
    {
        const string summary = "{\n  \"peak_stranded\": 155,\n  \"outcomes\": { \"crossed_irregular\": 9632 },\n  \"by_nationality\": [ { \"departed\": 1 }, { \"departed\": 2 } ]\n}\n";

        var value = ResultsDiff.Compare("summary.json", summary, summary.Replace("9632", "9633", StringComparison.Ordinal))!;
        Assert.Equal("outcomes.crossed_irregular", value.Location);
        Assert.Equal("9632", value.Expected);
        Assert.Equal("9633", value.Actual);

        var item = ResultsDiff.Compare("summary.json", summary, summary.Replace("\"departed\": 2", "\"departed\": 3", StringComparison.Ordinal))!;
        Assert.Equal("by_nationality[1].departed", item.Location);

        var missing = ResultsDiff.Compare("summary.json", summary, summary.Replace("\"peak_stranded\": 155,", "", StringComparison.Ordinal))!;
        Assert.Equal("peak_stranded", missing.Location);
        Assert.Equal("(no such key)", missing.Actual);

        var extra = ResultsDiff.Compare("summary.json", summary, summary.Replace("\"peak_stranded\": 155,", "\"peak_stranded\": 155, \"new\": true,", StringComparison.Ordinal))!;
        Assert.Equal("new", extra.Location);
        Assert.Equal("(no such key)", extra.Expected);
        Assert.Equal("true", extra.Actual);
    }

    [Fact]
    public void Json_that_differs_only_in_layout_is_told_by_line()
    {
        var d = ResultsDiff.Compare("summary.json", "{\n  \"a\": 1\n}\n", "{\n    \"a\": 1\n}\n")!;

        Assert.Equal("line 2, column 3", d.Location);
    }

    [Fact]
    public void Text_names_the_line_and_column_and_shows_control_characters()
    {
        var d = ResultsDiff.Compare("stranded.svg", "<svg>\n<text>Peak 155</text>\n", "<svg>\n<text>Peak 156</text>\n")!;
        Assert.Equal("line 2, column 14", d.Location);
        Assert.Equal("\"<text>Peak 155</text>\"", d.Expected);
        Assert.Equal("\"<text>Peak 156</text>\"", d.Actual);

        var crlf = ResultsDiff.Compare("report.html", "a\nb\n", "a\r\nb\r\n")!;
        Assert.Equal("line 1, column 2", crlf.Location);
        Assert.Equal("\"a\\r\"", crlf.Actual);

        var bom = ResultsDiff.Compare("daily.csv", Daily, "\uFEFF" + Daily)!;
        Assert.Contains("\\uFEFF", bom.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_line_is_shown_around_its_first_difference()
    {
        var line = new string('x', 500);
        var d = ResultsDiff.Compare("flows.svg", line + "A" + line, line + "B" + line)!;

        Assert.Equal("line 1, column 501", d.Location);
        Assert.StartsWith("…\"xxx", d.Expected, StringComparison.Ordinal);
        Assert.EndsWith("\"…", d.Expected, StringComparison.Ordinal);
        Assert.Contains("xA", d.Expected, StringComparison.Ordinal);
        Assert.True(d.Expected.Length < 100, d.Expected);
    }
}
