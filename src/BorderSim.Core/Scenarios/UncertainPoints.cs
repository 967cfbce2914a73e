namespace BorderSim.Core.Scenarios;

/// <summary>
/// A point in the space of a scenario's uncertain inputs (one value per <see cref="UncertainParameter"/>, a date as its
/// day number) and the scenario at that point. Samplers work in the unit cube (<see cref="FromUnit"/>); the values go
/// into the scenario the way <c>--set</c> does, so a point is checked like any override and its values are not held to
/// the ranges.
/// </summary>
public static class UncertainPoints
{
    /// <summary>The values at fractions <paramref name="unit"/> (each 0 to 1) of each parameter's distribution.</summary>
    public static double[] FromUnit(IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> unit)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(unit);
        CheckCount(parameters, unit.Count);
        var values = new double[parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = parameters[i].ValueAt(unit[i]);
        }

        return values;
    }

    /// <summary>The point as scenario text for each key path (what <c>--set</c> takes: numbers, whole numbers, YYYY-MM-DD).</summary>
    public static string[] Texts(IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        CheckCount(parameters, values.Count);
        return parameters.Select((p, i) => p.Format(values[i])).ToArray();
    }

    /// <summary>The point as overrides of the scenario's values.</summary>
    public static IReadOnlyList<ScenarioOverride> Overrides(IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> values) =>
        Texts(parameters, values).Select((text, i) => new ScenarioOverride(parameters[i].Path, text)).ToArray();

    /// <summary>
    /// The scenario (its file's <paramref name="text"/>, with <paramref name="overrides"/> from the command line) at the
    /// point: parsed and checked. Throws <see cref="ScenarioException"/> if the point makes the scenario invalid (a
    /// policy that ends before it starts, for example) or a key is also in <paramref name="overrides"/>.
    /// </summary>
    public static Scenario Apply(string text, string file, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return ScenarioLoader.Parse(text, file, [.. overrides, .. Overrides(parameters, values)]);
    }

    private static void CheckCount(IReadOnlyList<UncertainParameter> parameters, int count)
    {
        if (count != parameters.Count)
        {
            throw new ArgumentException($"expected {parameters.Count} values, one per uncertain parameter, found {count}");
        }
    }
}
