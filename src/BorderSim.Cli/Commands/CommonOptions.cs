using System.CommandLine;
using BorderSim.Core.Time;

namespace BorderSim.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<ulong?> Seed() => new("--seed")
    {
        Description = "Random seed (default: the scenario's seed). One seed gives byte-identical outputs.",
    };

    public static Option<string?> Tick() => new("--tick")
    {
        Description = "Tick length: 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h (default: the scenario's tick).",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override one value of the scenario: --set key.path=value (repeatable), e.g. --set behaviour.give_up_rate_per_day=0.5 or --set policies[2].duration_days=90.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace the output folder if it already exists.",
    };

    public static TickLength? ParseTick(string? text) =>
        text is null ? null
        : TickLength.TryParse(text, out var tick) ? tick
        : throw new UserError($"--tick: '{text}' is not a tick length; expected 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h");
}
