using System.Globalization;
using System.Text;

namespace BorderSim.Cli.Io;

/// <summary>What a Slurm script runs: the binary, where, the command of one slice, and the resources each task asks for.</summary>
internal sealed record SlurmJob
{
    /// <summary>Absolute path of the bordersim binary the nodes run.</summary>
    public required string Bordersim { get; init; }

    /// <summary>The folder the jobs run in (#SBATCH --chdir): where the script was made.</summary>
    public required string WorkDir { get; init; }

    /// <summary>Absolute path of the merged result.</summary>
    public required string Output { get; init; }

    public required int Slices { get; init; }

    public required int CpusPerTask { get; init; }

    public required string Memory { get; init; }

    public required string Time { get; init; }

    public required string? Partition { get; init; }

    /// <summary>Whether the merge replaces an existing result (the script was made with --force).</summary>
    public required bool Force { get; init; }

    /// <summary>The arguments of one slice after 'bordersim', every path absolute, without --shard, --parallel and --out.</summary>
    public required IReadOnlyList<string> SliceArguments { get; init; }

    /// <summary>What the slices compute, for the script's header: "200 replicates of baseline".</summary>
    public required string Description { get; init; }

    /// <summary>The slices' folders, beside the result.</summary>
    public string Shards => Output + ".shards";

    /// <summary>The jobs' logs, beside the result.</summary>
    public string Logs => Output + ".logs";
}

/// <summary>
/// A Slurm script for a sharded experiment. 'bash SCRIPT' submits a job array (one slice, --shard K/N, per task) and a
/// merge job that runs once every task has succeeded and is cancelled if one fails (--kill-on-invalid-dep=yes);
/// 'bash SCRIPT 3,7' resubmits only those tasks and a new merge. Every path in it is absolute, so it can be submitted
/// from any folder.
/// </summary>
internal static class SlurmScript
{
    public static string Write(SlurmJob job)
    {
        var slice = string.Join(' ', job.SliceArguments.Select(Quote));
        var bordersim = Quote(job.Bordersim);
        var all = string.Create(CultureInfo.InvariantCulture, $"1-{job.Slices}");
        var s = new StringBuilder();
        s.Append("#!/usr/bin/env bash\n");
        s.Append(CultureInfo.InvariantCulture, $"# BorderSim on a Slurm cluster: {job.Description} in {job.Slices} array tasks, merged into\n#   {job.Output}\n");
        s.Append("# Usage (from any folder):\n");
        s.Append("#   bash THIS_SCRIPT          submit every task and a merge job that runs once all have succeeded\n");
        s.Append("#   bash THIS_SCRIPT 3,7-9    resubmit only these tasks (after a failure) and a new merge job\n");
        s.Append(CultureInfo.InvariantCulture, $"# Each task runs {job.Bordersim} (it must exist on the nodes) with {job.CpusPerTask} CPU(s), {job.Memory} of memory, at most {job.Time}.\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"tasks=\"${{1:-{all}}}\"\n");
        s.Append(CultureInfo.InvariantCulture, $"if [ ! -x {bordersim} ]; then echo \"no bordersim binary at \"{bordersim}\": publish one there first (see the README)\" >&2; exit 2; fi\n");
        s.Append(CultureInfo.InvariantCulture, $"mkdir -p {Quote(job.Shards)} {Quote(job.Logs)}\n");
        s.Append("array_id=$(sbatch --parsable --array=\"${tasks}\" <<'SLICE'\n");
        s.Append("#!/usr/bin/env bash\n");
        s.Append("#SBATCH --job-name=bordersim-slice\n");
        Resources(s, job, job.CpusPerTask, job.Time);
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --output={job.Logs}/slice-%A_%a.out\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"{bordersim} {slice} --shard \"${{SLURM_ARRAY_TASK_ID}}/{job.Slices}\" --parallel \"${{SLURM_CPUS_PER_TASK:-1}}\" --out {Quote(job.Shards)}/\"${{SLURM_ARRAY_TASK_ID}}\" --force\n");
        s.Append("SLICE\n");
        s.Append(")\n");
        s.Append("array_id=\"${array_id%%;*}\"\n");
        s.Append("merge_id=$(sbatch --parsable --dependency=afterok:\"${array_id}\" --kill-on-invalid-dep=yes <<'MERGE'\n");
        s.Append("#!/usr/bin/env bash\n");
        s.Append("#SBATCH --job-name=bordersim-merge\n");
        Resources(s, job, 1, job.Time);
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --output={job.Logs}/merge-%j.out\n");
        s.Append("set -euo pipefail\n");
        s.Append(CultureInfo.InvariantCulture, $"{bordersim} merge {Quote(job.Shards)}/* --out {Quote(job.Output)}{(job.Force ? " --force" : "")}\n");
        s.Append("MERGE\n");
        s.Append(")\n");
        s.Append("merge_id=\"${merge_id%%;*}\"\n");
        s.Append(CultureInfo.InvariantCulture, $"echo \"submitted job array ${{array_id}} (tasks ${{tasks}} of {job.Slices}) and merge job ${{merge_id}}\"\n");
        s.Append("echo \"  progress:      squeue -j ${array_id},${merge_id}\"\n");
        s.Append("echo \"  failed tasks:  sacct -X -n -j ${array_id} --state=FAILED,TIMEOUT,OUT_OF_MEMORY,NODE_FAIL,CANCELLED --format=JobID,State,ExitCode\"\n");
        s.Append(CultureInfo.InvariantCulture, $"echo \"  logs:          {job.Logs}/\"\n");
        s.Append("echo \"  if a task fails the merge is cancelled: resubmit the failed tasks (the numbers after _) with: bash $0 3,7\"\n");
        return s.ToString();
    }

    private static void Resources(StringBuilder s, SlurmJob job, int cpus, string time)
    {
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={cpus}\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --mem={job.Memory}\n");
        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --time={time}\n");
        if (job.Partition is { } partition)
        {
            s.Append(CultureInfo.InvariantCulture, $"#SBATCH --partition={partition}\n");
        }

        s.Append(CultureInfo.InvariantCulture, $"#SBATCH --chdir={job.WorkDir}\n");
    }

    /// <summary>A word as bash reads it: as it is if plain, else in single quotes.</summary>
    internal static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
