using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>One dated policy: in force from <see cref="Start"/> through its last day, both included.</summary>
public sealed record PolicyEntry
{
    [Description("What the policy is called on charts and in reports.")]
    public required string Label { get; init; }

    [Description("First day in force (YYYY-MM-DD).")]
    public required DateOnly Start { get; init; }

    [Description("Last day in force (YYYY-MM-DD), included. Give end or duration_days, not both; neither means to the end of the window.")]
    public DateOnly? End { get; init; }

    [Description("Days in force, counting the start day.")]
    [Range(1, 100_000)]
    public int? DurationDays { get; init; }

    [Description("Source or reasoning for the policy (free text).")]
    public string? Source { get; init; }

    public required PolicyEffects Effects { get; init; }

    /// <summary>The last day in force, or null for open-ended.</summary>
    [JsonIgnore]
    public DateOnly? LastDay => End ?? (DurationDays is { } d ? Start.AddDays(d - 1) : null);

    public bool IsInForceOn(DateOnly date) => date >= Start && (LastDay is not { } last || date <= last);
}
