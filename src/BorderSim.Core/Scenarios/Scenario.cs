using System.ComponentModel;
using BorderSim.Core.Policies;

namespace BorderSim.Core.Scenarios;

/// <summary>A scenario file, bound and checked: everything a run needs apart from the seed and tick it may override.</summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public ulong Seed { get; init; } = 1;

    [Description("First and last simulated day, both included.")]
    public required SimulationWindow Window { get; init; }

    public string Tick { get; init; } = "24h";

    public required Population Population { get; init; }

    public required Travel Travel { get; init; }

    public required Border Border { get; init; }

    public required Behaviour Behaviour { get; init; }

    [Description("Dated policies; each carries one or more effects.")]
    public IReadOnlyList<PolicyEntry> Policies { get; init; } = [];

    [Description("Dated events drawn as markers on charts (they change nothing in the model).")]
    public IReadOnlyList<ScenarioEvent> Events { get; init; } = [];

    public string? Observations { get; init; }

    [Description("The scenario's uncertain inputs: each a key path with its plausible range and distribution, and why (the parameters of 'bordersim sensitivity').")]
    public IReadOnlyList<UncertainInput> Uncertainty { get; init; } = [];
}

public sealed record SimulationWindow
{
    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }
}

public sealed record ScenarioEvent
{
    public required DateOnly Date { get; init; }

    public required string Label { get; init; }
}
