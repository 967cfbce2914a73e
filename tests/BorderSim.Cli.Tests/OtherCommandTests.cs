using System.Text.Json.Nodes;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Validate_accepts_every_shipped_scenario()
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "scenarios"), "*.yaml");
        var outcome = CliRunner.Run(["validate", .. files]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(files.Length, outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("ok: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_reports_every_bad_file_and_exits_2()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a.yaml"], "");
        File.WriteAllText(temp["b.yaml"], "name: b\n");
        var outcome = CliRunner.Run("validate", CliRunner.Scenario("baseline.yaml"), temp["a.yaml"], temp["b.yaml"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("ok: ", outcome.Stdout);
        Assert.Contains("a.yaml", outcome.Stderr);
        Assert.Contains("b.yaml:1:1: window: missing required key 'window'", outcome.Stderr);
    }

    [Fact]
    public void Schema_prints_a_json_schema()
    {
        var outcome = CliRunner.Run("schema");
        Assert.Equal(0, outcome.ExitCode);
        var schema = JsonNode.Parse(outcome.Stdout)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string)schema["$schema"]!);
        Assert.NotNull(schema["properties"]!["policies"]);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("schema")]
    public void Every_command_has_help_with_examples(string command)
    {
        var outcome = CliRunner.Run(command, "--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Examples", outcome.Stdout + outcome.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bordersim " + command, outcome.Stdout);
    }

    [Fact]
    public void An_unknown_command_or_option_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("fly").ExitCode);
        Assert.Equal(2, CliRunner.Run("run", CliRunner.Scenario("baseline.yaml"), "--wings").ExitCode);
    }
}
