using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>The observations file: what reads, and every problem reported at its line, column and column name.</summary>
public sealed class ObservationCsvTests
{
    private const string Header = "date,time,metric,value,low,high,source,quote\n";

    private static ScenarioDiagnostic[] Problems(string text) =>
        [.. Assert.Throws<ScenarioException>(() => ObservationCsv.Parse(text, "obs.csv")).Diagnostics];

    [Fact]
    public void Blank_lines_between_observations_are_skipped()
    {
        var observations = ObservationCsv.Parse(Header + "2025-11-27,,stranded,100,,,003.txt,q\n\n2025-12-01,13:00,stranded,70,60,80,003.txt,\"about 70, at lunchtime\"\n", "obs.csv");
        Assert.Equal(2, observations.Count);
        var last = observations[1];
        Assert.Equal((new DateOnly(2025, 12, 1), new TimeOnly(13, 0), "stranded", 70.0, 60.0, 80.0), (last.Date, last.Time, last.Metric, last.Value, last.Low, last.High));
        Assert.Equal(("003.txt", "about 70, at lunchtime"), (last.Source, last.Quote));
    }

    [Theory]
    [InlineData("")]
    [InlineData("date,metric,value\n2025-11-27,stranded,100\n")]
    [InlineData("time,date,metric,value,low,high,source,quote\n")]
    public void A_file_without_the_header_is_refused_saying_which_header(string text)
    {
        var d = Assert.Single(Problems(text));
        Assert.Equal(("obs.csv", 1, 1, ""), (d.File, d.Line, d.Column, d.Path));
        Assert.Equal("expected the header date,time,metric,value,low,high,source,quote", d.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_reported_at_its_line_and_the_rows_after_it_are_still_read()
    {
        var problems = Problems(Header + "2025-11-27,,stranded,100\n2025-11-28,,stranded,many,,,s,q\n");
        Assert.Equal(2, problems.Length);
        Assert.Equal((2, 1, ""), (problems[0].Line, problems[0].Column, problems[0].Path));
        Assert.Equal("expected 8 fields, found 4", problems[0].Message);
        Assert.Equal((3, "value"), (problems[1].Line, problems[1].Path));
    }

    [Fact]
    public void A_row_with_too_many_fields_is_one_problem_whatever_its_fields_hold()
    {
        var d = Assert.Single(Problems(Header + "27/11/2025,,stranded,100,,,s,q,extra\n"));
        Assert.Equal((2, 1, ""), (d.Line, d.Column, d.Path));
        Assert.Equal("expected 8 fields, found 9", d.Message);
    }

    [Fact]
    public void A_value_that_does_not_read_is_reported_at_its_column_with_what_was_expected()
    {
        var date = Assert.Single(Problems(Header + "2025-11-27,,stranded,100,,,s,q\n27/11/2025,,stranded,100,,,s,q\n"));
        Assert.Equal((3, 1, "date"), (date.Line, date.Column, date.Path));
        Assert.Equal("expected a date (YYYY-MM-DD), found '27/11/2025'", date.Message);

        var value = Assert.Single(Problems(Header + "2025-11-27,,stranded,about 100,,,s,q\n"));
        Assert.Equal((2, 22, "value"), (value.Line, value.Column, value.Path));
        Assert.Equal("expected a number, found 'about 100'", value.Message);
    }

    [Theory]
    [InlineData("2025-11-27,,stranded,100,120,,s,q")]
    [InlineData("2025-11-27,,stranded,100,,90,s,q")]
    public void A_range_that_does_not_hold_its_value_is_reported_at_the_low_column(string row)
    {
        var d = Assert.Single(Problems(Header + row + "\n"));
        Assert.Equal((2, 26, "low"), (d.Line, d.Column, d.Path));
        Assert.Equal("the range must hold the value (low ≤ value ≤ high)", d.Message);
    }

    [Theory]
    [InlineData("2025-11-27,1pm,stranded,100,,,s,q", 12, "time", "expected a time (HH:mm) or nothing, found '1pm'")]
    [InlineData("2025-11-27,,stranded,100,few,,s,q", 26, "low", "expected a number or nothing, found 'few'")]
    [InlineData("2025-11-27,,stranded,100,,many,s,q", 27, "high", "expected a number or nothing, found 'many'")]
    [InlineData("2025-11-27,,stranded,1e999,,,s,q", 22, "value", "expected a number, found '1e999'")]
    [InlineData(",,stranded,100,,,s,q", 1, "date", "expected a date (YYYY-MM-DD), found ''")]
    [InlineData("2025-11-27,,strand,100,,,s,q", 13, "metric", "expected a column of daily.csv or ticks.csv (arrivals_at_border, crossed_irregular, crossed_regular, departures, in_system, intercepted, irregular_attempts, irregular_en_route, left_by_corridor, longest_queue, pool_remaining, queued, refused_at_santa_rosa, repatriated, returned_inland, shelter_admissions, sheltered, stranded, stranded_vulnerable, total_crossed_irregular, total_crossed_regular, total_departures, total_intercepted, total_irregular_attempts, total_left_by_corridor, total_repatriated, total_returned_inland, travelling), found 'strand'")]
    public void A_field_that_does_not_read_is_reported_at_its_column_with_what_it_may_hold(string row, int column, string path, string message)
    {
        var d = Assert.Single(Problems(Header + row + "\n"));
        Assert.Equal(new ScenarioDiagnostic("obs.csv", 2, column, path, message), d);
    }

    [Fact]
    public void A_row_of_one_word_is_a_row_with_too_few_fields_not_a_blank_line()
    {
        var d = Assert.Single(Problems(Header + "stranded\n"));
        Assert.Equal(new ScenarioDiagnostic("obs.csv", 2, 1, "", "expected 8 fields, found 1"), d);
    }

    [Fact]
    public void A_range_may_end_at_its_value()
    {
        var observation = Assert.Single(ObservationCsv.Parse(Header + "2025-11-27,,stranded,100,100,100,s,q\n", "obs.csv"));
        Assert.Equal((100.0, 100.0, 100.0), (observation.Low, observation.Value, observation.High));
    }
}
