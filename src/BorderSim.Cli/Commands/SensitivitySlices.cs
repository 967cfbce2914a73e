using BorderSim.Core.Scenarios;
using BorderSim.Core.Sensitivity;

namespace BorderSim.Cli.Commands;

/// <summary>What slices of one sensitivity analysis share: the same design and the same runs at each point.</summary>
internal sealed record SliceKey(string Method, ulong Seed, int Samples, int Replicates, string Tick, string ScenarioSha256, string[] Parameters, string[] Overrides)
{
    public bool Matches(SensitivityManifest m) =>
        m.Method == Method && m.Seed == Seed && m.Samples == Samples && m.Replicates == Replicates && m.Tick == Tick
        && m.ScenarioSha256 == ScenarioSha256 && m.Parameters.Select(p => p.Key).SequenceEqual(Parameters) && m.Overrides.SequenceEqual(Overrides);
}

/// <summary>sensitivity --merge: the design.csv rows of every slice, checked to be the slices of this very analysis, each once.</summary>
internal static class SensitivitySlices
{
    public static PointOutputs[] Merge(IReadOnlyList<string> folders, SliceKey expected, SensitivityDesign design)
    {
        var rows = new List<PointOutputs>();
        var seen = new Dictionary<int, string>();
        var count = 0;
        foreach (var folder in folders)
        {
            var manifestPath = Path.Combine(folder, "manifest.json");
            var designPath = Path.Combine(folder, SensitivityWriter.DesignCsv);
            if (!File.Exists(manifestPath) || !File.Exists(designPath))
            {
                throw new UserError($"--merge {folder}: no manifest.json and design.csv; expected a folder written by 'bordersim sensitivity … --shard K/N'");
            }

            SensitivityManifest? manifest;
            try
            {
                manifest = ScenarioJson.Deserialize<SensitivityManifest>(File.ReadAllText(manifestPath));
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new UserError($"--merge {folder}: manifest.json is not a sensitivity analysis's ({e.Message})");
            }

            if (manifest is not { Kind: "sensitivity" } || !Core.Experiments.Shard.TryParse(manifest.Shard, out var shard))
            {
                throw new UserError($"--merge {folder}: manifest.json is not a sensitivity analysis's");
            }

            if (!expected.Matches(manifest))
            {
                throw new UserError($"--merge {folder}: a slice of another analysis (its method, seed, samples, replicates, tick, parameters, --set or scenario file differ from this command's)");
            }

            if (count != 0 && shard.Count != count)
            {
                throw new UserError($"--merge {folder}: slice {shard} of {shard.Count}, but another folder is a slice of {count}");
            }

            count = shard.Count;
            if (seen.TryGetValue(shard.Index, out var other))
            {
                throw new UserError($"--merge: slice {shard} given twice ({other} and {folder})");
            }

            seen[shard.Index] = folder;
            try
            {
                rows.AddRange(SensitivityWriter.ReadDesign(File.ReadAllText(designPath), expected.Parameters.Length));
            }
            catch (InvalidDataException e)
            {
                throw new UserError($"--merge {folder}: {e.Message}");
            }
        }

        var missing = Enumerable.Range(1, count).Where(k => !seen.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
        {
            throw new UserError($"--merge: slices missing: {string.Join(", ", missing.Select(k => $"{k}/{count}"))}");
        }

        var ordered = rows.OrderBy(r => r.Point).ToArray();
        if (ordered.Length != design.Points.Count || ordered.Where((r, i) => r.Point != i).Any())
        {
            throw new UserError($"--merge: the slices hold {ordered.Length} rows, not each of the design's {design.Points.Count} points once");
        }

        return ordered;
    }
}
