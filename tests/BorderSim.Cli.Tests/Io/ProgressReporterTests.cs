using System.Text.RegularExpressions;
using BorderSim.Cli.Io;

namespace BorderSim.Cli.Tests.Io;

public sealed class ProgressReporterTests
{
    [Fact]
    public void In_a_log_it_writes_a_line_at_every_tenth_and_at_the_end()
    {
        var log = new StringWriter();
        var progress = new ProgressReporter(log, "replicates", 25, terminal: false);
        for (var i = 0; i < 25; i++)
        {
            progress.Advance();
        }
        progress.Finish();

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length); // 3, 5, 8, 10, 13, 15, 18, 20, 23 done, then 25
        Assert.All(lines, l => Assert.Matches(@"^replicates: \d+/25 \(\d+%\), elapsed \d+:\d\d, about \d+:\d\d left$", l));
        Assert.StartsWith("replicates: 25/25 (100%)", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', log.ToString());
        Assert.Equal(25, progress.Done);
    }

    [Fact]
    public void On_a_terminal_it_redraws_one_bar_in_place_and_ends_the_line()
    {
        var terminal = new StringWriter();
        var progress = new ProgressReporter(terminal, "runs", 4, terminal: true);
        for (var i = 0; i < 4; i++)
        {
            progress.Advance();
        }
        progress.Finish();

        var text = terminal.ToString();
        Assert.Equal(4, text.Count(c => c == '\r'));
        Assert.EndsWith("\n", text.TrimEnd(' '), StringComparison.Ordinal);
        var last = text.Split('\r')[^1];
        Assert.Matches(@"^\[#{30}\] runs: 4/4 \(100%\), elapsed", last);
        Assert.Contains("[#######.......................] runs: 1/4 (25%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_threads_count_every_step_once()
    {
        var log = new StringWriter();
        var progress = new ProgressReporter(log, "runs", 10_000, terminal: false);
        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => progress.Advance());
        Assert.Equal(10_000, progress.Done);
        var percents = Regex.Matches(log.ToString(), @"\((\d+)%\)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(100, percents[^1]);
        Assert.InRange(percents.Length, 1, 10); // at most one line per tenth, even when threads race for it
        Assert.Equal(percents.Order(), percents);
    }
}
