using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderSim.Cli.Io;

/// <summary>
/// What a killed run leaves beside its output folder, and how the next run into the same place cleans it: hidden
/// <c>.NAME.partial-PID</c> folders (files staged, or old results swapped out) are removed, and a hidden
/// <c>.NAME.old-PID</c> folder (old results set aside where no atomic swap exists) is put back if the folder is
/// missing, else removed. Only leftovers of processes that are no longer running are touched.
/// </summary>
internal static partial class OutputLeftovers
{
    public static string StagingName(string target, int pid) =>
        Path.Combine(Path.GetDirectoryName(target) ?? "/", $".{Path.GetFileName(target)}.partial-{pid.ToString(CultureInfo.InvariantCulture)}");

    public static string OldName(string target, int pid) =>
        Path.Combine(Path.GetDirectoryName(target) ?? "/", $".{Path.GetFileName(target)}.old-{pid.ToString(CultureInfo.InvariantCulture)}");

    public static void Clean(string target, TextWriter? log)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal).ToArray())
        {
            var match = Leftover().Match(Path.GetFileName(dir));
            if (!match.Success || match.Groups["name"].Value != name
                || !int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                if (match.Groups["kind"].Value == "old" && !Directory.Exists(target))
                {
                    Directory.Move(dir, target);
                    log?.WriteLine($"note: restored {target} from {dir}, left by an interrupted run");
                }
                else
                {
                    Directory.Delete(dir, recursive: true);
                    log?.WriteLine($"note: removed {dir}, left by an interrupted run");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log?.WriteLine($"note: could not remove {dir}, left by an interrupted run: {e.Message}");
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\A\.(?<name>.+)\.(?<kind>partial|old)-(?<pid>[0-9]+)\z")]
    private static partial Regex Leftover();
}
