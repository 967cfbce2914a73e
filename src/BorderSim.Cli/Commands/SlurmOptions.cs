using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using BorderSim.Cli.Io;

namespace BorderSim.Cli.Commands;

/// <summary>The options of commands that can write a Slurm job-array script instead of running (run --replicates, sweep).</summary>
internal sealed partial class SlurmOptions
{
    public Option<string?> Script { get; } = new("--emit-slurm")
    {
        Description = "Write a Slurm script to this file instead of running: a job array (one slice each) and a merge job. Run it with bash from any folder.",
        HelpName = "script.sh",
    };

    public Option<int?> Slices { get; } = new("--slices")
    {
        Description = "With --emit-slurm: how many array tasks (slices); default 10, or fewer if there are fewer replicates or runs.",
        HelpName = "count",
    };

    public Option<int> CpusPerTask { get; } = new("--cpus-per-task")
    {
        Description = "With --emit-slurm: CPUs per array task; each task runs that many replicates at once (--parallel from SLURM_CPUS_PER_TASK).",
        HelpName = "count",
        DefaultValueFactory = _ => 1,
    };

    public Option<string> Memory { get; } = new("--mem")
    {
        Description = "With --emit-slurm: memory per task, as Slurm writes it (500M, 2G).",
        HelpName = "size",
        DefaultValueFactory = _ => "2G",
    };

    public Option<string> Time { get; } = new("--time")
    {
        Description = "With --emit-slurm: time limit per task, as Slurm writes it (MM, HH:MM:SS, D-HH:MM).",
        HelpName = "limit",
        DefaultValueFactory = _ => "01:00:00",
    };

    public Option<string?> Partition { get; } = new("--partition")
    {
        Description = "With --emit-slurm: the partition to submit to (default: the cluster's default).",
        HelpName = "name",
    };

    public Option<string?> Bordersim { get; } = new("--bordersim")
    {
        Description = "With --emit-slurm: the bordersim binary the nodes run (default: this one, if it is a published binary).",
        HelpName = "path",
    };

    public IEnumerable<Option> All => [Script, Slices, CpusPerTask, Memory, Time, Partition, Bordersim];

    /// <summary>
    /// Checks every Slurm setting and the script's path, so nothing is written unless all are valid; <paramref name="items"/>
    /// is how many <paramref name="noun"/> (replicates, runs) the slices share.
    /// </summary>
    public SlurmJob Parse(ParseResult parse, int items, string noun, string output, bool force)
    {
        var script = parse.GetValue(Script)!;
        var slices = parse.GetValue(Slices) ?? Math.Min(10, items);
        if (slices < 1 || slices > items)
        {
            throw new UserError($"--slices: expected 1 to {items} (each task takes at least one of the {items} {noun}), found {slices}");
        }

        var cpus = parse.GetValue(CpusPerTask);
        if (cpus < 1)
        {
            throw new UserError($"--cpus-per-task: expected a whole number of at least 1, found {cpus}");
        }

        var memory = Check("--mem", parse.GetValue(Memory)!, MemoryPattern(), "a size such as 500M or 2G");
        var time = Check("--time", parse.GetValue(Time)!, TimePattern(), "MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS");
        var partition = parse.GetValue(Partition) is { } p ? Check("--partition", p, NamePattern(), "a partition name (letters, digits, '_', '-', '.')") : null;
        if (Directory.Exists(script))
        {
            throw new UserError($"--emit-slurm: {script} is a folder: expected the script's file name");
        }

        if (File.Exists(script) && !force)
        {
            throw new UserError($"--emit-slurm: {script} already exists and was kept. Add --force to replace it.");
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !force)
        {
            throw new UserError($"{output} already exists and was kept: the merge job would fail. Add --force to replace it, or choose another folder with --out.");
        }

        return new SlurmJob
        {
            Bordersim = BordersimBinary(parse.GetValue(Bordersim)),
            WorkDir = Directory.GetCurrentDirectory(),
            Output = Path.GetFullPath(output),
            Slices = slices,
            CpusPerTask = cpus,
            Memory = memory,
            Time = time,
            Partition = partition,
            Force = force,
            SliceArguments = [],
            Description = "",
        };
    }

    /// <summary>Writes the script (mode 755 where the system has modes) and says what it does.</summary>
    public static int Emit(string script, SlurmJob job, TextWriter stdout)
    {
        var full = Path.GetFullPath(script);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            OutputFolder.ReplaceFile(full, SlurmScript.Write(job));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(full, File.GetUnixFileMode(full) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot write {script}: {OutputFolder.Reason(e)}");
        }

        stdout.WriteLine($"wrote {full}: {job.Slices} array tasks of {job.Description}, then a merge into {job.Output}");
        stdout.WriteLine($"  the nodes run {job.Bordersim}");
        stdout.WriteLine($"  submit from any folder with: bash {full}   (resubmit failed tasks with: bash {full} 3,7)");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The binary the nodes run: --bordersim, else this process if it is bordersim itself (a published binary or an
    /// installed tool), never 'dotnet run', which would build on every node.
    /// </summary>
    private static string BordersimBinary(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(full) ? full : throw new UserError($"--bordersim: no such file {given}");
        }

        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "bordersim")
        {
            return self;
        }

        throw new UserError(
            "--emit-slurm: name the bordersim binary the nodes will run with --bordersim PATH: this process is not one (it runs under " +
            $"{Path.GetFileName(self ?? "dotnet")}, as 'dotnet run' does, which would build on every node). Publish one where the nodes see it: " +
            "dotnet publish src/BorderSim.Cli -c Release -r linux-x64 -p:PublishAot=true -o ~/bordersim (README, 'Beyond one machine')");
    }

    private static string Check(string option, string value, Regex pattern, string expected) =>
        pattern.IsMatch(value) ? value : throw new UserError($"{option}: expected {expected}, found '{value}'");

    [GeneratedRegex(@"^[0-9]+[KMGT]?$")]
    private static partial Regex MemoryPattern();

    [GeneratedRegex(@"^([0-9]+-[0-9]{1,2}(:[0-9]{2}(:[0-9]{2})?)?|[0-9]+(:[0-9]{2}(:[0-9]{2})?)?)$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.,-]+$")]
    private static partial Regex NamePattern();
}
