using System.Collections.Immutable;
using System.Globalization;

namespace BorderSim.Core.Scenarios;

/// <summary>What kind of value a parameter takes.</summary>
public enum ParameterKind
{
    /// <summary>A real number.</summary>
    Number,

    /// <summary>A whole number (days, persons, hours, a seed).</summary>
    WholeNumber,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A day, YYYY-MM-DD.</summary>
    Date,

    /// <summary>One of a fixed set of words (<see cref="Parameter.Choices"/>).</summary>
    Choice,

    /// <summary>Free text (names, labels, paths).</summary>
    Text,
}

/// <summary>A closed interval of numbers, both ends included.</summary>
public sealed record ValueRange(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>"0.1–1.5", "330,000–336,000": invariant culture, thousands separated in whole numbers of 10,000 and more.</summary>
    public override string ToString() => $"{Format(Low)}–{Format(High)}";

    public static string Format(double value) =>
        Math.Abs(value) >= 10_000 && value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// One parameter of the scenario format: its key path (list items as <c>[]</c>, e.g.
/// <c>policies[].effects.corridor.places_per_day</c>), what it means, its unit, the hard limits the loader enforces,
/// the range a sensitivity analysis should explore, and where its value comes from. Immutable.
/// </summary>
public sealed record Parameter
{
    /// <summary>The key path, with <c>[]</c> for "any item of this list".</summary>
    public required string Path { get; init; }

    /// <summary>One line: what the parameter means in the model.</summary>
    public required string Meaning { get; init; }

    /// <summary>"persons/day", "1/day", "probability", "days", "date", "text", "–" (a pure number such as a multiplier).</summary>
    public required string Unit { get; init; }

    public required ParameterKind Kind { get; init; }

    /// <summary>The words a <see cref="ParameterKind.Choice"/> takes; empty otherwise.</summary>
    public ImmutableArray<string> Choices { get; init; } = [];

    /// <summary>The value used when the key is left out: "required", "none" (left out means not set), or the value.</summary>
    public required string Default { get; init; }

    /// <summary>The values the loader accepts (a value outside is an error); null where the value is not a number.</summary>
    public ValueRange? Limits { get; init; }

    /// <summary>The range the sources or reasoning make plausible, for sensitivity analysis and calibration; null where none applies.</summary>
    public ValueRange? Plausible { get; init; }

    /// <summary>What qualifies <see cref="Plausible"/> (a range per policy, per nationality) or replaces it for non-numbers.</summary>
    public string? PlausibleNote { get; init; }

    /// <summary>The source files in ../shared/sources/ behind the value (e.g. "003"), or "assumption" with its reasoning; "–" for settings.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the value is an assumption rather than read from a source.</summary>
    public bool IsAssumption => Source.StartsWith("assumption", StringComparison.Ordinal);

    /// <summary>The hard limits as text, "–" when there are none.</summary>
    public string LimitsText => Limits?.ToString() ?? "–";

    /// <summary>The plausible range and its note as text: "0.1–1.5", "1–5 (×1.5–×5 for troops)", "–".</summary>
    public string PlausibleText => (Plausible, PlausibleNote) switch
    {
        (null, null) => "–",
        (null, { } note) => note,
        ({ } range, null) => range.ToString(),
        ({ } range, { } note) => $"{range} ({note})",
    };
}

/// <summary>A parameter's value in one scenario, at a concrete key path such as <c>policies[2].duration_days</c>.</summary>
public sealed record ParameterValue(string Path, Parameter Parameter, string Value);
