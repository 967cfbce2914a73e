using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using BorderSim.Cli.Io;
using BorderSim.Cli.Commands;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Text;

namespace BorderSim.Cli;

/// <summary>The bordersim command: parses, delegates to the core, and turns failures into messages and exit codes.</summary>
public static class BorderSimCli
{
    /// <summary>The placeholder each option's value has in the help (--out &lt;folder&gt;), where its command does not name one.</summary>
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["--out"] = "folder",
        ["--replicates"] = "count",
        ["--parallel"] = "threads",
        ["--shard"] = "K/N",
        ["--labels"] = "a,b,c",
        ["--chart"] = "name,…",
        ["--width"] = "pixels",
        ["--height"] = "pixels",
        ["--title"] = "text",
        ["--root"] = "folder",
        ["--scenario"] = "file",
        ["--format"] = "svg,png",
        ["--scale"] = "factor",
    };

    public static RootCommand Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string>? args = null)
    {
        var root = new RootCommand(
            "BorderSim: an agent-based simulation of migrants leaving Chile through the Chacalluta–Santa Rosa border.\n\n" +
            "Examples:\n" +
            "  bordersim run scenarios/baseline.yaml\n" +
            "  bordersim run scenarios/baseline.yaml --tick 24h --set behaviour.give_up_rate_per_day=0.2 --out results/giveup-0.2\n" +
            "  bordersim keys scenarios/baseline.yaml\n" +
            "  bordersim explore                       (a web page: move a slider, see the chart change)\n\n" +
            "Each command's options and examples: bordersim COMMAND --help");
        root.Subcommands.Add(RunCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(KeysCommand.Create(stdout));
        root.Subcommands.Add(SchemaCommand.Create(stdout));
        root.Subcommands.Add(SweepCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(CalibrateCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(SensitivityCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(MergeCommand.Create(stdout, args ?? []));
        root.Subcommands.Add(PlotCommand.Create(stdout));
        root.Subcommands.Add(CompareCommand.Create(stdout));
        root.Subcommands.Add(RunAllCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(ReproduceCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExploreCommand.Create(stdout, stderr));
        Name(root);
        if (root.Options.OfType<HelpOption>().SingleOrDefault() is { Action: { } full } help)
        {
            help.Action = new RootHelp(full, stdout);
        }

        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Signals.Install(); // first: SIGINT and SIGTERM are handled from here on
        Signals.PauseAt("start");
        var code = Invoke(args, stdout, stderr);
        if (code == ExitCodes.Success && Signals.Received is { } signal)
        {
            stderr.WriteLine($"interrupted by {signal} after the results were complete: everything written is kept in full");
            return Signals.ExitCode;
        }

        return code;
    }

    private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Create(stdout, stderr, args);
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args); // no arguments: the help, not an error
        if (parse.CommandResult.Command is not RootCommand && UnknownOptions(parse) is { Count: > 0 } unknown)
        {
            // A misspelt option is otherwise taken for an argument ('run --sed 3 x.yaml' would read '--sed' as the scenario).
            foreach (var token in unknown)
            {
                stderr.WriteLine($"error: unknown option '{token}' for 'bordersim {parse.CommandResult.Command.Name}'.{Suggestion(parse, token)}");
            }

            stderr.WriteLine($"Run 'bordersim {parse.CommandResult.Command.Name} --help' for its options.");
            return ExitCodes.InvalidInput;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {Printable.Escape(error.Message)}{Suggestion(parse, error.Message)}");
            }

            stderr.WriteLine("Run 'bordersim --help' or 'bordersim <command> --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ScenarioException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                stderr.WriteLine($"error: {diagnostic}");
            }

            return ExitCodes.InvalidInput;
        }
        catch (UserError e)
        {
            stderr.WriteLine($"error: {Printable.Escape(e.Message)}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (Signals.Received is { } signal)
        {
            stderr.WriteLine($"interrupted by {signal}: nothing was written (the output is as it was)");
            return Signals.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A disk that is full or read-only, a path that cannot be made: the machine's or the user's problem, not a bug.
            stderr.WriteLine($"error: {Printable.Escape(OutputFolder.Reason(e))}; nothing was written");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"unexpected failure: {e.GetType().Name}: {Printable.Escape(e.Message)}");
            stderr.WriteLine("This is a bug in BorderSim; please report it with the command line and scenario file.");
            return ExitCodes.UnexpectedFailure;
        }
    }

    /// <summary>Words that look like options (-x, --xyz) but that the command does not know, bound to an argument or unmatched.</summary>
    private static List<string> UnknownOptions(ParseResult parse) =>
        parse.Tokens
            .Where(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !double.TryParse(t.Value, CultureInfo.InvariantCulture, out _))
            .Select(t => t.Value)
            .ToList();

    /// <summary>" Did you mean '--seed'?" for a word the command does not know: the nearest options for -x, the nearest commands otherwise.</summary>
    private static string Suggestion(ParseResult parse, string message)
    {
        var token = parse.UnmatchedTokens.Concat(parse.Tokens.Select(t => t.Value)).FirstOrDefault(t => message.Contains($"'{t}'", StringComparison.Ordinal) || message == t);
        if (token is null)
        {
            return "";
        }

        var command = parse.CommandResult.Command;
        var typed = token.Split('=')[0];
        var known = typed.StartsWith('-')
            ? command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            : command.Subcommands.Select(c => c.Name);
        return NearestNames.DidYouMean(typed, known);
    }

    /// <summary>Gives every option that takes a value a placeholder naming what it takes.</summary>
    private static void Name(Command command)
    {
        foreach (var option in command.Options.Where(o => o.HelpName is null && Placeholders.ContainsKey(o.Name)))
        {
            option.HelpName = Placeholders[option.Name];
        }

        foreach (var sub in command.Subcommands)
        {
            Name(sub);
        }
    }
}
