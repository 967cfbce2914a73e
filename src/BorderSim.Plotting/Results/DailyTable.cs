using System.Globalization;

namespace BorderSim.Plotting.Results;

/// <summary>Which value of an ensemble's per-day distribution to draw as the line.</summary>
public enum Statistic
{
    /// <summary>The median (<c>M_p50</c>), falling back to the mean.</summary>
    Median,

    /// <summary>The mean (<c>M_mean</c>), falling back to the median. Means of layers add up, so stacked charts use them.</summary>
    Mean,
}

/// <summary>
/// One metric of daily.csv, resolved: a plain column <c>M</c> of a single run, or, for an ensemble, the chosen
/// statistic of <c>M_mean</c>, <c>M_p5</c> … <c>M_p95</c> with the 5–95% range as <see cref="Low"/>/<see cref="High"/>.
/// </summary>
public sealed record MetricSeries(string Metric, string Column, IReadOnlyList<double> Values)
{
    public IReadOnlyList<double>? Low { get; init; }

    public IReadOnlyList<double>? High { get; init; }

    public bool HasBand => Low is not null && High is not null;
}

/// <summary>daily.csv: a date column and numeric columns, one row per day.</summary>
public sealed class DailyTable
{
    /// <summary>Suffixes of an ensemble's per-metric columns, in the order the ensemble writes them.</summary>
    public static readonly IReadOnlyList<string> EnsembleSuffixes = ["_mean", "_p5", "_p25", "_p50", "_p75", "_p95"];

    private readonly Dictionary<string, double[]> _columns;

    private DailyTable(IReadOnlyList<DateOnly> dates, IReadOnlyList<string> names, Dictionary<string, double[]> columns)
    {
        Dates = dates;
        ColumnNames = names;
        _columns = columns;
    }

    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Column names after <c>date</c>, in file order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>True when the table holds an ensemble's distribution (e.g. <c>stranded_p50</c>) rather than one run.</summary>
    public bool IsEnsemble => _columns.ContainsKey("stranded_p50") || (!_columns.ContainsKey("stranded") && _columns.Keys.Any(k => k.EndsWith("_p50", StringComparison.Ordinal)));

    public DateOnly First => Dates[0];

    public DateOnly Last => Dates[^1];

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>A column's values (NaN where a cell is empty); null when the column is absent.</summary>
    public IReadOnlyList<double>? Column(string name) => _columns.TryGetValue(name, out var values) ? values : null;

    /// <summary>
    /// Resolves <paramref name="metric"/>: the plain column when present, else the ensemble columns (line from
    /// <paramref name="statistic"/>, band from p5–p95 when both exist); null when neither exists.
    /// </summary>
    public MetricSeries? Metric(string metric, Statistic statistic = Statistic.Median)
    {
        if (_columns.TryGetValue(metric, out var plain))
        {
            return new MetricSeries(metric, metric, plain);
        }
        var order = statistic == Statistic.Median ? new[] { "_p50", "_mean" } : ["_mean", "_p50"];
        foreach (var suffix in order)
        {
            if (_columns.TryGetValue(metric + suffix, out var central))
            {
                var low = Column(metric + "_p5");
                var high = Column(metric + "_p95");
                return new MetricSeries(metric, metric + suffix, central)
                {
                    Low = low is not null && high is not null ? low : null,
                    High = low is not null && high is not null ? high : null,
                };
            }
        }
        return null;
    }

    /// <summary>Parses daily.csv. Empty cells read as missing (NaN); anything else must be an invariant-culture number.</summary>
    public static DailyTable Parse(string text, string fileName = "daily.csv")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Trim().Length == 0)
        {
            count--;
        }
        if (count == 0)
        {
            throw new ResultsFormatException($"{fileName} is empty.");
        }
        var header = lines[0].TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToArray();
        if (header[0] != "date")
        {
            throw new ResultsFormatException($"{fileName}: the first column must be 'date', not '{header[0]}'.");
        }
        var names = header[1..];
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 || g.Key.Length == 0);
        if (duplicate is not null)
        {
            throw new ResultsFormatException(duplicate.Key.Length == 0 ? $"{fileName}: the header has an empty column name." : $"{fileName}: column '{duplicate.Key}' appears twice.");
        }
        if (count == 1)
        {
            throw new ResultsFormatException($"{fileName} has a header but no days.");
        }

        var dates = new List<DateOnly>(count - 1);
        var values = names.Select(_ => new double[count - 1]).ToArray();
        for (var row = 1; row < count; row++)
        {
            var cells = lines[row].Split(',');
            if (cells.Length != header.Length)
            {
                throw new ResultsFormatException($"{fileName} line {row + 1}: {cells.Length} cells where the header has {header.Length}.");
            }
            if (!DateOnly.TryParseExact(cells[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new ResultsFormatException($"{fileName} line {row + 1}: '{cells[0]}' is not a date (yyyy-MM-dd).");
            }
            if (dates.Count > 0 && date <= dates[^1])
            {
                throw new ResultsFormatException($"{fileName} line {row + 1}: {date:yyyy-MM-dd} does not follow {dates[^1]:yyyy-MM-dd}; days must be in order.");
            }
            dates.Add(date);
            for (var c = 1; c < cells.Length; c++)
            {
                var cell = cells[c].Trim();
                if (cell.Length == 0)
                {
                    values[c - 1][row - 1] = double.NaN;
                }
                else if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
                {
                    values[c - 1][row - 1] = v;
                }
                else
                {
                    throw new ResultsFormatException($"{fileName} line {row + 1}, column '{names[c - 1]}': '{cell}' is not a number.");
                }
            }
        }

        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns[names[i]] = values[i];
        }
        return new DailyTable(dates, names, columns);
    }
}
