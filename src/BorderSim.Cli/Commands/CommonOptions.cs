using System.CommandLine;
using System.Globalization;
using BorderSim.Core.Randomness;
using BorderSim.Core.Time;

namespace BorderSim.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<ulong?> Seed()
    {
        var option = new Option<ulong?>("--seed")
        {
            Description = $"Random seed, 0 to {RandomStreams.MaxSeed} (2^53 - 1) (default: the scenario's seed). One seed gives byte-identical outputs.",
            HelpName = "number",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && ulong.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) && seed > RandomStreams.MaxSeed)
            {
                result.AddError($"--seed: at most {RandomStreams.MaxSeed} (2^53 - 1), the largest whole number R, pandas, Excel and JavaScript read exactly");
            }
        });
        return option;
    }

    public static Option<string?> Tick() => new("--tick")
    {
        Description = "Tick length: 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h (default: the scenario's tick).",
        HelpName = "1h…24h",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override one value of the scenario (repeatable), e.g. --set behaviour.give_up_rate_per_day=0.5 or --set 'policies[2].duration_days=90' (quote brackets in zsh and PowerShell). 'bordersim keys' lists the key paths.",
        HelpName = "key.path=value",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> Observations() => new("--observations")
    {
        Description = "A CSV of observed counts to compare with, instead of the file the scenario names in observations: (which is relative to the scenario file, so a copied scenario loses it).",
        HelpName = "file.csv",
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
