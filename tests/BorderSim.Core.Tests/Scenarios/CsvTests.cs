using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>The CSV reader under the observations file and sweep designs: RFC 4180 quoting, every line end, and where each field starts (which is where a diagnostic points).</summary>
public sealed class CsvTests
{
    /// <summary>Each row as "line: text@column | text@column", control characters shown as \n and \r.</summary>
    private static string[] Shown(string text) =>
        [.. Csv.Read(text).Select(r => $"{r.Line}: " + string.Join(" | ", r.Fields.Select(f => $"{f.Text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)}@{f.Column}")))];

    [Fact]
    public void A_doubled_quote_inside_a_quoted_field_reads_as_one_quote_and_the_next_field_starts_where_it_stands()
    {
        // "say ""hi""",x — x is the 14th character of the line.
        Assert.Equal(["1: say \"hi\"@1 | x@14"], Shown("\"say \"\"hi\"\"\",x\n"));
        Assert.Equal(["1: \"@1 | end@6"], Shown("\"\"\"\",end"));
    }

    [Fact]
    public void A_quoted_field_that_ends_the_text_with_no_line_end_is_read_whole()
    {
        Assert.Equal(["1: a@1 | b@3"], Shown("a,\"b\""));
        Assert.Equal(["1: x\"@1"], Shown("\"x\"\"\""));
    }

    [Fact]
    public void A_quoted_field_over_two_lines_keeps_the_line_and_column_of_what_follows()
    {
        // The quote ends on line 2, where c stands in column 4; the next row is line 3.
        Assert.Equal(["1: a\\nb@1 | c@4", "3: d@1"], Shown("\"a\nb\",c\nd\n"));
    }

    [Fact]
    public void Windows_line_ends_end_a_row_once()
    {
        Assert.Equal(["1: date@1 | value@6", "2: 2025-11-27@1 | 100@12"], Shown("date,value\r\n2025-11-27,100\r\n"));
    }

    [Fact]
    public void A_carriage_return_alone_ends_a_row_too_even_the_last_one()
    {
        Assert.Equal(["1: a@1 | b@3", "2: c@1"], Shown("a,b\rc\r"));
        Assert.Equal(["1: a@1", "2: @1", "3: b@1"], Shown("a\r\rb"));
    }
}
