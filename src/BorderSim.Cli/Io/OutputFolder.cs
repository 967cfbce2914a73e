using System.Text;

namespace BorderSim.Cli.Io;

/// <summary>
/// A results folder written all at once: files go to a hidden temporary folder beside the target, which is moved
/// into place only when complete. A failed or interrupted run leaves nothing; an existing folder is replaced only with --force.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _target;
    private readonly bool _force;
    private bool _committed;

    private OutputFolder(string target, bool force)
    {
        _target = Path.GetFullPath(target);
        _force = force;
        var parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        Directory.CreateDirectory(Staging);
    }

    /// <summary>The temporary folder the files go to until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    public string Target => _target;

    /// <summary>Checks the target before any work is done, so a run that would be refused fails at once.</summary>
    public static OutputFolder Begin(string target, bool force)
    {
        if (File.Exists(target))
        {
            throw new UserError($"{target} is a file: --out must name a folder");
        }

        if (Directory.Exists(target) && !force && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UserError($"{target} already exists and was kept. Add --force to replace it, or choose another folder with --out.");
        }

        return new OutputFolder(target, force);
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

    public TextWriter Open(string name) =>
        new StreamWriter(Path.Combine(Staging, name), append: false, Utf8) { NewLine = "\n" };

    public void WriteText(string name, string text) => File.WriteAllText(Path.Combine(Staging, name), text, Utf8);

    /// <summary>Writes a drawn file (text or image) into the folder.</summary>
    public void Write(BorderSim.Plotting.Results.RenderedFile file) => File.WriteAllBytes(Path.Combine(Staging, file.Name), file.Bytes);

    /// <summary>Moves the finished folder into place, replacing an old one only if --force was given.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            if (!_force && Directory.EnumerateFileSystemEntries(_target).Any())
            {
                throw new UserError($"{_target} appeared while the run was going and was kept. Add --force to replace it.");
            }

            old = _target + $".old-{Environment.ProcessId}";
            Directory.Move(_target, old);
        }

        Directory.Move(Staging, _target);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
