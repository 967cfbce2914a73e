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

    /// <summary>
    /// false switches the policy off: it stays in the file (and is still checked) but is never in force, so a what-if can
    /// remove it with one --set (<c>policies[2].enabled=false</c>) without shifting the indices of the others.
    /// A setter, not init: System.Text.Json's generated code gives every missing init-only property its type's default
    /// (false), so a manifest read back (merge, reproduce) would switch every policy off; a setter keeps the true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The last day in force, or null for open-ended.</summary>
    [JsonIgnore]
    public DateOnly? LastDay => End ?? (DurationDays is { } d ? Start.AddDays(d - 1) : null);

    public bool IsInForceOn(DateOnly date) => Enabled && date >= Start && (LastDay is not { } last || date <= last);
}
