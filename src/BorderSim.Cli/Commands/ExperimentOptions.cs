using System.CommandLine;
using BorderSim.Core.Experiments;

namespace BorderSim.Cli.Commands;

/// <summary>Options of commands that run many replicates.</summary>
internal static class ExperimentOptions
{
    public static Option<int> Replicates(int defaultValue) => new("--replicates")
    {
        Description = "Replicates, each with its own seed derived from the seed and the replicate's index.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<int?> Parallel() => new("--parallel")
    {
        Description = "Replicates run at once (default: all cores). Outputs are byte-identical whatever it is.",
    };

    public static Option<string?> Shard() => new("--shard")
    {
        Description = "Compute only slice K of N (K/N), for running across machines; join the slices with 'bordersim merge'.",
    };

    public static Shard ParseShard(string? text) =>
        text is null ? Core.Experiments.Shard.Whole
        : Core.Experiments.Shard.TryParse(text, out var shard) ? shard
        : throw new UserError($"--shard: '{text}' is not a slice; expected K/N with 1 ≤ K ≤ N, e.g. 3/10");

    public static int ParseParallel(int? value) =>
        value is null ? Environment.ProcessorCount
        : value >= 1 ? value.Value
        : throw new UserError($"--parallel: expected a whole number of at least 1, found {value}");

    public static int CheckReplicates(int value) =>
        value >= 1 ? value : throw new UserError($"--replicates: expected a whole number of at least 1, found {value}");
}
