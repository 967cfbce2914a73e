using System.CommandLine;
using BorderSim.Cli.Io;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim validate: checks scenario files (and folders of them) and reports every problem in each.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("scenarios")
        {
            Description = "Scenario files, and folders of them (each .yaml, .yml and .json file in them, not in folders below, as run-all reads them).",
            Arity = ArgumentArity.OneOrMore,
        };
        var set = CommonOptions.Set();
        var observations = CommonOptions.Observations();
        var command = new Command("validate",
            "Check scenario files without running them and report every problem, each with file, line, column and key path;\n" +
            "exit code 2 if any is invalid.\n\n" +
            "Examples:\n" +
            "  bordersim validate scenarios/baseline.yaml\n" +
            "  bordersim validate scenarios\n" +
            "  bordersim validate my-scenario.yaml --observations scenarios/observations/border-2025.csv")
        {
            files, set, observations,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!
                .SelectMany(p => Directory.Exists(p) ? RunAll.FilesIn(p, p).Select(f => Path.Combine(p, Path.GetFileName(f))) : [p])
                .ToArray();
            var given = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var invalid = 0;
            foreach (var path in paths)
            {
                ScenarioFile? file = null;
                try
                {
                    file = ScenarioFile.TryLoad(path, ScenarioFile.WithObservations(given, path, parse.GetValue(observations)), stderr);
                }
                catch (UserError e)
                {
                    stderr.WriteLine($"error: {e.Message}");
                }

                if (file is not null)
                {
                    stdout.WriteLine($"ok: {path} ({file.Scenario.Name})");
                }
                else
                {
                    invalid++;
                }
            }

            if (paths.Length > 1)
            {
                stdout.WriteLine(invalid == 0 ? $"all {paths.Length} scenario files are valid" : $"{invalid} of {paths.Length} scenario files are invalid");
            }

            return invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
