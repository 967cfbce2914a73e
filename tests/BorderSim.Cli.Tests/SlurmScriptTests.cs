using System.Diagnostics;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// The scripts --emit-slurm writes, run as generated: bash runs the script with a stand-in sbatch that keeps each job
/// script it is given, then each array task runs with Slurm's variables set, then the merge, all from another folder
/// than the one the script was made in. No cluster is needed.
/// </summary>
[Collection(BuildsAlone.Name)]
public sealed class SlurmScriptTests
{
    private static readonly string Baseline = CliRunner.Scenario("baseline.yaml");

    /// <summary>The bordersim binary beside the tests (the apphost the CLI project builds).</summary>
    private static readonly string Bordersim = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "bordersim.exe" : "bordersim");

    /// <summary>A stand-in for sbatch: saves the job script from stdin as job-N.sh with its options in job-N.args, prints N.</summary>
    private const string FakeSbatch = """
        #!/usr/bin/env bash
        set -euo pipefail
        dir="$(dirname "$0")/jobs"
        mkdir -p "$dir"
        n=$(( $(ls "$dir" | grep -c '\.sh$' || true) + 1 ))
        cat > "$dir/job-$n.sh"
        printf '%s\n' "$@" > "$dir/job-$n.args"
        echo "$n"
        """;

    [BashFact]
    public void An_ensemble_script_submitted_from_another_folder_runs_and_merges_to_the_one_machine_result()
    {
        using var temp = new TempFolder();
        var made = Directory.CreateDirectory(temp["made-here"]).FullName;
        var elsewhere = Directory.CreateDirectory(temp["submitted-from-here"]).FullName;
        var script = Path.Combine(made, "ensemble.sh");
        var emit = RunIn(made, Bordersim, "run", Baseline, "--replicates", "5", "--tick", "24h", "--set", "policies[2].duration_days=90",
            "--out", "results/e5", "--emit-slurm", "ensemble.sh", "--slices", "3", "--cpus-per-task", "2", "--mem", "1G", "--time", "00:20:00", "--partition", "short");
        Assert.Equal(0, emit.Code);
        Assert.Contains($"the nodes run {Bordersim}", emit.Stdout);
        Assert.False(Directory.Exists(Path.Combine(made, "results")), "emitting the script runs nothing");
        var text = File.ReadAllText(script);
        foreach (var line in new[] { "#SBATCH --cpus-per-task=2", "#SBATCH --mem=1G", "#SBATCH --time=00:20:00", "#SBATCH --partition=short", $"#SBATCH --chdir={made}", "--kill-on-invalid-dep=yes", "--dependency=afterok:" })
        {
            Assert.Contains(line, text);
        }

        Assert.DoesNotContain("dotnet", text);

        // Submit from another folder, with sbatch standing in for Slurm.
        var bin = FakeSbatchIn(temp["bin"]);
        var submit = RunIn(elsewhere, "bash", [script], ("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}"));
        Assert.Equal(0, submit.Code);
        Assert.Contains("submitted job array 1 (tasks 1-3 of 3) and merge job 2", submit.Stdout);
        var jobs = Path.Combine(bin, "jobs");
        Assert.Contains("--array=1-3", File.ReadAllLines(Path.Combine(jobs, "job-1.args")));
        Assert.Contains("--dependency=afterok:1", File.ReadAllLines(Path.Combine(jobs, "job-2.args")));

        // Each array task as Slurm runs it, from yet another folder (the job script's --chdir is Slurm's business).
        for (var task = 1; task <= 3; task++)
        {
            var slice = RunIn(elsewhere, "bash", [Path.Combine(jobs, "job-1.sh")], ("SLURM_ARRAY_TASK_ID", $"{task}"), ("SLURM_CPUS_PER_TASK", "2"), ("SLURM_ARRAY_JOB_ID", "1"));
            Assert.True(slice.Code == 0, slice.Stderr);
        }

        var merge = RunIn(elsewhere, "bash", [Path.Combine(jobs, "job-2.sh")]);
        Assert.True(merge.Code == 0, merge.Stderr);

        var whole = CliRunner.Run("run", Baseline, "--replicates", "5", "--tick", "24h", "--set", "policies[2].duration_days=90", "--out", temp["whole"]);
        Assert.Equal(0, whole.ExitCode);
        var merged = Path.Combine(made, "results", "e5");
        foreach (var file in new[] { "daily.csv", "replicates.csv", "key_figures.csv", "summary.json", "stranded.svg" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["whole"], file)), File.ReadAllText(Path.Combine(merged, file)));
        }

        // A failed task's resubmission: only the tasks named, and a new merge.
        var resubmit = RunIn(elsewhere, "bash", [script, "2"], ("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}"));
        Assert.Equal(0, resubmit.Code);
        Assert.Contains("--array=2", File.ReadAllLines(Path.Combine(jobs, "job-3.args")));
    }

    [BashFact]
    public void A_sweep_script_runs_its_slices_and_merges()
    {
        using var temp = new TempFolder();
        var script = temp["sweep.sh"];
        var emit = CliRunner.Run("sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.4,0.8", "--replicates", "2", "--tick", "24h",
            "--out", temp["sweep"], "--emit-slurm", script, "--slices", "2", "--bordersim", Bordersim);
        Assert.Equal(0, emit.ExitCode);
        var text = File.ReadAllText(script);
        Assert.Contains(Path.GetFullPath(Baseline), text);
        Assert.Contains("--shard \"${SLURM_ARRAY_TASK_ID}/2\"", text);
        Assert.Contains("--parallel \"${SLURM_CPUS_PER_TASK:-1}\"", text);

        var bin = FakeSbatchIn(temp["bin"]);
        Assert.Equal(0, RunIn(temp.Path, "bash", [script], ("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}")).Code);
        for (var task = 1; task <= 2; task++)
        {
            Assert.Equal(0, RunIn(temp.Path, "bash", [Path.Combine(bin, "jobs", "job-1.sh")], ("SLURM_ARRAY_TASK_ID", $"{task}")).Code);
        }

        Assert.Equal(0, RunIn(temp.Path, "bash", [Path.Combine(bin, "jobs", "job-2.sh")]).Code);
        Assert.Equal(1 + (2 * 2), File.ReadAllLines(Path.Combine(temp["sweep"], "sweep.csv")).Length);
    }

    [Theory]
    [InlineData("--vary", "behaviour.bogus=1,2", "behaviour.bogus: no such key")]
    [InlineData("--mem", "lots", "--mem: expected a size")]
    [InlineData("--time", "an hour", "--time: expected")]
    [InlineData("--cpus-per-task", "0", "--cpus-per-task: expected a whole number of at least 1")]
    [InlineData("--slices", "99", "--slices: expected 1 to 4")]
    [InlineData("--partition", "a b", "--partition: expected")]
    public void Nothing_is_written_unless_every_setting_is_valid(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var script = temp["x.sh"];
        string[] args = option == "--vary"
            ? ["sweep", Baseline, "--vary", value, "--replicates", "2", "--out", temp["o"], "--emit-slurm", script, "--bordersim", Bordersim]
            : ["sweep", Baseline, "--vary", "behaviour.give_up_rate_per_day=0.4,0.8", "--replicates", "2", "--out", temp["o"], "--emit-slurm", script, "--bordersim", Bordersim, option, value];
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.False(File.Exists(script));
    }

    [Fact]
    public void An_existing_script_is_kept_without_force_and_the_binary_must_be_named_under_dotnet()
    {
        using var temp = new TempFolder();
        var script = temp["x.sh"];
        File.WriteAllText(script, "mine");
        string[] args = ["run", Baseline, "--replicates", "4", "--out", temp["o"], "--emit-slurm", script, "--bordersim", Bordersim];
        var kept = CliRunner.Run(args);
        Assert.Equal(2, kept.ExitCode);
        Assert.Contains("already exists", kept.Stderr);
        Assert.Equal("mine", File.ReadAllText(script));
        Assert.Equal(0, CliRunner.Run([.. args, "--force"]).ExitCode);
        Assert.StartsWith("#!/usr/bin/env bash", File.ReadAllText(script), StringComparison.Ordinal);

        // In-process, this process is the test host, not bordersim: the nodes' binary must be named.
        var unnamed = CliRunner.Run("run", Baseline, "--replicates", "4", "--out", temp["o"], "--emit-slurm", temp["y.sh"]);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("--bordersim PATH", unnamed.Stderr);
        var single = CliRunner.Run("run", Baseline, "--out", temp["o"], "--emit-slurm", temp["y.sh"], "--bordersim", Bordersim);
        Assert.Equal(2, single.ExitCode);
        Assert.Contains("--replicates N", single.Stderr);
        Assert.False(File.Exists(temp["y.sh"]));
    }

    /// <summary>A folder holding the stand-in sbatch, to put first on PATH.</summary>
    private static string FakeSbatchIn(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Slurm scripts are bash scripts");
        }

        var bin = Directory.CreateDirectory(folder).FullName;
        File.WriteAllText(Path.Combine(bin, "sbatch"), FakeSbatch.Replace("\r", "", StringComparison.Ordinal));
        File.SetUnixFileMode(Path.Combine(bin, "sbatch"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    private static (int Code, string Stdout, string Stderr) RunIn(string folder, string program, IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static (int Code, string Stdout, string Stderr) RunIn(string folder, string program, params string[] args) => RunIn(folder, program, args, []);
}

/// <summary>A fact that runs a bash script; reported as skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "runs the generated bash script, as a Slurm login node would";
        }
    }
}
