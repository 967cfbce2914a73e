namespace BorderSim.Core.Results;

/// <summary>A column of an output table: its name, what it means and how it is read off a record.</summary>
public sealed record Column<T>(string Name, string Description, Func<T, long> Value);

/// <summary>The columns of daily.csv, in order. The one place that names them; the README's glossary lists the same.</summary>
public static class DailyColumns
{
    public static readonly IReadOnlyList<Column<DayRecord>> All =
    [
        new("stranded", "persons stranded at the end of the day", d => d.EndOfDay.Stranded),
        new("stranded_vulnerable", "persons in vulnerable groups stranded at the end of the day", d => d.EndOfDay.StrandedVulnerable),
        new("queued", "persons queued at Chacalluta at the end of the day", d => d.EndOfDay.Queued),
        new("longest_queue", "most persons queued at Chacalluta at any moment of the day", d => d.LongestQueue),
        new("travelling", "persons on the way to Arica at the end of the day", d => d.EndOfDay.Travelling),
        new("irregular_en_route", "persons on the irregular route at the end of the day", d => d.EndOfDay.IrregularEnRoute),
        new("sheltered", "persons in shelters in Chile at the end of the day", d => d.EndOfDay.Sheltered),
        new("departures", "persons who left the pool that day", d => d.Flows.Departures),
        new("arrivals_at_border", "persons who reached Arica that day", d => d.Flows.ArrivalsAtBorder),
        new("crossed_regular", "persons admitted at Santa Rosa that day", d => d.Flows.CrossedRegular),
        new("refused_at_santa_rosa", "persons refused at Santa Rosa that day", d => d.Flows.RefusedAtSantaRosa),
        new("irregular_attempts", "persons who set out on the irregular route that day", d => d.Flows.IrregularAttempts),
        new("crossed_irregular", "persons who finished the irregular route undetected that day", d => d.Flows.CrossedIrregular),
        new("intercepted", "persons detected on the irregular route that day", d => d.Flows.Intercepted),
        new("left_by_corridor", "persons who left through a humanitarian corridor that day", d => d.Flows.LeftByCorridor),
        new("repatriated", "persons who left on a repatriation flight that day", d => d.Flows.Repatriated),
        new("returned_inland", "persons who gave up or were sent back inland that day", d => d.Flows.ReturnedInland),
        new("shelter_admissions", "persons taken into shelters that day", d => d.Flows.ShelterAdmissions),
        new("in_system", "persons departed and not yet at a final outcome, end of the day", d => d.InSystem),
        new("pool_remaining", "persons still in the pool in Chile, end of the day", d => d.PoolRemaining),
        new("total_departures", "cumulative departures", d => d.Cumulative.Departures),
        new("total_crossed_regular", "cumulative regular crossings", d => d.Cumulative.CrossedRegular),
        new("total_crossed_irregular", "cumulative irregular crossings", d => d.Cumulative.CrossedIrregular),
        new("total_left_by_corridor", "cumulative corridor exits", d => d.Cumulative.LeftByCorridor),
        new("total_repatriated", "cumulative repatriations", d => d.Cumulative.Repatriated),
        new("total_returned_inland", "cumulative returns inland", d => d.Cumulative.ReturnedInland),
        new("total_irregular_attempts", "cumulative irregular attempts", d => d.Cumulative.IrregularAttempts),
        new("total_intercepted", "cumulative interceptions", d => d.Cumulative.Intercepted),
    ];
}

/// <summary>The columns of ticks.csv after tick and time.</summary>
public static class TickColumns
{
    public static readonly IReadOnlyList<Column<TickRecord>> All =
    [
        new("travelling", "persons on the way to Arica", t => t.State.Travelling),
        new("queued", "persons queued at Chacalluta", t => t.State.Queued),
        new("stranded", "persons stranded", t => t.State.Stranded),
        new("stranded_vulnerable", "persons in vulnerable groups stranded", t => t.State.StrandedVulnerable),
        new("irregular_en_route", "persons on the irregular route", t => t.State.IrregularEnRoute),
        new("sheltered", "persons in shelters", t => t.State.Sheltered),
        new("in_system", "persons departed and not yet at a final outcome", t => t.State.Live),
    ];
}
