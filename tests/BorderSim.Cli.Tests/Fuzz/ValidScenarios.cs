using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace BorderSim.Cli.Tests.Fuzz;

/// <summary>Random valid scenarios: the fast baseline with --set overrides drawn within each parameter's plausible range.</summary>
internal static class ValidScenarios
{
    public static Gen<string[]> Overrides { get; } =
        Gen.Select(
            Gen.Select(Gen.Long[0, (1L << 53) - 1], Gen.Int[0, 7], Gen.Int[0, 500], Gen.Int[1_000, 400_000]),
            Gen.Select(Gen.Double[0.01, 2], Gen.Double[0.01, 1.5], Gen.Double[0, 1], Gen.Int[0, 60]),
            Gen.Select(Gen.Int[1, 120], Gen.Double[0.2, 4], Gen.Int[0, 20], Gen.Int[0, 100]),
            (a, b, c) => new[]
            {
                $"seed={a.Item1}",
                $"tick={new[] { "1h", "2h", "3h", "4h", "6h", "8h", "12h", "24h" }[a.Item2]}",
                $"population.base_departures_persons_per_day={a.Item3}",
                $"population.pool_persons={a.Item4}",
                Invariant($"behaviour.give_up_rate_per_day={b.Item1}"),
                Invariant($"behaviour.irregular_attempt_rate_per_day={b.Item2}"),
                Invariant($"behaviour.direct_irregular_share={b.Item3}"),
                $"policies[2].start={new DateOnly(2025, 11, 8).AddDays(b.Item4):yyyy-MM-dd}",
                $"policies[2].duration_days={c.Item1}",
                Invariant($"policies[0].effects.departures.multiplier={c.Item2}"),
                $"policies[3].start={new DateOnly(2025, 11, 10).AddDays(c.Item3):yyyy-MM-dd}",
                $"border.capacity_schedule[1].persons_per_hour={c.Item4 * 10}",
            });

    /// <summary>Every day, persons departed = persons in the system + persons at each outcome, and the pool accounts for the rest.</summary>
    public static void AssertNoPersonLost(string dailyCsv, string summaryJson)
    {
        var rows = File.ReadAllLines(dailyCsv);
        var header = rows[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidOperationException($"daily.csv has no {name}");
        var departures = Column("total_departures");
        var inSystem = Column("in_system");
        var pool = Column("pool_remaining");
        var outcomes = new[] { "total_crossed_regular", "total_crossed_irregular", "total_left_by_corridor", "total_repatriated", "total_returned_inland" }.Select(Column).ToArray();
        var summary = JsonNode.Parse(File.ReadAllText(summaryJson))!;
        var poolPersons = (long)summary["departed"]! + (long)summary["pool_remaining"]!;
        foreach (var row in rows.Skip(1))
        {
            var fields = row.Split(',');
            long F(int column) => long.Parse(fields[column], NumberStyles.None, CultureInfo.InvariantCulture);
            Assert.True(F(departures) == F(inSystem) + outcomes.Sum(F), $"persons lost on {fields[0]}: {row}");
            Assert.Equal(poolPersons, F(pool) + F(departures));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
