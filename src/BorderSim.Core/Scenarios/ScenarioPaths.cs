namespace BorderSim.Core.Scenarios;

/// <summary>What the scenario format says about a key path, read off the records the binder fills.</summary>
public static class ScenarioPaths
{
    /// <summary>The type of the value at a key path such as policies[2].duration_days, or null if there is no such key.</summary>
    public static Type? TypeAt(string path)
    {
        var type = typeof(Scenario);
        foreach (var part in ScenarioOverride.Normalize(path).Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (part.StartsWith('['))
            {
                if (!YamlBinder.IsList(type, out var element))
                {
                    return null;
                }

                type = element;
                continue;
            }

            if (!YamlBinder.BindableProperties(type).TryGetValue(part, out var property))
            {
                return null;
            }

            type = property.PropertyType;
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    public static bool TakesWholeNumber(string path) => TypeAt(path) is { } t && (t == typeof(int) || t == typeof(long) || t == typeof(ulong));
}
