using System.Globalization;
using System.Text;

namespace BorderSim.Cli.Io;

/// <summary>
/// A ready Slurm job-array script for a sweep: running it with bash submits one array task per slice
/// (<c>--shard K/N</c>) and a merge job that waits for all of them (<c>--dependency=afterok</c>).
/// </summary>
internal static class SlurmScript
{
    public static string Write(IReadOnlyList<string> sweepArgs, string outDir, int slices)
    {
        var sweep = string.Join(' ', sweepArgs.Select(Quote));
        var shardDir = $"{outDir}.shards";
        var s = new StringBuilder();
        s.Append("#!/usr/bin/env bash\n");
        s.Append("# BorderSim sweep on a Slurm cluster. Submit everything with:  bash THIS_FILE\n");
        s.Append(CultureInfo.InvariantCulture, $"# It submits a job array of {slices} tasks (one slice each) and a merge job that runs when all succeed.\n");
        s.Append("# Edit the #SBATCH lines (partition, account, time) for your cluster; 'bordersim' must be on PATH\n");
        s.Append("# (dotnet publish src/BorderSim.Cli -c Release -o ~/bordersim && export PATH=~/bordersim:$PATH).\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"mkdir -p {Quote(shardDir)} logs\n");
        s.Append("array_id=$(sbatch --parsable <<'SLICE'\n");
        s.Append("#!/usr/bin/env bash\n");
        s.Append("#SBATCH --job-name=bordersim-sweep\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --array=1-{slices}\n");
        s.Append("#SBATCH --cpus-per-task=4\n");
        s.Append("#SBATCH --mem=4G\n");
        s.Append("#SBATCH --time=01:00:00\n");
        s.Append("#SBATCH --output=logs/bordersim-%A_%a.out\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"bordersim sweep {sweep} --parallel \"${{SLURM_CPUS_PER_TASK:-1}}\" --shard \"${{SLURM_ARRAY_TASK_ID}}/{slices}\" --out {Quote(shardDir)}/\"${{SLURM_ARRAY_TASK_ID}}\" --force\n");
        s.Append("SLICE\n");
        s.Append(")\n");
        s.Append("sbatch --dependency=afterok:\"${array_id}\" <<'MERGE'\n");
        s.Append("#!/usr/bin/env bash\n");
        s.Append("#SBATCH --job-name=bordersim-merge\n");
        s.Append("#SBATCH --time=00:30:00\n");
        s.Append("#SBATCH --output=logs/bordersim-merge-%j.out\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"bordersim merge {Quote(shardDir)}/* --out {Quote(outDir)} --force\n");
        s.Append("MERGE\n");
        s.Append("echo \"submitted job array ${array_id} and its merge job\"\n");
        return s.ToString();
    }

    private static string Quote(string arg) =>
        arg.All(c => char.IsLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal)) ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
