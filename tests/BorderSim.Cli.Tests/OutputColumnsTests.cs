using System.Text.Json;
using System.Text.RegularExpressions;
using BorderSim.Cli.Tests.Support;
using BorderSim.Core.Results;

namespace BorderSim.Cli.Tests;

/// <summary>
/// docs/OUTPUTS.md documents every column of every CSV file and every key of the JSON files: a run, an ensemble, a
/// sweep and a comparison are written, and their headers are checked against the documentation in both directions
/// (every column written is documented; every column documented is written).
/// </summary>
public sealed partial class OutputColumnsTests : IClassFixture<OutputColumnsTests.Outputs>
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "OUTPUTS.md"));

    private readonly Outputs _outputs;

    public OutputColumnsTests(Outputs outputs) => _outputs = outputs;

    public static TheoryData<string, string> Files() => new()
    {
        { "run: daily.csv", "run/daily.csv" },
        { "run: ticks.csv", "run/ticks.csv" },
        { "run: summary.json", "run/summary.json" },
        { "run: manifest.json", "run/manifest.json" },
        { "ensemble: replicates.csv", "ensemble/replicates.csv" },
        { "ensemble: key_figures.csv", "ensemble/key_figures.csv" },
        { "ensemble: daily.csv", "ensemble/daily.csv" },
        { "ensemble: summary.json", "ensemble/summary.json" },
        { "sweep: sweep.csv", "sweep/sweep.csv" },
        { "sweep: points.csv", "sweep/points.csv" },
        { "comparison: comparison.csv", "comparison/comparison.csv" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_column_written_is_documented_and_every_column_documented_is_written(string section, string file)
    {
        var names = Names(Path.Combine(_outputs.Folder, file));
        var documented = Documented(section);
        Assert.NotEmpty(documented);
        foreach (var name in names)
        {
            Assert.True(documented.Any(d => d.Matches(name)), $"{file}: the column '{name}' is not in docs/OUTPUTS.md, section '{section}'");
        }

        foreach (var entry in documented)
        {
            Assert.True(names.Any(entry.Matches), $"docs/OUTPUTS.md, section '{section}', documents '{entry.Text}', which {file} does not have");
        }
    }

    [Fact]
    public void The_key_figures_table_lists_the_key_figures_in_their_order()
    {
        var documented = Documented("The key figures").Select(d => d.Text).ToArray();
        var expected = KeyFigureDefinitions.All.Select(k => k.Name).ToList();
        expected.Insert(1, KeyFigureDefinitions.PeakStrandedDate);
        Assert.Equal(expected, documented);
    }

    /// <summary>A CSV file's header, or a JSON file's top-level keys.</summary>
    private static IReadOnlyList<string> Names(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal)
            ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateObject().Select(p => p.Name).ToArray()
            : File.ReadLines(path).First().Split(',');

    /// <summary>The names in the first column of the table under the heading that ends with <paramref name="section"/>.</summary>
    private static IReadOnlyList<Entry> Documented(string section)
    {
        var lines = Documentation.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimEnd().EndsWith(section, StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/OUTPUTS.md has no section '{section}'");
        var entries = new List<Entry>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
        {
            if (!lines[i].StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cell = lines[i].Split('|')[1];
            if (cell.Contains('…', StringComparison.Ordinal))
            {
                // "`peak_stranded` … `shelter_admissions`": the key figures that are not outcomes, with the peak's date.
                entries.AddRange(KeyFigureDefinitions.All.Where(k => !k.IsOutcome).Select(k => new Entry(k.Name)));
                entries.Add(new Entry(KeyFigureDefinitions.PeakStrandedDate));
                entries.Add(new Entry("outcomes"));
                continue;
            }

            entries.AddRange(Backticked().Matches(cell).Select(m => new Entry(m.Groups[1].Value)));
        }

        return entries;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>A documented name: literal, or a family written with placeholders in angle brackets.</summary>
    private sealed record Entry(string Text)
    {
        private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
        {
            ["<column>"] = "(" + string.Join('|', DailyColumns.All.Select(c => Regex.Escape(c.Name))) + ")",
            ["<key figure>"] = "(" + string.Join('|', KeyFigureDefinitions.All.Select(k => k.Name).Append(KeyFigureDefinitions.PeakStrandedDate)) + ")",
            ["<figure>"] = "(peak_stranded|stranded_person_days|queued_person_days|crossed_regular|crossed_irregular|left_by_corridor|repatriated|returned_inland)",
            ["<metric>"] = "[a-z_]+",
            ["<yyyymmdd>"] = @"\d{8}",
            ["<hhmm>"] = @"\d{4}(_\d+)?",
            ["<varied parameter>"] = @"[a-z][a-z0-9_]*\.[a-z0-9_.]+",
        };

        public bool Matches(string name)
        {
            if (!Text.Contains('<', StringComparison.Ordinal))
            {
                return Text == name;
            }

            var pattern = Regex.Escape(Text);
            foreach (var (placeholder, regex) in Placeholders)
            {
                pattern = pattern.Replace(Regex.Escape(placeholder), regex, StringComparison.Ordinal);
            }

            return Regex.IsMatch(name, "^" + pattern + "$");
        }
    }

    /// <summary>A run, an ensemble, a sweep and a comparison of a short baseline, written once for all the tests.</summary>
    public sealed class Outputs : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Outputs()
        {
            var scenario = CliRunner.Scenario("baseline.yaml");
            string[] shorter = ["--tick", "24h", "--set", "window.end=2025-12-05", "--no-charts"];
            Run(["run", scenario, .. shorter, "--out", _temp["run"]]);
            Run(["run", scenario, "--replicates", "3", .. shorter, "--out", _temp["ensemble"]]);
            Run(["sweep", scenario, "--vary", "policies[2].duration_days=30,60", "--replicates", "2", .. shorter, "--out", _temp["sweep"]]);
            Run(["compare", _temp["run"], _temp["ensemble"], "--out", _temp["comparison"]]);
        }

        public string Folder => _temp.Path;

        public void Dispose() => _temp.Dispose();

        private static void Run(string[] args)
        {
            var outcome = CliRunner.Run(args);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        }
    }
}
