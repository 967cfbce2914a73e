namespace BorderSim.Plotting;

/// <summary>What every chart has: a title and optional subtitle, source line and accessible description.</summary>
public abstract record Chart(string Title)
{
    public string? Subtitle { get; init; }

    /// <summary>Small text at the bottom-left, e.g. "Source: BorderSim v0.1, 200 runs".</summary>
    public string? Source { get; init; }

    /// <summary>Text for the SVG <c>&lt;desc&gt;</c>; generated from the data when null.</summary>
    public string? Description { get; init; }
}
