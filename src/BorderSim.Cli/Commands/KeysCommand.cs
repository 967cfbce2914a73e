using System.CommandLine;
using BorderSim.Cli.Io;
using BorderSim.Cli.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Cli.Commands;

/// <summary>bordersim keys: every key path of the scenario format, with its value, unit, plausible range and meaning.</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "A scenario file: list its values (defaults included) at each key path, list entries by index. Without it: each key's default.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var set = CommonOptions.Set();
        var observations = CommonOptions.Observations();
        var format = new Option<string>("--format")
        {
            Description = "table (aligned columns), markdown or csv (every column: key_path, value, unit, limits, plausible, source, meaning).",
            HelpName = "table|markdown|csv",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "markdown", "csv");
        var command = new Command("keys", "List every key path --set can change, with its value, unit, plausible range and meaning.\n\n" +
            "Examples:\n" +
            "  bordersim keys\n" +
            "  bordersim keys scenarios/baseline.yaml\n" +
            "  bordersim keys scenarios/baseline.yaml --format csv > keys.csv")
        {
            scenario, set, observations, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(scenario);
            var overrides = ScenarioFile.ParseOverrides(parse.GetValue(set));
            var rows = path is null
                ? ParameterCatalog.All.Select(p => (Path: p.Path, Value: p.Default, Parameter: p)).ToArray()
                : ParameterCatalog.Values(ScenarioFile.Load(path, ScenarioFile.WithObservations(overrides, path, parse.GetValue(observations))).Scenario)
                    .Select(v => (v.Path, v.Value, v.Parameter)).ToArray();
            var value = path is null ? "default" : "value";
            var text = parse.GetValue(format) switch
            {
                "csv" => new TextTable(
                    ["key_path", value, "unit", "limits", "plausible", "source", "meaning"],
                    [.. rows.Select(r => (IReadOnlyList<string>)[r.Path, r.Value, r.Parameter.Unit, r.Parameter.LimitsText, r.Parameter.PlausibleText, r.Parameter.Source, r.Parameter.Meaning])]).Csv(),
                var f => Table(f == "markdown", value, rows),
            };
            stdout.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Table(bool markdown, string value, IReadOnlyList<(string Path, string Value, Parameter Parameter)> rows)
    {
        var table = new TextTable(
            ["key path", value, "unit", "plausible", "meaning"],
            [.. rows.Select(r => (IReadOnlyList<string>)[markdown ? $"`{r.Path}`" : r.Path, Shorten(r.Value), r.Parameter.Unit, r.Parameter.PlausibleText, r.Parameter.Meaning])]);
        return markdown ? table.Markdown() : table.Aligned();
    }

    /// <summary>A long text value (a description) cut to fit a column.</summary>
    private static string Shorten(string value)
    {
        var line = value.ReplaceLineEndings(" ").Trim();
        return line.Length <= 40 ? line : line[..39] + "…";
    }
}
