using System.Globalization;
using BorderSim.Core.Policies;
using BorderSim.Core.Time;

namespace BorderSim.Core.Scenarios;

/// <summary>The checks that need more than one value: dates in order, schedules that add up, policies that do not contradict each other.</summary>
internal static class ScenarioValidator
{
    /// <summary>
    /// Yields every problem found. Runs after binding even when binding found problems, so all are reported at once:
    /// each check skips the parts that did not bind (left null).
    /// </summary>
    /// <param name="s">The scenario as bound.</param>
    /// <param name="overridden">Key paths set by --set: their values are not held to the uncertainty section's ranges (a sweep or a what-if may go beyond them).</param>
    /// <param name="reported">Key paths binding already reported: their values did not bind and read as their defaults, so they are not held to the ranges either, and the capacity schedule's checks skip a block whose hour is one of them (its hours are then named as not covered).</param>
    public static IEnumerable<(string Path, string Message)> Check(Scenario s, IReadOnlySet<string> overridden, IReadOnlySet<string> reported)
    {
        if (s.Name is { } name && ScenarioName.Problem(name) is { } nameProblem)
        {
            yield return ("name", nameProblem);
        }

        // An end left out binds as DateOnly.MinValue (already reported as missing): no second message about its order.
        if (s.Window is { } window && window.End != default && window.End < window.Start)
        {
            yield return ("window.end", $"the window ends ({Date(window.End)}) before it starts ({Date(window.Start)})");
        }

        if (s.Window is { } w && w.End != default && w.Start != default && w.End.DayNumber - w.Start.DayNumber + 1 is var days && days > ScenarioLimits.MaxWindowDays)
        {
            yield return ("window.end", string.Create(CultureInfo.InvariantCulture,
                $"the window lasts {days:N0} days; at most {ScenarioLimits.MaxWindowDays:N0} (five years), so a run takes seconds, not hours"));
        }

        foreach (var problem in CheckLists(s))
        {
            yield return problem;
        }

        if (s.Tick is not null && !TickLength.TryParse(s.Tick, out _))
        {
            yield return ("tick", $"expected 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h (a whole number of hours that divides a day), found '{s.Tick}'");
        }

        if (s.Population?.GroupSizes is { } sizes && (sizes.Count == 0 || sizes.Sum(g => g?.Share ?? 0) <= 0))
        {
            yield return ("population.group_sizes", "give at least one group size with a share above zero");
        }

        var nationalities = (s.Population?.Nationalities ?? []).Where(n => n?.Name is not null).ToArray();
        if (s.Population?.Nationalities is not null && (nationalities.Length == 0 || nationalities.Sum(n => n.Share) <= 0))
        {
            yield return ("population.nationalities", "give at least one nationality with a share above zero");
        }

        if (nationalities.Length > ScenarioLimits.MaxListItems)
        {
            yield return ("population.nationalities", string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxListItems} nationalities, found {nationalities.Length}"));
        }

        var listed = s.Population?.Nationalities ?? [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < listed.Count; i++)
        {
            if (listed[i]?.Name is { } nationality && !seen.Add(nationality))
            {
                yield return ($"population.nationalities[{i}].name", $"'{nationality}' is listed twice");
            }
        }

        foreach (var problem in CheckSchedule(s.Border?.CapacitySchedule is { Count: <= 24 } schedule ? schedule : null, reported))
        {
            yield return problem;
        }

        foreach (var problem in CheckPolicies(s))
        {
            yield return problem;
        }

        foreach (var problem in UncertainInputs.Check(s, overridden.Union(reported).ToHashSet(StringComparer.Ordinal)))
        {
            yield return problem;
        }
    }

    /// <summary>Lists bounded so that a run draws every policy and event, and labels a chart can print.</summary>
    private static IEnumerable<(string Path, string Message)> CheckLists(Scenario s)
    {
        if (s.Policies is { Count: > ScenarioLimits.MaxPolicies } policies)
        {
            yield return ("policies", string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxPolicies} policies, found {policies.Count}"));
        }

        if (s.Events is { Count: > ScenarioLimits.MaxEvents } events)
        {
            yield return ("events", string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxEvents} events, found {events.Count}"));
        }

        if (s.Population?.GroupSizes is { Count: > ScenarioLimits.MaxListItems } sizes)
        {
            yield return ("population.group_sizes", string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxListItems} group sizes, found {sizes.Count}"));
        }

        if (s.Border?.CapacitySchedule is { Count: > 24 } blocks)
        {
            yield return ("border.capacity_schedule", string.Create(CultureInfo.InvariantCulture, $"at most 24 blocks (one an hour), found {blocks.Count}"));
        }

        var labels = (s.Policies ?? []).Select((p, i) => ($"policies[{i}].label", p?.Label))
            .Concat((s.Events ?? []).Select((e, i) => ($"events[{i}].label", e?.Label)));
        foreach (var (path, label) in labels)
        {
            if (label is { Length: > ScenarioLimits.MaxLabelLength })
            {
                yield return (path, string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxLabelLength} characters, found {label.Length} (a chart prints it)"));
            }
        }
    }

