using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Cli.Commands;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli;

/// <summary>The bordersim command: parses, delegates to the core, and turns failures into messages and exit codes.</summary>
public static class BorderSimCli
{
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<string>? args = null)
    {
        var root = new RootCommand(
            "BorderSim: an agent-based simulation of migrants leaving Chile through the Chacalluta–Santa Rosa border.\n\n" +
            "Examples:\n" +
            "  bordersim run scenarios/baseline.yaml\n" +
            "  bordersim run scenarios/baseline.yaml --replicates 200\n" +
            "  bordersim compare results/baseline results/open-border --out results/closure-effect\n" +
            "  bordersim sweep scenarios/baseline.yaml --vary behaviour.give_up_rate_per_day=0.2:1.4:7 --replicates 20\n" +
            "  bordersim run-all scenarios --out results/all\n" +
            "  bordersim reproduce results/reference/baseline\n" +
            "  bordersim validate scenarios/*.yaml\n" +
            "  bordersim schema > scenario.schema.json");
        root.Subcommands.Add(RunCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout));
        root.Subcommands.Add(SweepCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(MergeCommand.Create(stdout, args ?? []));
        root.Subcommands.Add(PlotCommand.Create(stdout));
        root.Subcommands.Add(CompareCommand.Create(stdout));
        root.Subcommands.Add(RunAllCommand.Create(stdout, stderr, args ?? []));
        root.Subcommands.Add(ReproduceCommand.Create(stdout, stderr));
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
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {Printable.Escape(error.Message)}");
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
}
