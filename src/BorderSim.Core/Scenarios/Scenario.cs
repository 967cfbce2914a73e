using System.ComponentModel;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Scenarios;

/// <summary>A scenario file, bound and checked: everything a run needs apart from the seed and tick it may override.</summary>
public sealed record Scenario
{
    [Description("Short name, used for the default output folder results/<name>/.")]
    public required string Name { get; init; }

    [Description("The question the scenario answers.")]
    public string Description { get; init; } = "";

    [Description("Default random seed: one seed gives byte-identical outputs.")]
    public ulong Seed { get; init; } = 1;

    [Description("First and last simulated day, both included.")]
    public required SimulationWindow Window { get; init; }

    [Description("Length of a tick: 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h.")]
    public string Tick { get; init; } = "24h";

    public required Population Population { get; init; }

    public required Travel Travel { get; init; }

    public required Border Border { get; init; }

    public required Behaviour Behaviour { get; init; }

    [Description("Dated policies; each carries one or more effects.")]
    public IReadOnlyList<PolicyEntry> Policies { get; init; } = [];

    [Description("Dated events drawn as markers on charts (they change nothing in the model).")]
    public IReadOnlyList<ScenarioEvent> Events { get; init; } = [];

    [Description("Path of a CSV of observed counts, relative to the scenario file.")]
    public string? Observations { get; init; }
}

public sealed record SimulationWindow
{
    [Description("First simulated day (YYYY-MM-DD).")]
    public required DateOnly Start { get; init; }

    [Description("Last simulated day (YYYY-MM-DD), included.")]
    public required DateOnly End { get; init; }
}

public sealed record ScenarioEvent
{
    public required DateOnly Date { get; init; }

    public required string Label { get; init; }
}
