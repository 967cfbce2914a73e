using System.Globalization;
using BorderSim.Core.Results;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Reads a CSV of observations: date,time,metric,value,low,high,source,quote (RFC 4180 quoting; time, low and high
/// may be empty). Every problem is reported with its line and column.
/// </summary>
public static class ObservationCsv
{
    public static readonly string[] Header = ["date", "time", "metric", "value", "low", "high", "source", "quote"];

    public static IReadOnlyList<Observation> Parse(string text, string file)
    {
        var problems = new List<ScenarioDiagnostic>();
        var rows = Csv.Read(text);
        if (rows.Count == 0 || !rows[0].Fields.Select(f => f.Text.Trim()).SequenceEqual(Header))
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, 1, 1, "", $"expected the header {string.Join(',', Header)}")]);
        }

        var metrics = DailyColumns.All.Select(c => c.Name).Concat(TickColumns.All.Select(c => c.Name)).ToHashSet(StringComparer.Ordinal);
        var observations = new List<Observation>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count == 1 && row.Fields[0].Text.Length == 0)
            {
                continue;
            }

            if (row.Fields.Count != Header.Length)
            {
                problems.Add(new ScenarioDiagnostic(file, row.Line, 1, "", $"expected {Header.Length} fields, found {row.Fields.Count}"));
                continue;
            }

            var before = problems.Count;
            T? Field<T>(int i, Func<string, T?> parse, string expected, bool optional = false)
            {
                var (text, column) = row.Fields[i];
                if (optional && text.Length == 0)
                {
                    return default;
                }

                var value = parse(text);
                if (value is null)
                {
                    problems.Add(new ScenarioDiagnostic(file, row.Line, column, Header[i], $"expected {expected}, found '{text}'"));
                }

                return value;
            }

            var date = Field(0, t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "a date (YYYY-MM-DD)");
            var time = Field(1, t => TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var h) ? h : (TimeOnly?)null, "a time (HH:mm) or nothing", optional: true);
            var metric = Field(2, t => metrics.Contains(t) ? t : null, $"a column of daily.csv or ticks.csv ({string.Join(", ", metrics.Order())})");
            var value = Field(3, Number, "a number");
            var low = Field(4, Number, "a number or nothing", optional: true);
            var high = Field(5, Number, "a number or nothing", optional: true);
            if (problems.Count > before)
            {
                continue;
            }

            if ((low is { } l && l > value) || (high is { } h && h < value))
            {
                problems.Add(new ScenarioDiagnostic(file, row.Line, row.Fields[4].Column, "low", "the range must hold the value (low ≤ value ≤ high)"));
                continue;
            }

            observations.Add(new Observation
            {
                Date = date!.Value,
                Time = time,
                Metric = metric!,
                Value = value!.Value,
                Low = low,
                High = high,
                Source = row.Fields[6].Text,
                Quote = row.Fields[7].Text,
            });
        }

        return problems.Count > 0 ? throw new ScenarioException(problems) : observations;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;
}
