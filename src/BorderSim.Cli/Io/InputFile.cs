using System.Globalization;
using System.Runtime.InteropServices;

namespace BorderSim.Cli.Io;

/// <summary>
/// Reads an input file a stranger may have chosen: only a regular file (never a FIFO, which would wait for a writer
/// forever, nor a device such as /dev/zero, which never ends), and at most a bounded number of bytes.
/// </summary>
internal static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>: at most <paramref name="maxBytes"/> + 1, so a caller can tell a file over the bound.</summary>
    public static byte[] Read(string path, int maxBytes, string shownAs)
    {
        if (Directory.Exists(path))
        {
            throw new UserError($"{shownAs}: is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new UserError($"{shownAs}: no such file");
        }

        if (Kind(path) is { } kind)
        {
            throw new UserError($"{shownAs}: not a regular file ({kind}); give a file saved on disk");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(maxBytes + 1L, stream.CanSeek ? Math.Max(stream.Length, 0) + 1 : maxBytes + 1L)];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{shownAs}: cannot read it: {e.Message}");
        }
    }

    /// <summary>What <paramref name="path"/> is if not a regular file (following symbolic links), or null for a regular file (or where this cannot be told).</summary>
    private static string? Kind(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = ModeOf(path);
        return mode is not { } m ? null : (m & 0xF000) switch
        {
            0x8000 => null,
            0x1000 => "a FIFO",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            var other => string.Create(CultureInfo.InvariantCulture, $"file type 0x{other:X4}"),
        };
    }

    /// <summary>st_mode of <paramref name="path"/>: from Linux's statx(2) (its struct is the same on every architecture), else the runtime's own stat; null if neither can tell.</summary>
    private static int? ModeOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var buffer = new byte[256];
                if (StatX(AtFdCwd, path, 0, StatXType, buffer) == 0)
                {
                    return BitConverter.ToUInt16(buffer, 28);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // an old C library: try the runtime's stat below
            }
        }

        try
        {
            return NativeStat(path, out var status) == 0 ? status.Mode : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // e.g. a Native AOT build without System.Native: the bounded read still stops at the limit
        }
    }

    /// <summary>The runtime's own stat(2) (System.Native, shipped with every .NET on Linux and macOS), which reports the file type that System.IO does not.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime, BirthTimeNsec, Dev, RDev, Ino;
        public uint UserFlags;
        public long Spare0, Spare1, Spare2, Spare3, Spare4, Spare5, Spare6, Spare7; // room should the runtime's struct grow
    }

    private const int AtFdCwd = -100;
    private const uint StatXType = 1;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code here for one call
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
#pragma warning restore SYSLIB1054
}