    /// <summary>The capacity blocks cover the day once each; null: a schedule that did not bind or is too long, already reported.</summary>
    private static IEnumerable<(string Path, string Message)> CheckSchedule(IReadOnlyList<CapacityBlock>? schedule, IReadOnlySet<string> reported)
    {
        if (schedule is null)
        {
            yield break;
        }

        if (schedule.Count == 0)
        {
            yield return ("border.capacity_schedule", "give at least one block: with none the control would be shut all day (give a block with persons_per_hour: 0 if that is meant)");
            yield break;
        }

        var covered = new int[24];
        for (var i = 0; i < schedule.Count; i++)
        {
            var block = schedule[i];
            if (block is null || reported.Contains($"border.capacity_schedule[{i}].from_hour") || reported.Contains($"border.capacity_schedule[{i}].to_hour"))
            {
                continue; // an hour missing, not a whole number or outside the day: already reported, and read as 0, which the file does not say
            }

            if (block.ToHour <= block.FromHour)
            {
                yield return ($"border.capacity_schedule[{i}].to_hour", $"the block ends (hour {block.ToHour}) before or when it starts (hour {block.FromHour})");
                continue;
            }

            for (var h = block.FromHour; h < block.ToHour; h++)
            {
                covered[h]++;
            }
        }

        var gaps = Enumerable.Range(0, 24).Where(h => covered[h] == 0).ToArray();
        var overlaps = Enumerable.Range(0, 24).Where(h => covered[h] > 1).ToArray();
        if (gaps.Length > 0)
        {
            yield return ("border.capacity_schedule", $"the blocks must cover every hour of the day; hours not covered: {string.Join(", ", gaps)} (give a block with persons_per_hour: 0 for hours the control is shut)");
        }

        if (overlaps.Length > 0)
        {
            yield return ("border.capacity_schedule", $"blocks overlap at hours {string.Join(", ", overlaps)}");
        }
    }

    private static IEnumerable<(string Path, string Message)> CheckPolicies(Scenario s)
    {
        var policies = s.Policies ?? [];
        var complete = s.Population?.Nationalities?.All(n => n?.Name is not null) == true;
        for (var i = 0; i < policies.Count; i++)
        {
            var p = policies[i];
            if (p?.Effects is null)
            {
                continue;
            }

            var path = $"policies[{i}]";
            if (p.End is not null && p.DurationDays is not null)
            {
                yield return ($"{path}.duration_days", "give end or duration_days, not both");
            }

            if (p.End is { } end && end < p.Start)
            {
                yield return ($"{path}.end", $"the policy ends ({Date(end)}) before it starts ({Date(p.Start)})");
            }

            if (!p.Effects.All().Any())
            {
                yield return ($"{path}.effects", "give at least one effect");
            }

            foreach (var effect in complete ? p.Effects.All() : [])
            {
                foreach (var (relative, message) in effect.Validate(s))
                {
                    yield return ($"{path}.effects.{effect.Key}.{relative}", message);
                }
            }

            // Pairs of policies: quadratic, so only within the bound (64² pairs at most); a longer list is reported above.
            for (var j = 0; j < i && policies.Count <= ScenarioLimits.MaxPolicies; j++)
            {
                var q = policies[j];
                if (q?.Effects is null || !p.Enabled || !q.Enabled)
                {
                    continue;
                }

                // Apart from the test above, so that `from` is assigned on every path (Stryker's mutants of `||` compile).
                if (!Overlap(p, q, out var from, out var to))
                {
                    continue;
                }

                foreach (var a in p.Effects.All())
                {
                    foreach (var b in q.Effects.All())
                    {
                        if (a.GetType() == b.GetType() && a.Contradicts(b))
                        {
                            var until = to is { } t ? Date(t) : "the end of the window";
                            yield return ($"{path}.effects.{a.Key}", $"contradicts policy '{q.Label}' (policies[{j}]) from {Date(from)} to {until}: two different {a.Key} settings cannot be in force on the same day");
                        }
                    }
                }
            }
        }
    }

    private static bool Overlap(PolicyEntry a, PolicyEntry b, out DateOnly from, out DateOnly? to)
    {
        from = a.Start > b.Start ? a.Start : b.Start;
        to = (a.LastDay, b.LastDay) switch
        {
            (null, null) => null,
            (null, { } y) => y,
            ({ } x, null) => x,
            ({ } x, { } y) => x < y ? x : y,
        };
        return to is not { } last || last >= from;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
