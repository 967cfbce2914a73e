namespace BorderSim.Core.Results;

/// <summary>A column of an output table: its name and how it is read off a record. What it means is in docs/OUTPUTS.md.</summary>
public sealed record Column<T>(string Name, Func<T, long> Value);

/// <summary>The columns of daily.csv, in order: the one place that names them. docs/OUTPUTS.md says what each means (BorderSim.Cli.Tests checks that it lists exactly these).</summary>
public static class DailyColumns
{
    public static readonly IReadOnlyList<Column<DayRecord>> All =
    [
        new("stranded", d => d.EndOfDay.Stranded),
        new("stranded_vulnerable", d => d.EndOfDay.StrandedVulnerable),
        new("queued", d => d.EndOfDay.Queued),
        new("longest_queue", d => d.LongestQueue),
        new("travelling", d => d.EndOfDay.Travelling),
        new("irregular_en_route", d => d.EndOfDay.IrregularEnRoute),
        new("sheltered", d => d.EndOfDay.Sheltered),
        new("departures", d => d.Flows.Departures),
        new("arrivals_at_border", d => d.Flows.ArrivalsAtBorder),
        new("crossed_regular", d => d.Flows.CrossedRegular),
        new("refused_at_santa_rosa", d => d.Flows.RefusedAtSantaRosa),
        new("irregular_attempts", d => d.Flows.IrregularAttempts),
        new("crossed_irregular", d => d.Flows.CrossedIrregular),
        new("intercepted", d => d.Flows.Intercepted),
        new("left_by_corridor", d => d.Flows.LeftByCorridor),
        new("repatriated", d => d.Flows.Repatriated),
        new("returned_inland", d => d.Flows.ReturnedInland),
        new("shelter_admissions", d => d.Flows.ShelterAdmissions),
        new("in_system", d => d.InSystem),
        new("pool_remaining", d => d.PoolRemaining),
        new("total_departures", d => d.Cumulative.Departures),
        new("total_crossed_regular", d => d.Cumulative.CrossedRegular),
        new("total_crossed_irregular", d => d.Cumulative.CrossedIrregular),
        new("total_left_by_corridor", d => d.Cumulative.LeftByCorridor),
        new("total_repatriated", d => d.Cumulative.Repatriated),
        new("total_returned_inland", d => d.Cumulative.ReturnedInland),
        new("total_irregular_attempts", d => d.Cumulative.IrregularAttempts),
        new("total_intercepted", d => d.Cumulative.Intercepted),
    ];
}

/// <summary>The columns of ticks.csv after tick and time.</summary>
public static class TickColumns
{
    public static readonly IReadOnlyList<Column<TickRecord>> All =
    [
        new("travelling", t => t.State.Travelling),
        new("queued", t => t.State.Queued),
        new("stranded", t => t.State.Stranded),
        new("stranded_vulnerable", t => t.State.StrandedVulnerable),
        new("irregular_en_route", t => t.State.IrregularEnRoute),
        new("sheltered", t => t.State.Sheltered),
        new("in_system", t => t.State.Live),
    ];
}
