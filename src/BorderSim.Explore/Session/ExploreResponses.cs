using BorderSim.Explore.Controls;

namespace BorderSim.Explore.Session;

/// <summary>GET /api/scenario: the scenario as started and every control of the page.</summary>
public sealed record ScenarioDescription
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The scenario file as given on the command line.</summary>
    public required string File { get; init; }

    public required string Seed { get; init; }

    public required string Tick { get; init; }

    public required string WindowStart { get; init; }

    public required string WindowEnd { get; init; }

    public required int DefaultReplicates { get; init; }

    public required int MaxReplicates { get; init; }

    /// <summary>Where the sliders' ranges come from.</summary>
    public required string RangesOrigin { get; init; }

    public required IReadOnlyList<ControlGroup> Groups { get; init; }

    public required IReadOnlyList<FigureDefinition> Figures { get; init; }

    public required IReadOnlyList<ChartDefinition> Charts { get; init; }
}

public sealed record FigureDefinition(string Name, string Label, string Unit, string Description);

public sealed record ChartDefinition(string Name, string Title, string Caption);

/// <summary>GET /api/run: an ensemble of the changed scenario, its key figures beside the unmodified scenario's, and one chart.</summary>
public sealed record RunResponse
{
    /// <summary>The changes as the request gave them, so the page can tell whether this answer is for what its controls now say.</summary>
    public required IReadOnlyList<string> Set { get; init; }

    public required int Replicates { get; init; }

    /// <summary>The changes as key.path=value, list items in brackets: the --set lines.</summary>
    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>The command that gives the same numbers: bordersim run FILE --replicates N --set '…'.</summary>
    public required string Command { get; init; }

    public required string Seed { get; init; }

    public required string Tick { get; init; }

    public required IReadOnlyList<FigureRow> Figures { get; init; }

    /// <summary>"reached between 26 Nov 2025 and 27 Dec 2025": when the replicates peaked.</summary>
    public string? PeakDates { get; init; }

    public required ChartPayload Chart { get; init; }

    /// <summary>Milliseconds the server spent on this answer (simulation, summary, chart).</summary>
    public required double ServerMilliseconds { get; init; }
}

/// <summary>One key figure: the ensemble's median and 90% interval, the unmodified scenario's, and the difference of the medians.</summary>
public sealed record FigureRow
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required string Unit { get; init; }

    public required FigureValue Value { get; init; }

    public required FigureValue Unmodified { get; init; }

    public required double Difference { get; init; }

    /// <summary>"+5,799 (+122%)", "−56 (−3%)", "0".</summary>
    public required string DifferenceText { get; init; }
}

/// <summary>A key figure across replicates, with the text FigureText writes for it ("122 (90% interval 104–156)").</summary>
public sealed record FigureValue(double Median, double P5, double P95, string Text, string MedianText, string IntervalText);

public sealed record ChartPayload(string Name, string Title, string Svg);

/// <summary>A 400: what was wrong, each problem with its key path where it has one.</summary>
public sealed record ErrorResponse
{
    public required string Message { get; init; }

    public IReadOnlyList<string> Set { get; init; } = [];

    public int Replicates { get; init; }

    public IReadOnlyList<ErrorItem> Errors { get; init; } = [];
}

/// <summary>One problem: the key path it concerns (empty for the whole request), the message, and the validator's full line.</summary>
public sealed record ErrorItem(string Path, string Message, string Text);
