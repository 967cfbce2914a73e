using System.CommandLine;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim schema: prints the JSON Schema of scenario files.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema",
            "Print the JSON Schema of the scenario format, for editors that complete and check YAML or JSON.\n\n" +
            "Examples:\n" +
            "  bordersim schema > scenario.schema.json");
        command.SetAction(_ =>
        {
            stdout.Write(ScenarioJson.Schema());
            return ExitCodes.Success;
        });
        return command;
    }
}
