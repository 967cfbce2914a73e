using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BorderSim.Core.Randomness;
using BorderSim.Core.Time;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Every parameter of the scenario format, in one table: key path, meaning, unit, hard limits, plausible range and
/// source. The loader's range checks, the JSON Schema, 'bordersim keys', the parameter table of docs/ODD.md (checked by
/// a test) and the sensitivity analysis all read it, so a parameter is described in this one place. The kind and the
/// default of each are read off the records the loader fills, so they cannot drift from the code.
/// </summary>
public static partial class ParameterCatalog
{
    private const string Effects = "policies[].effects.";

    /// <summary>Every parameter, in the order of the scenario format (run settings, population, travel, border, behaviour, policies, events, uncertainty).</summary>
    public static ImmutableArray<Parameter> All { get; } = Build(
    [
        // Run settings
        P("name", "scenario name; the default output folder is results/<name>/", "text", null, null, "–"),
        P("description", "the question the scenario answers", "text", null, null, "–"),
        P("seed", "random seed: one seed gives byte-identical outputs (below 2^53, so every tool reads it exactly)", "–", new(0, RandomStreams.MaxSeed), null, "–", "any"),
        P("window.start", "first simulated day", "date", null, null, "assumption: spin-up before the 17 Nov observation (CALIBRATION.md)", "early–mid Nov 2025"),
        P("window.end", "last simulated day, included", "date", null, null, "the December–March window", "2026-03-11 or later"),
        P("tick", "how often the state is written to ticks.csv; no other output depends on it", "hours", null, null, "a choice of output detail, not an assumption", "1h–24h"),
        P("observations", "CSV of observed counts, relative to the scenario file", "path", null, null, "003, 004"),

        // Population and travel
        P("population.pool_persons", "persons who may leave at the start", "persons", new(0, 100_000_000), new(330_000, 336_000), "003 (336,000), 004 (about 330,000)"),
        P("population.base_departures_persons_per_day", "departures per day before multipliers, full pool", "persons/day", new(0, 1_000_000), new(40, 150), "assumption, calibrated to 003's 30–50 irregular crossings a day"),
        P("population.group_sizes[].size", "persons in a group", "persons", new(1, 20), new(1, 8), "assumption"),
        P("population.group_sizes[].share", "share of groups of that size (normalised)", "fraction", new(0, 1), null, "assumption", "30–70 % of groups alone"),
        P("population.nationalities[].name", "nationality", "text", null, null, "002"),
        P("population.nationalities[].share", "share of groups (normalised)", "fraction", new(0, 1), new(0.02, 0.9), "003 \"most of them Venezuelans\"; shares assumption", "Venezuela 0.6–0.9, others 0.02–0.15"),
        P("population.nationalities[].documented_share", "share holding documents Peru accepts", "fraction", new(0, 1), new(0, 0.5), "assumption"),
        P("population.vulnerable_share_singles", "P(vulnerable) for a person alone", "probability", new(0, 1), new(0.02, 0.15), "assumption"),
        P("population.vulnerable_share_families", "P(vulnerable) for a group of 2 or more", "probability", new(0, 1), new(0.4, 0.9), "assumption; 003 describes families"),
        P("population.smuggler_money_share", "P(group can pay a smuggler)", "probability", new(0, 1), new(0.1, 0.5), "assumption"),
        P("population.patience_days.mean", "mean stranded time before impatience", "days", new(0.001, 10_000), new(2, 14), "assumption"),
        P("population.patience_days.shape", "Gamma shape of patience (1 exponential; larger, less spread)", "–", new(0.1, 1_000), new(1, 8), "assumption"),
        P("travel.travel_days.mean", "mean time from home to Arica", "days", new(0.001, 10_000), new(1, 7), "assumption"),
        P("travel.travel_days.shape", "Gamma shape of travel time", "–", new(0.1, 1_000), new(2, 10), "assumption"),

        // Border
        P("border.default_entry_rule", "Peru's rule when no policy sets one", "choice", null, null, "002 (\"no longer allows\", i.e. did before)"),
        P("border.default_vulnerable_exempt", "vulnerable groups admitted when no policy sets the rule", "boolean", null, null, "assumption"),
        P("border.capacity_schedule[].from_hour", "first hour of a block of Chacalluta's day", "hour", new(0, 23), null, "assumption", "blocks cover 0–24h without overlap"),
        P("border.capacity_schedule[].to_hour", "end hour of the block, excluded (24 for midnight)", "hour", new(1, 24), null, "assumption", "blocks cover 0–24h without overlap"),
        P("border.capacity_schedule[].persons_per_hour", "Chacalluta's exit processing in the block", "persons/hour", new(0, 1_000_000), new(50, 1_200), "assumption", "×0.5–×2 of the baseline's 100 at night and 600 by day"),
        P("border.ordinary_travellers_persons_per_day", "weekday traffic at the exit control not in the model's pool", "persons/day", new(0, 10_000_000), new(2_000, 8_000), "assumption"),
        P("border.weekend_tourists_persons", "extra tourists over a weekend (Saturday and Sunday together)", "persons", new(0, 10_000_000), new(10_000, 25_000), "003 (\"barely number 10,000\"; 25,000 before the pandemic)"),

        // Behaviour
        P("behaviour.direct_irregular_share", "P(undocumented arrival heads straight for the irregular route), before money and deterrence", "probability", new(0, 1), new(0.2, 0.8), "assumption, calibrated (003: 30–50 irregular crossings a day; 100 stranded 27 Nov)"),
        P("behaviour.irregular_attempt_rate_per_day", "stranded group's rate of trying the irregular route", "1/day", new(0, 1_000), new(0.1, 1), "assumption; 003: attempts on 1 Dec"),
        P("behaviour.money_multiplier", "multiplier on irregular choices of groups with money for a smuggler", "–", new(0, 1_000), new(1, 4), "assumption; 002: smuggling routes"),
        P("behaviour.impatience_multiplier", "multiplier on attempting and giving up once patience has run out", "–", new(0, 1_000), new(1, 5), "assumption"),
        P("behaviour.give_up_rate_per_day", "stranded group's rate of returning inland", "1/day", new(0, 1_000), new(0.1, 1.5), "assumption, calibrated (003: \"declined in recent days\")"),
        P("behaviour.represent_rate_per_day", "rate of presenting again once the entry rule admits the group", "1/day", new(0, 1_000), new(0.5, 5), "assumption"),
        P("behaviour.queue.give_up_rate_per_day", "queued group's rate of giving up and returning inland", "1/day", new(0, 1_000), new(0, 2), "assumption"),
        P("behaviour.queue.irregular_attempt_rate_per_day", "undocumented queued group's rate of leaving the queue for the irregular route, times the money multiplier and (1 − deterrence)", "1/day", new(0, 1_000), new(0, 2), "assumption; 002: pushed \"to move through irregular routes\""),
        P("behaviour.irregular_route.duration_days.mean", "mean time on the irregular route", "days", new(0.001, 10_000), new(0.5, 4), "assumption; 003: \"rugged and inaccessible\" terrain"),
        P("behaviour.irregular_route.duration_days.shape", "Gamma shape of the route's duration", "–", new(0.1, 1_000), new(1, 10), "assumption"),
        P("behaviour.irregular_route.detection_rate_per_day", "detection hazard on the route before militarization", "1/day", new(0, 1_000), new(0.02, 0.5), "assumption; 003: few resources before"),
        P("behaviour.irregular_route.intercepted_returned_inland_share", "share of intercepted groups sent inland (the rest are stranded again)", "probability", new(0, 1), new(0, 0.5), "assumption"),

        // Policies
        P("policies[].label", "name of the policy on charts and in reports", "text", null, null, "–"),
        P("policies[].start", "first day in force", "date", null, null, "000–004 (dates), some inferred"),
        P("policies[].end", "last day in force, included (or duration_days; neither: to the window's end)", "date", null, null, "000–004"),
        P("policies[].duration_days", "days in force, counting the start day (instead of end)", "days", new(1, 100_000), null, "002, 003 (60 days)"),
        P("policies[].source", "source or reasoning for the policy", "text", null, null, "–"),
        P(Effects + "entry_rule.rule", "Peru's entry rule at Santa Rosa", "choice", null, null, "002, 000"),
        P(Effects + "entry_rule.vulnerable_exempt", "admit vulnerable groups whatever the rule", "boolean", null, null, "003"),
        P(Effects + "militarization.detection_multiplier", "multiplier on the irregular route's detection hazard", "–", new(0, 1_000), new(1, 5), "assumption; 002, 003 (troops, patrols)", "×1.5–×5 for troops, ×1–×2 for patrols"),
        P(Effects + "militarization.deterrence", "share of irregular choices deterred, compounded over policies", "fraction", new(0, 1), new(0, 0.6), "assumption", "0.1–0.6 for troops, 0–0.3 for patrols"),
        P(Effects + "militarization.intercepted_returned_inland_share", "overrides the behaviour's share of intercepted groups sent inland while in force", "probability", new(0, 1), new(0, 0.5), "assumption"),
        P(Effects + "corridor.places_per_day", "persons the humanitarian corridor takes per day", "persons/day", new(0, 10_000_000), new(50, 2_000), "assumption; 000, 001"),
        P(Effects + "corridor.nationalities[]", "a nationality the corridor admits (none listed: all)", "text", null, null, "000, 001"),
        P(Effects + "corridor.documents_required", "only groups holding documents may use the corridor", "boolean", null, null, "assumption"),
        P(Effects + "sheltering.places_per_day", "persons taken into shelters in Chile per day", "persons/day", new(0, 10_000_000), new(0, 500), "assumption; 002: \"no contingency plan\""),
        P(Effects + "repatriation.seats_per_flight", "seats on each repatriation flight", "persons", new(0, 100_000), new(0, 300), "assumption"),
        P(Effects + "repatriation.weekdays[]", "a day of the week with a flight (none listed: every day)", "weekday", null, null, "assumption"),
        P(Effects + "repatriation.nationalities[]", "a nationality whose country accepts the flights (at least one)", "text", null, null, "003: Venezuela refuses returnees", "not Venezuela"),
        P(Effects + "chacalluta_capacity.multiplier", "multiplier on Chacalluta's capacity schedule (0 shuts the exit control)", "–", new(0, 100), new(0, 2), "assumption"),
        P(Effects + "departures.multiplier", "multiplier on departures from the pool, compounded over policies", "–", new(0, 1_000), new(0.2, 4), "004 (ultimatum); assumption (values; the news effect calibrated)", "1.2–4 for announcements and deadlines, 0.2–1 for news of the closure, 1–3 for the run-off"),

        // Events
        P("events[].date", "day of a marker on the charts (changes nothing in the model)", "date", null, null, "000–004"),
        P("events[].label", "text of the marker", "text", null, null, "000–004"),

        // Uncertain inputs: the ranges a sensitivity analysis explores and a calibration takes as priors
        P("uncertainty[].key", "key path of an uncertain number or date the scenario sets, as --set takes it", "key path", null, null, "–"),
        P("uncertainty[].range[]", "lowest and highest plausible value, both included (dates for a date key); left out: the catalogue's plausible range", "the key's", null, null, "the entry's source"),
        P("uncertainty[].distribution", "how likely each value of the range is: uniform, triangular (peak at mode), normal (at mode, sd, truncated to the range) or log_uniform", "choice", null, null, "the entry's source"),
        P("uncertainty[].mode", "for triangular and normal: the most likely value (default: the scenario's value)", "the key's", null, null, "the entry's source"),
        P("uncertainty[].sd", "for normal: the standard deviation before truncation, in the key's unit (days for a date); default a quarter of the range", "the key's", new(0, 1e12), null, "the entry's source"),
        P("uncertainty[].source", "where the range comes from: a file in ../shared/sources/, or assumption", "text", null, null, "–"),
        P("uncertainty[].note", "why this range, and why it differs from the catalogue's plausible range where it does", "text", null, null, "–"),
    ]);

