using System.Globalization;
using BorderSim.Core.Text;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Reads a scenario's <c>uncertainty:</c> section into <see cref="UncertainParameter"/>s and checks it: the key is a
/// number or date the scenario sets, the range has two values of the key's kind inside its hard limits and contains the
/// scenario's value, and the distribution's settings fit it. The same checks serve keys given on the command line
/// (<c>sensitivity --params</c>), which take the scenario's entry if it has one and the catalogue's range otherwise.
/// </summary>
public static class UncertainInputs
{
    /// <summary>Most entries in an uncertainty section (a sensitivity analysis of more parameters is a screening job for Morris, in slices).</summary>
    public const int MaxEntries = 64;

    /// <summary>The scenario's uncertain inputs, resolved (the scenario was checked when it was loaded).</summary>
    public static IReadOnlyList<UncertainParameter> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var values = ValuesByPath(scenario);
        return scenario.Uncertainty
            .Select(input => Resolve(input, values, checkValue: false, []) ?? throw new InvalidOperationException($"uncertainty: {input.Key} was not checked"))
            .ToArray();
    }

    /// <summary>
    /// The uncertain parameter for each key (as given on a command line): the scenario's own entry where it has one for
    /// the key, else the catalogue's plausible range with a uniform distribution. Throws <see cref="FormatException"/>
    /// with every problem found, one per line.
    /// </summary>
    public static IReadOnlyList<UncertainParameter> ForKeys(Scenario scenario, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(keys);
        var values = ValuesByPath(scenario);
        var own = new Dictionary<string, UncertainInput>(StringComparer.Ordinal);
        foreach (var input in scenario.Uncertainty)
        {
            own.TryAdd(ScenarioOverride.Normalize(input.Key), input);
        }

        var result = new List<UncertainParameter>();
        var messages = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var path = ScenarioOverride.Normalize(key.Trim());
            if (!seen.Add(path))
            {
                messages.Add($"{path}: given twice");
                continue;
            }

            var problems = new List<(string Relative, string Message)>();
            var input = own.GetValueOrDefault(path) ?? new UncertainInput { Key = path };
            if (Resolve(input, values, checkValue: false, problems) is { } parameter)
            {
                result.Add(parameter);
            }

            messages.AddRange(problems.Select(p => p.Relative == "key" ? $"{path}: {p.Message}" : $"{path}: {p.Relative}: {p.Message}"));
        }

        return messages.Count > 0 ? throw new FormatException(string.Join(Environment.NewLine, messages)) : result;
    }

    /// <summary>Every problem of the section, at its key path (uncertainty[3].range[1]); values set by --set are not held to the ranges.</summary>
    internal static IEnumerable<(string Path, string Message)> Check(Scenario scenario, IReadOnlySet<string> overridden)
    {
        var inputs = scenario.Uncertainty ?? [];
        if (inputs.Count == 0)
        {
            yield break;
        }

        if (inputs.Count > MaxEntries)
        {
            yield return ("uncertainty", string.Create(CultureInfo.InvariantCulture, $"at most {MaxEntries} uncertain inputs, found {inputs.Count}"));
            yield break;
        }

        var values = ValuesByPath(scenario);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input?.Key is null)
            {
                continue; // did not bind: already reported
            }

            var at = string.Create(CultureInfo.InvariantCulture, $"uncertainty[{i}]");
            var path = ScenarioOverride.Normalize(input.Key);
            if (seen.TryGetValue(path, out var first))
            {
                yield return ($"{at}.key", string.Create(CultureInfo.InvariantCulture, $"{path} is already uncertain in uncertainty[{first}]; give each key once"));
                continue;
            }

            seen[path] = i;
            if (overridden.Contains(path) && ValueOf(values, path) == "none")
            {
                continue; // --set gave a value that did not bind: already reported there
            }

            var problems = new List<(string Relative, string Message)>();
            Resolve(input, values, checkValue: !overridden.Contains(path), problems);
            foreach (var (relative, message) in problems)
            {
                yield return ($"{at}.{relative}", message);
            }
        }
    }

    private static string? ValueOf(IReadOnlyDictionary<string, ParameterValue> values, string path) =>
        values.TryGetValue(path, out var value) ? value.Value : null;

    /// <summary>Every value of the scenario by its concrete key path (defaults included).</summary>
    private static Dictionary<string, ParameterValue> ValuesByPath(Scenario scenario) =>
        ParameterCatalog.Values(scenario).ToDictionary(v => v.Path, StringComparer.Ordinal);

    /// <summary>
    /// The entry resolved, or null with the problems added (each with its key relative to the entry: key, range,
    /// range[1], mode, sd). <paramref name="checkValue"/>: hold the scenario's value to the range.
    /// </summary>
    private static UncertainParameter? Resolve(UncertainInput input, IReadOnlyDictionary<string, ParameterValue> values, bool checkValue, List<(string Relative, string Message)> problems)
    {
        var path = ScenarioOverride.Normalize(input.Key);
        if (KeyProblem(input.Key, path, values) is { } keyProblem)
        {
            problems.Add(("key", keyProblem));
            return null;
        }

        var value = values[path];
        var parameter = value.Parameter;
        var kind = parameter.Kind;
        var unit = kind == ParameterKind.Date ? "a date (YYYY-MM-DD)" : kind == ParameterKind.WholeNumber ? "a whole number" : "a number";
        double low, high;
        if (input.Range is null)
        {
            if (parameter.Plausible is not { } plausible)
            {
                problems.Add(("key", $"the parameter catalogue gives {parameter.Path} no plausible range{(kind == ParameterKind.Date ? " (it gives none for dates)" : "")}: give one, range: [LOW, HIGH]"));
                return null;
            }

            (low, high) = (plausible.Low, plausible.High);
        }
        else
        {
            if (input.Range.Count != 2)
            {
                problems.Add(("range", string.Create(CultureInfo.InvariantCulture, $"expected two values, [LOW, HIGH], found {input.Range.Count}")));
                return null;
            }

            var ends = new double[2];
            for (var e = 0; e < 2; e++)
            {
                if (UncertainParameter.Parse(kind, input.Range[e] ?? "") is not { } end)
                {
                    problems.Add((string.Create(CultureInfo.InvariantCulture, $"range[{e}]"), $"expected {unit} for {path}, found '{input.Range[e]}'"));
                    return null;
                }

                if (LimitProblem(parameter, kind, end) is { } limitProblem)
                {
                    problems.Add((string.Create(CultureInfo.InvariantCulture, $"range[{e}]"), limitProblem));
                    return null;
                }

                ends[e] = end;
            }

            (low, high) = (ends[0], ends[1]);
            if (!(low < high))
            {
                problems.Add(("range", $"the low end ({input.Range[0]}) must be below the high end ({input.Range[1]})"));
                return null;
            }
        }

        var resolved = new UncertainParameter
        {
            Path = path,
            Parameter = parameter,
            Kind = kind,
            Low = low,
            High = high,
            Distribution = input.Distribution,
            Mode = 0,
            Sd = 0,
            Value = value.Value,
            Source = input.Source ?? parameter.Source,
            Note = input.Note,
            RangeFromCatalogue = input.Range is null,
        };
        var scenarioValue = resolved.ScenarioValue;
        if (checkValue && !(scenarioValue >= low && scenarioValue <= high))
        {
            problems.Add((input.Range is null ? "key" : "range", $"the range {resolved.RangeText}{(input.Range is null ? " (the catalogue's)" : "")} does not contain the scenario's value {value.Value}"));
            return null;
        }

        // A value set by --set (not held to the range) may lie outside it: a default mode is then held to the range.
        return Distribute(input, resolved, checkValue ? scenarioValue : Math.Clamp(scenarioValue, low, high), unit, problems);
    }

    /// <summary>The distribution's settings checked and filled in: the mode (default the scenario's value) and sd (default a quarter of the range).</summary>
    private static UncertainParameter? Distribute(UncertainInput input, UncertainParameter resolved, double scenarioValue, string unit, List<(string Relative, string Message)> problems)
    {
        var usesMode = input.Distribution is UncertainDistribution.Triangular or UncertainDistribution.Normal;
        if (input.Mode is not null && !usesMode)
        {
            problems.Add(("mode", $"a {SnakeCase.From(input.Distribution.ToString())} distribution has no mode (mode is for triangular and normal)"));
            return null;
        }

        if (input.Sd is not null && input.Distribution != UncertainDistribution.Normal)
        {
            problems.Add(("sd", $"a {SnakeCase.From(input.Distribution.ToString())} distribution has no sd (sd is for normal)"));
            return null;
        }

        var mode = scenarioValue;
        if (input.Mode is { } modeText)
        {
            if (UncertainParameter.Parse(resolved.Kind, modeText) is not { } m)
            {
                problems.Add(("mode", $"expected {unit} for {resolved.Path}, found '{modeText}'"));
                return null;
            }

            mode = m;
        }

        if (usesMode && !(mode >= resolved.Low && mode <= resolved.High))
        {
            problems.Add((input.Mode is null ? "distribution" : "mode", $"the mode {resolved.Format(mode)}{(input.Mode is null ? " (the scenario's value)" : "")} lies outside the range {resolved.RangeText}"));
            return null;
        }

        if (input.Sd is { } sd && !(sd > 0))
        {
            problems.Add(("sd", $"expected a standard deviation above 0, found {sd.ToString("R", CultureInfo.InvariantCulture)}"));
            return null;
        }

        if (input.Distribution == UncertainDistribution.LogUniform && !(resolved.Low - (resolved.IsDiscrete ? 0.5 : 0) > 0))
        {
            problems.Add((input.Range is null ? "distribution" : "range[0]", $"a log_uniform range must lie above 0{(resolved.IsDiscrete ? " (at least 1 for whole numbers)" : "")}; the range is {resolved.RangeText}"));
            return null;
        }

        return resolved with { Mode = mode, Sd = input.Sd ?? ((resolved.High - resolved.Low) / 4) };
    }

    /// <summary>
    /// Why an entry's key cannot be uncertain, or null: it must name a number or date the scenario sets. Given as
    /// written (<paramref name="key"/>) and normalised (<paramref name="path"/>).
    /// </summary>
    private static string? KeyProblem(string key, string path, IReadOnlyDictionary<string, ParameterValue> values)
    {
        // Checked on the key as written: normalising drops an empty index, so policies[].x would read as policies.x.
        if (key.Contains("[]", StringComparison.Ordinal) && ParameterCatalog.Find(key) is not null)
        {
            return "give the list entry's index: policies[2].duration_days, not policies[].duration_days";
        }

        if (ParameterCatalog.Find(path) is not { } parameter)
        {
            var near = NearestNames.DidYouMean(path, values.Keys.Where(k => values[k].Parameter.Kind is ParameterKind.Number or ParameterKind.WholeNumber or ParameterKind.Date));
            return $"no such key in the scenario format.{near} 'bordersim keys SCENARIO' lists every key path";
        }

        if (parameter.Path == "seed")
        {
            return "the seed is not an uncertain input: replicates vary it (--replicates)";
        }

        if (parameter.Kind is not (ParameterKind.Number or ParameterKind.WholeNumber or ParameterKind.Date))
        {
            return $"{parameter.Path} is {(parameter.Kind == ParameterKind.Choice ? "a choice" : parameter.Kind == ParameterKind.Boolean ? "true or false" : "text")}: only numbers and dates can be uncertain (compare scenarios for the rest)";
        }

        if (!values.TryGetValue(path, out var value))
        {
            var near = NearestNames.DidYouMean(path, values.Keys.Where(k => values[k].Parameter == parameter));
            return $"the scenario has no value at {path} (a list entry or an effect it does not have).{near}";
        }

        return value.Value == "none"
            ? $"{path} is not set in this scenario (left out, it means 'not set'): only a value the scenario sets can be uncertain{(path.EndsWith(".end", StringComparison.Ordinal) ? "; a policy that gives duration_days has an uncertain duration_days instead" : "")}"
            : null;
    }

    private static string? LimitProblem(Parameter parameter, ParameterKind kind, double value)
    {
        if (kind == ParameterKind.Date)
        {
            var date = DateOnly.FromDayNumber((int)value);
            return date < ScenarioLimits.FirstDate || date > ScenarioLimits.LastDate
                ? $"expected a date from {ScenarioLimits.FirstDate:yyyy-MM-dd} to {ScenarioLimits.LastDate:yyyy-MM-dd}, found {date:yyyy-MM-dd}"
                : null;
        }

        return parameter.Limits is { } limits && !limits.Contains(value)
            ? $"outside {parameter.Path}'s hard limits: expected a number from {ValueRange.Format(limits.Low)} to {ValueRange.Format(limits.High)}, found {ValueRange.Format(value)}"
            : null;
    }
}
