using BorderSim.Core.Scenarios;

namespace BorderSim.Explore.Controls;

/// <summary>
/// Where a slider's range comes from: the scenario's own <c>uncertainty:</c> section where it gives a range for the
/// key path (<see cref="ScenarioRanges"/>), else the parameter catalogue's plausible range (the same as docs/ODD.md's
/// parameter table, <see cref="CatalogueRanges"/>).
/// </summary>
public interface ISliderRanges
{
    /// <summary>Says where the ranges come from, for the page.</summary>
    string Origin { get; }

    /// <summary>The plausible range of the parameter at a concrete key path (e.g. <c>policies[2].effects.militarization.deterrence</c>), or null.</summary>
    ValueRange? PlausibleRange(ParameterValue value);

    /// <summary>The range and its source as the page shows them, where they are not the catalogue's; else null.</summary>
    (string Range, string Source)? OwnRange(ParameterValue value) => null;
}

/// <summary>The plausible ranges of <see cref="ParameterCatalog"/>.</summary>
public sealed class CatalogueRanges : ISliderRanges
{
    public static CatalogueRanges Instance { get; } = new();

    public string Origin => "the parameter catalogue (docs/ODD.md, parameter table)";

    public ValueRange? PlausibleRange(ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Parameter.Plausible;
    }
}

/// <summary>
/// The ranges of a scenario's uncertain inputs (its <c>uncertainty:</c> section, the ranges <c>bordersim
/// sensitivity</c> and <c>calibrate</c> explore), falling back to the catalogue for every other key path. Dates are
/// not slid, so only numbers are taken.
/// </summary>
public sealed class ScenarioRanges : ISliderRanges
{
    private readonly Dictionary<string, UncertainParameter> _byPath;

    public ScenarioRanges(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _byPath = UncertainInputs.Of(scenario)
            .Where(u => u.Kind is ParameterKind.Number or ParameterKind.WholeNumber && !u.RangeFromCatalogue)
            .ToDictionary(u => u.Path, StringComparer.Ordinal);
    }

    public string Origin => _byPath.Count == 0
        ? CatalogueRanges.Instance.Origin
        : "the scenario's uncertainty section where it gives one, else the parameter catalogue (docs/ODD.md, parameter table)";

    public ValueRange? PlausibleRange(ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _byPath.TryGetValue(value.Path, out var u) ? new ValueRange(u.Low, u.High) : value.Parameter.Plausible;
    }

    public (string Range, string Source)? OwnRange(ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _byPath.TryGetValue(value.Path, out var u) ? (u.RangeText, "scenario's uncertainty section: " + u.Source) : null;
    }
}
