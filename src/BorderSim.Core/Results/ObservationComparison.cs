using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Results;

/// <summary>An observation set against the run: the simulated value at the observation's time (or end of day) and the error.</summary>
public sealed record ObservationComparison
{
    public required DateOnly Date { get; init; }

    public required string? Time { get; init; }

    public required string Metric { get; init; }

    public required double Observed { get; init; }

    public required double? Low { get; init; }

    public required double? High { get; init; }

    /// <summary>Null when the observation falls outside the window.</summary>
    public required double? Simulated { get; init; }

    /// <summary>Simulated minus observed.</summary>
    public required double? Error { get; init; }

    /// <summary>Whether the simulated value lies in [low, high] (or equals the value when no range is given, to within 50%).</summary>
    public required bool? WithinRange { get; init; }

    public required string Source { get; init; }

    public required string Quote { get; init; }

    /// <summary>
    /// State metrics (stranded, queued, …) with a time are read at that time, to the full hour (13:00 reads the state
    /// at 13:00; 13:30 too), whatever the tick; without a time, and for daily flows, from the day's row of daily.csv.
    /// </summary>
    public static IReadOnlyList<ObservationComparison> Compare(RunResult result, IReadOnlyList<Observation> observations)
    {
        var comparisons = new List<ObservationComparison>(observations.Count);
        foreach (var o in observations)
        {
            var simulated = SimulatedValue(result, o);
            double? error = simulated is { } s ? Math.Round(s - o.Value, 6) : null;
            bool? within = simulated is not { } v ? null
                : o.Low is not null || o.High is not null ? v >= (o.Low ?? double.NegativeInfinity) && v <= (o.High ?? double.PositiveInfinity)
                : Math.Abs(v - o.Value) <= 0.5 * Math.Abs(o.Value);
            comparisons.Add(new ObservationComparison
            {
                Date = o.Date,
                Time = o.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                Metric = o.Metric,
                Observed = o.Value,
                Low = o.Low,
                High = o.High,
                Simulated = simulated,
                Error = error,
                WithinRange = within,
                Source = o.Source,
                Quote = o.Quote,
            });
        }

        return comparisons;
    }

    private static double? SimulatedValue(RunResult result, Observation o)
    {
        var calendar = result.Calendar;
        var day = calendar.DayIndex(o.Date);
        if (day < 0 || day >= calendar.Days)
        {
            return null;
        }

        if (o.Time is { } time && TickColumns.All.FirstOrDefault(c => c.Name == o.Metric) is { } stateColumn)
        {
            var hour = (day * 24) + time.Hour;
            var state = hour == 0 ? default : result.Hours[hour - 1];
            return stateColumn.Value(new TickRecord { State = state });
        }

        var dailyColumn = DailyColumns.All.FirstOrDefault(c => c.Name == o.Metric);
        return dailyColumn?.Value(result.Days[day]);
    }
}
