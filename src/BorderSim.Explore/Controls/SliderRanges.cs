using BorderSim.Core.Scenarios;

namespace BorderSim.Explore.Controls;

/// <summary>
/// Where a slider's range comes from. Today the parameter catalogue's plausible ranges (the same as docs/ODD.md's
/// parameter table); a scenario that states its own ranges for its uncertain parameters can supply an implementation that
/// answers for those paths and falls back to the catalogue for the rest.
/// </summary>
public interface ISliderRanges
{
    /// <summary>Says where the ranges come from, for the page: "the parameter catalogue".</summary>
    string Origin { get; }

    /// <summary>The plausible range of the parameter at a concrete key path (e.g. <c>policies[2].effects.militarization.deterrence</c>), or null.</summary>
    ValueRange? PlausibleRange(ParameterValue value);
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
