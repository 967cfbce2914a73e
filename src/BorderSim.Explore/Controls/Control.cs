namespace BorderSim.Explore.Controls;

/// <summary>
/// One control of the page: a parameter of the scenario at its concrete key path, with what the page needs to draw it
/// (a slider and a number box, a switch, a date or a choice) and to explain it. Values are text, as --set takes them.
/// </summary>
public sealed record Control
{
    /// <summary>The key path --set takes: <c>behaviour.give_up_rate_per_day</c>, <c>policies[2].duration_days</c>.</summary>
    public required string Path { get; init; }

    /// <summary>A short label: "Give up rate per day", "Venezuela: documented share".</summary>
    public required string Label { get; init; }

    /// <summary>The catalogue's one line on what the parameter means.</summary>
    public required string Meaning { get; init; }

    /// <summary>"1/day", "persons", "probability"; empty where the value has no unit (a multiplier).</summary>
    public required string Unit { get; init; }

    /// <summary>number, whole, boolean, date or choice.</summary>
    public required string Kind { get; init; }

    /// <summary>What the control does in its group: "switch" (a policy on or off), "start", "end" or "duration" of a policy; null for a plain parameter.</summary>
    public string? Role { get; init; }

    /// <summary>The value in the scenario as started (defaults included); empty for a policy's end it leaves open.</summary>
    public required string Value { get; init; }

    /// <summary>The slider's range and step; null where the page shows a number box alone.</summary>
    public SliderRange? Slider { get; init; }

    /// <summary>The hard limits the validator enforces, as text ("0–1,000"), or null.</summary>
    public string? Limits { get; init; }

    /// <summary>The plausible range (and its note) as the catalogue states it, or null.</summary>
    public string? Plausible { get; init; }

    /// <summary>Where the value comes from: source files or "assumption".</summary>
    public required string Source { get; init; }

    /// <summary>The words a choice takes.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}

/// <summary>A slider: its ends (the plausible range, widened to hold the scenario's value) and step.</summary>
public sealed record SliderRange(double Min, double Max, double Step, string Origin);

/// <summary>The controls of one part of the scenario file (population, border, one policy, …), in the file's order.</summary>
public sealed record ControlGroup
{
    /// <summary>"run", "population", "policies[2]", …</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>A policy's dates and source in words; null for other groups.</summary>
    public string? Note { get; init; }

    public required IReadOnlyList<Control> Controls { get; init; }
}
