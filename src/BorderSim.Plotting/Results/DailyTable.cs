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
        var (header, rows) = CsvText.Read(text, fileName);
        if (header[0] != "date")
        {
            throw new ResultsFormatException($"{fileName}: the first column must be 'date', not '{header[0]}'.");
        }
        var names = header[1..];
        if (rows.Count == 0)
        {
            throw new ResultsFormatException($"{fileName} has a header but no days.");
        }

        var dates = new List<DateOnly>(rows.Count);
        var values = names.Select(_ => new double[rows.Count]).ToArray();
        for (var row = 0; row < rows.Count; row++)
        {
            var (line, cells) = rows[row];
            if (!DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new ResultsFormatException($"{fileName} line {line}: '{cells[0]}' is not a date (yyyy-MM-dd).");
            }
            if (dates.Count > 0 && date <= dates[^1])
            {
                throw new ResultsFormatException($"{fileName} line {line}: {date:yyyy-MM-dd} does not follow {dates[^1]:yyyy-MM-dd}; days must be in order.");
            }
            dates.Add(date);
            for (var c = 1; c < cells.Length; c++)
            {
                values[c - 1][row] = CsvText.Number(cells[c], fileName, line, names[c - 1], emptyIsMissing: true);
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
