namespace BorderSim.Plotting;

/// <summary>Lines over calendar dates with optional bands, shaded periods, event markers and observations.</summary>
public sealed record TimeSeriesChart(string Title) : Chart(Title)
{
    public IReadOnlyList<LineSeries> Series { get; init; } = [];
    public IReadOnlyList<PeriodBand> Periods { get; init; } = [];
    public IReadOnlyList<EventMarker> Events { get; init; } = [];
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>Legend text for the observation markers; no legend entry when null.</summary>
    public string? ObservationsLabel { get; init; }

    public string? YAxisLabel { get; init; }

    /// <summary>
    /// When set, bands are drawn as thin lines at their low and high edges in the series' colour and dash instead of
    /// shading (so that overlapping bands of several series stay apart), with one legend entry of this text.
    /// </summary>
    public string? BandOutlineLabel { get; init; }

    /// <summary>Dates shown; derived from the data when null.</summary>
    public DateWindow? Window { get; init; }
}

/// <summary>An inclusive range of calendar days.</summary>
public readonly record struct DateWindow
{
    public DateWindow(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException($"Date window ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");
        }
        First = first;
        Last = last;
    }

    public DateOnly First { get; }
    public DateOnly Last { get; }

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
