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
    public void A_csv_with_more_rows_says_where_the_shorter_one_ended()
    {
        Assert.Equal(
            new FileDifference("daily.csv", "line 4", "(end of file after 2 rows)", "\"2025-12-03,14,5\""),
            ResultsDiff.Compare("daily.csv", Daily, Daily + "2025-12-03,14,5\n"));
    }

    [Fact]
    public void A_header_or_row_with_a_field_more_shows_it_against_nothing()
    {
        const string two = "point,seed\n0,7\n";
        const string three = "point,seed,extra\n0,7,1\n";
        Assert.Equal(new FileDifference("sweep.csv", "line 1 (the header), column 3", "(no such column)", "\"extra\""), ResultsDiff.Compare("sweep.csv", two, three));
        Assert.Equal(new FileDifference("sweep.csv", "line 1 (the header), column 3", "\"extra\"", "(no such column)"), ResultsDiff.Compare("sweep.csv", three, two));

        // A row longer than the header: its column has no name, so it is told by its number.
        const string row = "point,seed\n0,7,1\n";
        Assert.Equal(new FileDifference("sweep.csv", "line 2 (point 0), column 3", "(no such field)", "\"1\""), ResultsDiff.Compare("sweep.csv", two, row));
        Assert.Equal(new FileDifference("sweep.csv", "line 2 (point 0), column 3", "\"1\"", "(no such field)"), ResultsDiff.Compare("sweep.csv", row, two));
    }

    [Fact]
    public void A_csv_row_or_header_with_no_fields_is_still_told_by_line_and_column()
    {
        // An empty row has no key to name it by.
        Assert.Equal(
            new FileDifference("daily.csv", "line 2, column date", "(no such field)", "\"2025-12-01\""),
            ResultsDiff.Compare("daily.csv", "date,stranded\n\n", "date,stranded\n2025-12-01\n"));

        // An empty file is not a table: told as text.
        Assert.Equal(new FileDifference("daily.csv", "line 1, column 1", "\"\"", "\"date\""), ResultsDiff.Compare("daily.csv", "", "date\n"));
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
    public void A_json_value_of_another_kind_an_array_of_another_length_or_keys_in_another_order_are_named()
    {
        Assert.Equal(new FileDifference("summary.json", "peak_stranded", "155", "\"155\""), ResultsDiff.Compare("summary.json", "{ \"peak_stranded\": 155 }", "{ \"peak_stranded\": \"155\" }"));

        const string two = "{ \"xs\": [ 1, 2 ] }";
        const string three = "{ \"xs\": [ 1, 2, 3 ] }";
        Assert.Equal(new FileDifference("summary.json", "xs: 2 against 3 items; item [2]", "(none)", "3"), ResultsDiff.Compare("summary.json", two, three));
        Assert.Equal(new FileDifference("summary.json", "xs: 3 against 2 items; item [2]", "3", "(none)"), ResultsDiff.Compare("summary.json", three, two));

        var order = ResultsDiff.Compare("summary.json", "{ \"a\": 1, \"b\": 2, \"c\": 3 }", "{ \"b\": 2, \"a\": 1, \"c\": 3 }");
        Assert.Equal(new FileDifference("summary.json", "the whole file: the order of the keys", "a, b, c", "b, a, c"), order);
    }

    [Fact]
    public void A_json_value_is_shown_on_one_line_and_a_long_one_cut_short()
    {
        var missing = ResultsDiff.Compare("summary.json", "{ \"a\": { \"b\": 1, \"c\": [ 1, 2 ] } }", "{}")!;
        Assert.Equal("a", missing.Location);
        Assert.Equal("{ \"b\": 1, \"c\": [ 1, 2 ] }", missing.Expected);

        // The layout's spaces go, a value's own spaces stay: else two values that differ in them would read the same.
        var spaces = ResultsDiff.Compare("summary.json", "{ \"quote\": \"Tacna,  Peru\" }", "{ \"quote\": \"Tacna, Peru\" }");
        Assert.Equal(new FileDifference("summary.json", "quote", "\"Tacna,  Peru\"", "\"Tacna, Peru\""), spaces);

        var quote = new string('x', 200);
        var cut = ResultsDiff.Compare("summary.json", $"{{ \"quote\": \"{quote}\" }}", "{ \"quote\": \"y\" }")!;
        Assert.Equal("\"" + new string('x', 89) + "…", cut.Expected);
        Assert.Equal("\"y\"", cut.Actual);
    }

    [Fact]
    public void Json_that_does_not_parse_is_told_by_line()
    {
        Assert.Equal(new FileDifference("summary.json", "line 1, column 2", "\"{\"", "\"{}\""), ResultsDiff.Compare("summary.json", "{", "{}"));
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

        var control = ResultsDiff.Compare("notes.txt", "a\tb\u0001c", "a\tb\u0001d");
        Assert.Equal(new FileDifference("notes.txt", "line 1, column 5", "\"a\\tb\\u0001c\"", "\"a\\tb\\u0001d\""), control);
    }

    [Fact]
    public void Text_with_another_number_of_lines_says_which_ended()
    {
        Assert.Equal(new FileDifference("notes.txt", "line 3", "(end of file)", "\"c\""), ResultsDiff.Compare("notes.txt", "a\nb", "a\nb\nc"));
        Assert.Equal(new FileDifference("notes.txt", "line 3", "\"c\"", "(end of file)"), ResultsDiff.Compare("notes.txt", "a\nb\nc", "a\nb"));
    }

    [Fact]
    public void Bytes_that_differ_but_read_as_the_same_text_are_told_by_their_sizes()
    {
        // "Peña" and "Peéa" in Latin-1: as UTF-8, each reads "Pe\uFFFDa".
        var d = ResultsDiff.Compare("notes.txt", [0x50, 0x65, 0xF1, 0x61], [0x50, 0x65, 0xE9, 0x61]);

        Assert.Equal(new FileDifference("notes.txt", "bytes", "4 bytes", "4 bytes (same text, other encoding)"), d);
    }

    [Fact]
    public void A_csv_whose_bytes_differ_but_read_as_the_same_text_is_told_by_its_sizes()
    {
        // Every line reads the same ("Pe\uFFFDa"), so no line of the table is named.
        byte[] header = [0x6E, 0x61, 0x6D, 0x65, 0x0A]; // "name\n"
        var d = ResultsDiff.Compare("names.csv", [.. header, 0x50, 0x65, 0xF1, 0x61, 0x0A], [.. header, 0x50, 0x65, 0xE9, 0x61, 0x0A]);

        Assert.Equal(new FileDifference("names.csv", "bytes", "10 bytes", "10 bytes (same text, other encoding)"), d);
    }

    [Fact]
    public void A_csv_that_differs_only_in_its_final_newline_is_told_by_line()
    {
        Assert.Equal(new FileDifference("daily.csv", "line 4", "\"\"", "(end of file)"), ResultsDiff.Compare("daily.csv", Daily, Daily.TrimEnd('\n')));
        Assert.Equal(new FileDifference("daily.csv", "line 4", "(end of file)", "\"\""), ResultsDiff.Compare("daily.csv", Daily.TrimEnd('\n'), Daily));
    }

    [Fact]
    public void A_csv_with_an_empty_header_names_a_differing_row_by_its_column_number()
    {
        Assert.Equal(new FileDifference("odd.csv", "line 2, column 1", "\"a\"", "\"b\""), ResultsDiff.Compare("odd.csv", "\na\n", "\nb\n"));
    }

    [Fact]
    public void Quotes_in_a_line_are_shown_escaped()
    {
        Assert.Equal(
            new FileDifference("notes.txt", "line 1, column 7", "\"say \\\"hi\\\"\"", "\"say \\\"ho\\\"\""),
            ResultsDiff.Compare("notes.txt", "say \"hi\"", "say \"ho\""));
    }

    [Fact]
    public void A_snippet_of_exactly_90_characters_is_shown_whole_and_one_of_91_cut()
    {
        // The difference at the first column: the snippet starts at the line's start and runs 90 characters.
        var eightyNine = new string('x', 89);
        Assert.Equal("\"A" + eightyNine + "\"", ResultsDiff.Compare("notes.txt", "A" + eightyNine, "B" + eightyNine)!.Expected);
        Assert.Equal("\"A" + eightyNine + "\"…", ResultsDiff.Compare("notes.txt", "A" + eightyNine + "C", "B" + eightyNine + "C")!.Expected);

        // A JSON value: 88 characters within its quotes make 90 with them.
        var value = new string('y', 88);
        var json = ResultsDiff.Compare("run.json", $"{{\"a\": \"{value}\"}}", "{\"a\": 1}")!;
        Assert.Equal("\"" + value + "\"", json.Expected);
        var longer = ResultsDiff.Compare("run.json", $"{{\"a\": \"{value}z\"}}", "{\"a\": 1}")!;
        Assert.Equal("\"" + value + "z…", longer.Expected);
    }

    [Fact]
    public void A_null_file_name_is_refused_by_its_name()
    {
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => ResultsDiff.Compare(null!, "a", "a")).ParamName);
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
