using System.Diagnostics;

namespace BorderSim.Cli.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a fresh folder: a disk that fills up after <c>size</c> bytes, or a read-only one. Needs
/// Linux and root (as CI runs); <see cref="TinyDiskFactAttribute"/> skips the test elsewhere.
/// </summary>
internal sealed class TinyDisk : IDisposable
{
    private readonly TempFolder _temp = new();

    public TinyDisk(string size, bool readOnly = false)
    {
        Path = _temp["disk"];
        Directory.CreateDirectory(Path);
        Mount("-t", "tmpfs", "-o", $"size={size}", "tmpfs", Path);
        if (readOnly)
        {
            Mount("-o", "remount,ro", Path);
        }
    }

    public string Path { get; }

    public static bool Available { get; } = Probe();

    public void Dispose()
    {
        Mount("-u", Path);
        _temp.Dispose();
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Posix.GetEffectiveUserId() != 0)
        {
            return false;
        }

        try
        {
            using var disk = new TinyDisk("64k");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Mount(params string[] args)
    {
        var info = new ProcessStartInfo(args[0] == "-u" ? "umount" : "mount") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args[0] == "-u" ? args[1..] : args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)}: {error}");
        }
    }
}

/// <summary>A fact that mounts a <see cref="TinyDisk"/>: skipped where that cannot be done (not Linux, not root).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TinyDiskFactAttribute : FactAttribute
{
    public TinyDiskFactAttribute()
    {
        if (!TinyDisk.Available)
        {
            Skip = "needs Linux and root to mount a small tmpfs (CI runs as root)";
        }
    }
}