    private static readonly Dictionary<string, Parameter> ByPath = All.ToDictionary(p => p.Path, StringComparer.Ordinal);

    /// <summary>The parameter at a key path, concrete (<c>policies[2].duration_days</c>, <c>policies.2.duration_days</c>) or with <c>[]</c>; null if none.</summary>
    public static Parameter? Find(string keyPath) =>
        ByPath.GetValueOrDefault(keyPath) ?? ByPath.GetValueOrDefault(Pattern(ScenarioOverride.Normalize(keyPath)));

    /// <summary>The key path with every list index replaced by <c>[]</c>: <c>policies[2].end</c> becomes <c>policies[].end</c>.</summary>
    public static string Pattern(string keyPath) => Index().Replace(keyPath, "[]");

    /// <summary>
    /// Every parameter's value in <paramref name="scenario"/>, at its concrete key path, list items in order: the values a
    /// run uses, defaults included. The keys of an effect a policy does not have are left out.
    /// </summary>
    public static IReadOnlyList<ParameterValue> Values(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var values = new List<ParameterValue>();
        ParameterWalk.Expand([.. All.Select(p => (p, ParameterWalk.Segments(p.Path)))], 0, scenario, "", values);
        return values;
    }

    private static Parameter P(string path, string meaning, string unit, ValueRange? limits, ValueRange? plausible, string source, string? note = null) => new()
    {
        Path = path,
        Meaning = meaning,
        Unit = unit,
        Kind = ParameterKind.Text, // read off the records in Build
        Default = "",
        Limits = limits,
        Plausible = plausible,
        PlausibleNote = note,
        Source = source,
    };

    private static ImmutableArray<Parameter> Build(Parameter[] table) =>
    [
        .. table.Select(p =>
        {
            var (kind, choices, defaultValue) = ParameterWalk.Describe(p.Path);
            return p.Path == "tick"
                ? p with { Kind = ParameterKind.Choice, Choices = [.. TickLength.AllowedHours.Select(h => $"{h}h")], Default = defaultValue }
                : p with { Kind = kind, Choices = choices, Default = defaultValue };
        }),
    ];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
