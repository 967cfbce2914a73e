using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Io;

/// <summary>
/// A results folder written all at once. Files go to a hidden staging folder beside the target
/// (<c>.NAME.partial-PID</c>), made only once the results are computed; when complete it is moved into place, replacing
/// an old folder only with --force, by swapping the two in one atomic step where the system can (Linux's
/// renameat2 RENAME_EXCHANGE). So a kill at any instant leaves the old results or the new, plus at most one hidden
/// leftover that the next run into the same place removes. A signal before the move, a failed write or a full disk
/// leave nothing at all (not even a parent folder this run made).
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _target;
    private readonly bool _force;
    private string? _staging;
    private string? _madeParent;
    private bool _committed;

    private OutputFolder(string target, bool force)
    {
        _target = target;
        _force = force;
    }

    /// <summary>The staging folder the files go to until <see cref="Commit"/> (made on first use).</summary>
    public string Staging => EnsureStaging();

    public string Target => _target;

    private string Name => Path.GetFileName(_target);

    private string Parent => Path.GetDirectoryName(_target) ?? "/";

    /// <summary>
    /// Checks the target before any work is done, so a run that would be refused fails at once, and removes what killed
    /// runs left beside it (noted on <paramref name="log"/>).
    /// </summary>
    public static OutputFolder Begin(string target, bool force, TextWriter? log = null)
    {
        var full = FullPath(target);
        var folder = new OutputFolder(full, force);
        folder.Guard(target);
        OutputLeftovers.Clean(full, log);
        if (Directory.Exists(full) && !force && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new UserError($"{target} already exists and was kept. Add --force to replace it, or choose another folder with --out.");
        }

        return folder;
    }

    /// <summary>Writes one file beside <paramref name="path"/> and moves it into place, so a reader never sees half a file.</summary>
    public static void ReplaceFile(string path, string content) => ReplaceFile(path, Utf8.GetBytes(content));

    /// <summary>Writes one file's bytes beside <paramref name="path"/> and moves it into place.</summary>
    public static void ReplaceFile(string path, byte[] content)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.tmp-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public TextWriter Open(string name)
    {
        var path = Path.Combine(EnsureStaging(), name);
        Signals.ThrowIfReceived();
        return Io(() => new StreamWriter(path, append: false, Utf8) { NewLine = "\n" });
    }

    public void WriteText(string name, string text)
    {
        var path = Path.Combine(EnsureStaging(), name);
        Signals.ThrowIfReceived();
        Writing(() => File.WriteAllText(path, text, Utf8));
    }

    /// <summary>Runs <paramref name="write"/> (which writes through <see cref="Open"/>), reporting a failed write as this folder's.</summary>
    public void Writing(Action write) => Io<int>(() =>
    {
        write();
        return 0;
    });

    /// <summary>Writes a drawn file (text or image) into the folder.</summary>
    public void Write(BorderSim.Plotting.Results.RenderedFile file)
    {
        var path = Path.Combine(EnsureStaging(), file.Name);
        Signals.ThrowIfReceived();
        Writing(() => File.WriteAllBytes(path, file.Bytes));
    }

    /// <summary>Moves the finished folder into place, replacing an old one only if --force was given.</summary>
    public void Commit() => CommitAll([this]);

    /// <summary>
    /// Moves several finished folders into place. A signal is honoured up to the first move; from then on the moves
    /// (renames, milliseconds) all go through, and the signal ends the command just after with the results complete.
    /// </summary>
    public static void CommitAll(IReadOnlyList<OutputFolder> folders)
    {
        foreach (var folder in folders)
        {
            folder.EnsureStaging();
        }

        Signals.PauseAt("move");
        Signals.ThrowIfReceived();
        foreach (var folder in folders)
        {
            folder.MoveIntoPlace();
        }
    }

    public void Dispose()
    {
        if (!_committed && _staging is not null && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        // A parent this run made and left empty (the run failed or was cancelled) goes too: nothing written means nothing.
        for (var dir = _committed ? null : Parent; dir is not null && _madeParent is not null && dir.Length >= _madeParent.Length; dir = Path.GetDirectoryName(dir))
        {
            if (!Directory.Exists(dir) || Directory.EnumerateFileSystemEntries(dir).Any())
            {
                break;
            }

            Directory.Delete(dir);
        }
    }

    private static string FullPath(string target)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new UserError($"--out: '{target}' is not a usable folder path: {e.Message}");
        }
    }

    /// <summary>Refuses a target that is a file or a symbolic link, that holds the current folder, or that cannot be made because a file stands in its way.</summary>
    private void Guard(string shown)
    {
        if (File.Exists(_target))
        {
            throw new UserError($"{shown} is a file: --out must name a folder");
        }

        if (new DirectoryInfo(_target).LinkTarget is { } link)
        {
            throw new UserError($"{shown} is a symbolic link (to {link}); give the folder itself, or another folder with --out");
        }

        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory.GetCurrentDirectory()));
        if (Holds(_target, here))
        {
            throw new UserError($"{shown} holds the current folder, which --out cannot replace; give a folder of its own, such as results/NAME");
        }

        for (var dir = Path.GetDirectoryName(_target); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                throw new UserError($"cannot write {shown}: {dir} is a file, not a folder; nothing was written");
            }

            if (Directory.Exists(dir))
            {
                break;
            }
        }
    }

    private static bool Holds(string folder, string path) =>
        string.Equals(folder, path, StringComparison.Ordinal)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string EnsureStaging()
    {
        if (_staging is not null)
        {
            return _staging;
        }

        Signals.PauseAt("write");
        Signals.ThrowIfReceived();
        return Io(() =>
        {
            var missing = Parent;
            while (Path.GetDirectoryName(missing) is { } up && !Directory.Exists(up))
            {
                missing = up;
            }

            _madeParent = Directory.Exists(Parent) ? null : missing;
            Directory.CreateDirectory(Parent);
            var staging = OutputLeftovers.StagingName(_target, Environment.ProcessId);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            return _staging = staging;
        });
    }

    private void MoveIntoPlace()
    {
        var staging = EnsureStaging();
        Io(() =>
        {
            if (!Directory.Exists(_target))
            {
                Directory.Move(staging, _target);
                _committed = true;
                Signals.PauseAt("moved");
                return 0;
            }

            if (!_force && Directory.EnumerateFileSystemEntries(_target).Any())
            {
                throw new UserError($"{_target} appeared while the run was going and was kept. Add --force to replace it.");
            }

            if (AtomicSwap.TryExchange(staging, _target))
            {
                _committed = true; // the old results are now in the staging folder's place
                Signals.PauseAt("moved");
                Directory.Delete(staging, recursive: true);
                return 0;
            }

            // No atomic swap here: the old folder steps aside under a hidden name the next run restores if killed just now.
            var old = OutputLeftovers.OldName(_target, Environment.ProcessId);
            Directory.Move(_target, old);
            Directory.Move(staging, _target);
            _committed = true;
            Signals.PauseAt("moved");
            Directory.Delete(old, recursive: true);
            return 0;
        });
    }

    /// <summary>Runs a file-system step, turning a failure (a read-only or full disk, a path under a file) into invalid input with the reason.</summary>
    private T Io<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !_committed)
        {
            throw new UserError($"cannot write {_target}: {Reason(e)}; nothing was written");
        }
    }

    /// <summary>What went wrong, in words that name a full disk as such (.NET says it two ways).</summary>
    public static string Reason(Exception e) =>
        e.HResult is 28 or unchecked((int)0x80070070) || e.Message.Contains("disk was full", StringComparison.Ordinal) || e.Message.Contains("No space left", StringComparison.Ordinal)
            ? $"the disk is full ({e.Message})"
            : e.Message;
}
