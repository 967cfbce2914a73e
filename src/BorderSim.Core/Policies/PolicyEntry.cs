using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>One dated policy: in force from <see cref="Start"/> through its last day, both included.</summary>
public sealed record PolicyEntry
{
    public required string Label { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    public int? DurationDays { get; init; }

    public string? Source { get; init; }

    public required PolicyEffects Effects { get; init; }

    /// <summary>The last day in force, or null for open-ended.</summary>
    [JsonIgnore]
    public DateOnly? LastDay => End ?? (DurationDays is { } d ? Start.AddDays(d - 1) : null);

    public bool IsInForceOn(DateOnly date) => date >= Start && (LastDay is not { } last || date <= last);
}
