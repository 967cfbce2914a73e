using System.CommandLine;
using BorderSim.Cli.Io;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim validate: checks scenario files and reports every problem in each.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var set = CommonOptions.Set();
        var command = new Command("validate",
            "Check scenario files without running them; exit code 2 if any is invalid.\n\n" +
            "Examples:\n" +
            "  bordersim validate scenarios/baseline.yaml\n" +
            "  bordersim validate scenarios/*.yaml")
        {
            files, set,
        };
        command.SetAction(parse =>
        {
            var overrides = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var invalid = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                if (ScenarioFile.TryLoad(path, overrides, stderr) is { } file)
                {
                    stdout.WriteLine($"ok: {path} ({file.Scenario.Name})");
                }
                else
                {
                    invalid++;
                }
            }

            return invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
