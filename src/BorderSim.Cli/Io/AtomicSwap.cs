using System.Runtime.InteropServices;

namespace BorderSim.Cli.Io;

/// <summary>Swaps two folders in one step, so no instant sees neither: Linux's renameat2 with RENAME_EXCHANGE (kernel 3.15, glibc 2.28).</summary>
internal static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Exchanges the two absolute paths; false where the system or file system cannot (the caller then falls back to two renames).</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code here for one call
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore SYSLIB1054
}
