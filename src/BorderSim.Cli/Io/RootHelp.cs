using System.CommandLine;
using System.CommandLine.Invocation;

namespace BorderSim.Cli.Io;

/// <summary>
/// 'bordersim --help' (and 'bordersim' alone): one screen, each command on one line by the first sentence of its
/// description. 'bordersim COMMAND --help' is the full help of the command, with its options and examples.
/// </summary>
internal sealed class RootHelp(CommandLineAction full, TextWriter stdout) : SynchronousCommandLineAction
{
    /// <summary>Each command in a line; a command missing here is listed by the first sentence of its description.</summary>
    private static readonly Dictionary<string, string> Summaries = new(StringComparer.Ordinal)
    {
        ["run"] = "Run a scenario (or --replicates N of it): CSVs, JSON, charts and report.html.",
        ["validate"] = "Check scenario files (or folders of them) and report every problem.",
        ["keys"] = "List every key path with its value, unit, plausible range and meaning.",
        ["schema"] = "Print the JSON Schema of scenario files, for editors.",
        ["sweep"] = "Run a scenario over a grid or Latin hypercube of parameter values.",
        ["sensitivity"] = "Which uncertain inputs drive the key figures (Morris or Sobol indices).",
        ["merge"] = "Join the slices (--shard K/N) of an ensemble or a sweep into one result.",
        ["plot"] = "Redraw the charts and report.html of a results folder.",
        ["compare"] = "Overlay several results folders in one chart and one table.",
        ["run-all"] = "Run every scenario in some folders and compare them.",
        ["reproduce"] = "Run again what made a results folder and compare every file byte for byte.",
    };

    /// <summary>Help is shown even when the rest of the command line is incomplete (bordersim run --help).</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return full is SynchronousCommandLineAction action ? action.Invoke(parseResult) : ExitCodes.UnexpectedFailure;
        }

        var width = root.Subcommands.Max(c => c.Name.Length) + 4;
        stdout.WriteLine(root.Description);
        stdout.WriteLine();
        stdout.WriteLine("Usage: bordersim COMMAND [options]");
        stdout.WriteLine();
        stdout.WriteLine("Commands:");
        foreach (var command in root.Subcommands)
        {
            stdout.WriteLine($"  {command.Name.PadRight(width)}{Summaries.GetValueOrDefault(command.Name) ?? Summary(command.Description)}");
        }

        stdout.WriteLine();
        stdout.WriteLine("Options:");
        stdout.WriteLine($"  {"--help".PadRight(width)}Show this help, or a command's (bordersim run --help).");
        stdout.WriteLine($"  {"--version".PadRight(width)}Show BorderSim's version.");
        return ExitCodes.Success;
    }

    /// <summary>The first sentence of a description.</summary>
    internal static string Summary(string? description)
    {
        var first = (description ?? "").Split("\n\n")[0].ReplaceLineEndings(" ");
        var stop = first.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? first[..(stop + 1)] : first.TrimEnd('.') + ".";
    }
}
