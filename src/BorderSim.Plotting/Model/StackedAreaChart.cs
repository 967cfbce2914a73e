namespace BorderSim.Plotting;

/// <summary>Layers stacked over dates; the first layer is at the bottom. Every layer has one value per date.</summary>
public sealed record StackedAreaChart(string Title, IReadOnlyList<DateOnly> Dates, IReadOnlyList<AreaLayer> Layers) : Chart(Title)
{
    public IReadOnlyList<PeriodBand> Periods { get; init; } = [];
    public IReadOnlyList<EventMarker> Events { get; init; } = [];
    public string? YAxisLabel { get; init; }
}

/// <summary>One layer of a stacked area chart: non-negative values aligned with the chart's dates.</summary>
public sealed record AreaLayer(string Name, IReadOnlyList<double> Values)
{
    public string? Color { get; init; }
}
