using System.Text.Json;

namespace BorderSim.Plotting.Results;

/// <summary>A policy of the resolved scenario with its dates.</summary>
public sealed record PolicyInfo(string Label, DateOnly Start, DateOnly? End, int? DurationDays, string? Source)
{
    /// <summary>Each effect the policy sets, as a name and a short text, e.g. ("departures", "multiplier 2").</summary>
    public IReadOnlyList<(string Name, string Text)> Effects { get; init; } = [];

    /// <summary>false for a policy switched off (<c>enabled: false</c>): in the file, never in force.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The policy's last day: its end, else start + duration − 1, else <paramref name="windowEnd"/> (open-ended).</summary>
    public DateOnly LastDay(DateOnly windowEnd) =>
        End ?? (DurationDays is int d && d > 0 ? Start.AddDays(d - 1) : windowEnd);
}

public sealed record EventInfo(DateOnly Date, string Label);

/// <summary>What the charts and report need from the resolved scenario in manifest.json.</summary>
public sealed record ScenarioInfo
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Seed { get; init; }
    public string? Tick { get; init; }
    public DateOnly? WindowStart { get; init; }
    public DateOnly? WindowEnd { get; init; }
    public string? ObservationsFile { get; init; }
    public IReadOnlyList<PolicyInfo> Policies { get; init; } = [];
    public IReadOnlyList<EventInfo> Events { get; init; } = [];
}

/// <summary>manifest.json, read tolerantly; <see cref="Empty"/> stands in when a folder has none.</summary>
public sealed record ResultsManifest
{
    public static ResultsManifest Empty { get; } = new();

    /// <summary>"ensemble" or "sweep" for an experiment's manifest; null for a single run's.</summary>
    public string? Kind { get; init; }

    /// <summary>"K/N" for one slice of an experiment, "1/1" for a whole one; null for a single run.</summary>
    public string? Shard { get; init; }

    /// <summary>The number of points of a sweep's Latin hypercube; null for a grid or anything else.</summary>
    public int? Lhs { get; init; }

    public string? BordersimVersion { get; init; }
    public string? GitCommit { get; init; }
    public string? DotnetVersion { get; init; }
    public string? Machine { get; init; }
    public string? ScenarioFile { get; init; }
    public IReadOnlyList<string> CommandLine { get; init; } = [];
    public IReadOnlyList<string> Overrides { get; init; } = [];
    public string? Seed { get; init; }
    public string? Tick { get; init; }
    public int? Replicates { get; init; }
    public ScenarioInfo Scenario { get; init; } = new();

    /// <summary>The resolved scenario as indented JSON (null without a manifest).</summary>
    public string? ResolvedScenarioJson { get; init; }

    /// <summary>The manifest without its resolved scenario, as indented JSON (null without a manifest).</summary>
    public string? ManifestJson { get; init; }

    public static ResultsManifest Parse(string text, string fileName = "manifest.json")
    {
        var root = JsonRead.Parse(text, fileName);
        var scenario = JsonRead.Get(root, "resolved_scenario");
        var window = JsonRead.Get(scenario, "window");
        return new ResultsManifest
        {
            Kind = JsonRead.String(root, "kind"),
            Shard = JsonRead.String(root, "shard"),
            Lhs = JsonRead.Number(root, "lhs") is double lhs ? (int)lhs : null,
            BordersimVersion = JsonRead.String(root, "bordersim_version"),
            GitCommit = JsonRead.String(root, "git_commit"),
            DotnetVersion = JsonRead.String(root, "dotnet_version"),
            Machine = JsonRead.String(root, "machine"),
            ScenarioFile = JsonRead.String(root, "scenario_file"),
            CommandLine = JsonRead.Array(root, "command_line").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            Overrides = JsonRead.Array(root, "overrides").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            Seed = JsonRead.NumberText(root, "seed"),
            Tick = JsonRead.String(root, "tick"),
            Replicates = JsonRead.Number(root, "replicates") is double r ? (int)r : null,
            Scenario = new ScenarioInfo
            {
                Name = JsonRead.String(scenario, "name"),
                Description = JsonRead.String(scenario, "description"),
                Seed = JsonRead.NumberText(scenario, "seed"),
                Tick = JsonRead.String(scenario, "tick"),
                WindowStart = JsonRead.Date(window, "start"),
                WindowEnd = JsonRead.Date(window, "end"),
                ObservationsFile = JsonRead.String(scenario, "observations"),
                Policies = JsonRead.Array(scenario, "policies").Select(ReadPolicy).OfType<PolicyInfo>().ToArray(),
                Events = JsonRead.Array(scenario, "events")
                    .Select(e => JsonRead.Date(e, "date") is DateOnly d ? new EventInfo(d, JsonRead.String(e, "label") ?? "") : null)
                    .OfType<EventInfo>().ToArray(),
            },
            ResolvedScenarioJson = scenario is { } s ? JsonRead.Indented(s) : null,
            ManifestJson = JsonRead.Indented(root, "resolved_scenario"),
        };
    }

    private static PolicyInfo? ReadPolicy(JsonElement e)
    {
        if (JsonRead.Date(e, "start") is not DateOnly start)
        {
            return null;
        }
        var duration = JsonRead.Number(e, "duration_days");
        var effects = new List<(string, string)>();
        if (JsonRead.Get(e, "effects") is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var p in obj.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            {
                effects.Add((p.Name, Describe(p.Value)));
            }
        }
        return new PolicyInfo(JsonRead.String(e, "label") ?? "(unnamed policy)", start, JsonRead.Date(e, "end"), duration is double d ? (int)d : null, JsonRead.String(e, "source"))
        {
            Effects = effects,
            Enabled = JsonRead.Get(e, "enabled") is not { ValueKind: JsonValueKind.False },
        };
    }

    /// <summary>"multiplier 2", "rule documented_only, vulnerable_exempt false": the non-null values of an effect.</summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? $"{p.Name} ({Describe(p.Value)})" : $"{p.Name} {Describe(p.Value)}")),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Describe)),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
