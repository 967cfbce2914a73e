using System.Text;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests.Hostile;

/// <summary>Malformed scenario files and overrides: exit 2 with a message naming the file, never "this is a bug", never a crash.</summary>
public sealed class MalformedFileTests
{
    private static string Baseline(TempFolder temp) => File.ReadAllText(HostileScenario.Write(temp["plain.yaml"]));

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        using var temp = new TempFolder();
        var file = temp["bom.yaml"];
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Baseline(temp))]);
        var outcome = CliRunner.Run("validate", file);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Theory]
    [InlineData("utf-16le-bom", "UTF-16 (little-endian)")]
    [InlineData("utf-16be-bom", "UTF-16 (big-endian)")]
    [InlineData("utf-32le-bom", "UTF-32 (little-endian)")]
    [InlineData("utf-32be-bom", "UTF-32 (big-endian)")]
    [InlineData("utf-16le", "UTF-16 (little-endian)")]
    [InlineData("utf-16be", "UTF-16 (big-endian)")]
    public void Utf16_and_utf32_files_are_named_as_such(string encoding, string named)
    {
        using var temp = new TempFolder();
        var text = Baseline(temp);
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(text)],
            "utf-16be-bom" => [.. new UnicodeEncoding(true, true).GetPreamble(), .. new UnicodeEncoding(true, false).GetBytes(text)],
            "utf-32le-bom" => [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(text)],
            "utf-32be-bom" => [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, false).GetBytes(text)],
            "utf-16le" => new UnicodeEncoding(false, false).GetBytes(text),
            _ => new UnicodeEncoding(true, false).GetBytes(text),
        };
        var file = temp["wide.yaml"];
        File.WriteAllBytes(file, bytes);
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"wide.yaml: the file is {named} text; save it as UTF-8", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_with_their_line_and_column()
    {
        using var temp = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(Baseline(temp).Replace("label: Joint patrols", "label: Joint patrols XX", StringComparison.Ordinal)).ToList();
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        var at = Encoding.UTF8.GetByteCount(text[..(text.IndexOf(" XX", StringComparison.Ordinal) + 1)]);
        bytes[at] = 0xC3; // a lead byte followed by 'X': invalid
        bytes[at + 1] = (byte)'(';
        var file = temp["latin.yaml"];
        File.WriteAllBytes(file, bytes.ToArray());
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        var line = text[..text.IndexOf(" XX", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Matches($@"latin\.yaml:{line}:\d+: not UTF-8 text: byte 0xC3", outcome.Stderr);
    }

    [Fact]
    public void A_flow_parser_state_yamldotnet_rejects_oddly_is_invalid_yaml()
    {
        using var temp = new TempFolder();
        var file = temp["odd.yaml"];
        File.WriteAllText(file, "name: x\nwindow: { [: 1 }\npopulation: 2\n"); // YamlDotNet threw InvalidOperationException here

        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("odd.yaml:2:", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ a: [")]
    [InlineData("[[[[:")]
    [InlineData("a: { [: 1 }")]
    [InlineData("? [: 1")]
    [InlineData("{ ? : }")]
    [InlineData("a: { [: 1 }\nb: 2")]
    [InlineData("a: { [: 1 }\n")]
    public void Odd_fragments_are_invalid_yaml_not_bugs(string fragment)
    {
        using var temp = new TempFolder();
        var file = temp["odd.yaml"];
        File.WriteAllText(file, fragment);
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("odd.yaml", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("window: ", "[", "]")]
    [InlineData("window: ", "{a: ", "}")]
    [InlineData("window:\n  ", "- ", "")]
    public void Nesting_twenty_thousand_deep_is_refused_before_parsing(string key, string open, string close)
    {
        using var temp = new TempFolder();
        var file = temp["deep.yaml"];
        File.WriteAllText(file, "name: deep\n" + key + string.Concat(Enumerable.Repeat(open, 20_000)) + "1" + string.Concat(Enumerable.Repeat(close, 20_000)) + "\n");
        // In a process of its own: before the bound, YamlDotNet's recursion overflowed the stack and killed the process.
        var outcome = BorderSimProcess.Run(["validate", file]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches(@"deep\.yaml:[23]:\d+: mappings and lists nested more than 32 levels deep", outcome.Stderr);
        Assert.Contains("nested more than 32 levels deep", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_set_twice_on_the_command_line_is_invalid_input()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", "seed=1", "--set", "seed=2");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--set seed=2: seed is already set by --set seed=1", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("policies[2].start=9999-12-01")]
    [InlineData("window.end=9999-12-31")]
    [InlineData("policies[0].start=0001-01-01")]
    [InlineData("policies[2].duration_days=2147483647")]
    public void Dates_at_the_edge_of_the_calendar_are_invalid_input(string set)
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", set);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--set {set}", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_bound_is_refused_before_it_is_parsed()
    {
        using var temp = new TempFolder();
        var file = temp["big.yaml"];
        File.WriteAllText(file, Baseline(temp) + "\n# " + new string('x', 1_100_000) + "\n");
        var outcome = CliRunner.Run("validate", file);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("big.yaml: the file is larger than 1 MiB", outcome.Stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Dev_zero_as_a_scenario_is_not_a_regular_file()
    {
        var outcome = BorderSimProcess.Run(["validate", "/dev/zero"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("/dev/zero: not a regular file (a character device)", outcome.Stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_fifo_as_a_scenario_is_refused_without_waiting_for_a_writer()
    {
        using var temp = new TempFolder();
        var fifo = temp["pipe.yaml"];
        Assert.Equal(0, Posix.MakeFifo(fifo, Convert.ToUInt32("600", 8)));
        var outcome = BorderSimProcess.Run(["validate", fifo]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("pipe.yaml: not a regular file (a FIFO)", outcome.Stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Observations_that_are_a_device_or_a_fifo_are_refused()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Posix.MakeFifo(temp["obs.csv"], Convert.ToUInt32("600", 8)));
        var zero = HostileScenario.Write(temp["zero.yaml"], t => t.Replace("observations: observations/border-2025.csv", "observations: /dev/zero", StringComparison.Ordinal));
        var fifo = HostileScenario.Write(temp["fifo.yaml"], t => t.Replace("observations: observations/border-2025.csv", "observations: obs.csv", StringComparison.Ordinal));
        var outcome = BorderSimProcess.Run(["validate", zero, fifo]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("zero.yaml: observations: /dev/zero: not a regular file (a character device)", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("fifo.yaml: observations: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("obs.csv: not a regular file (a FIFO)", outcome.Stderr, StringComparison.Ordinal);
    }

    [UnixFact]
    public void An_observations_file_that_is_not_one_names_the_scenario_that_chose_it()
    {
        using var temp = new TempFolder();
        var file = HostileScenario.Write(temp["s.yaml"]);
        var outcome = CliRunner.Run("validate", file, "--set", "observations=/etc/passwd");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("passwd:1:1: expected the header date,time,metric,value,low,high,source,quote (the observations of " + file + ")", outcome.Stderr, StringComparison.Ordinal);
    }
}
