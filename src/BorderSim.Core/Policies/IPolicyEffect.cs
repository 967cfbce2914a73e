using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Policies;

/// <summary>
/// One kind of policy effect. A new kind is one type implementing this and one property on
/// <see cref="PolicyEffects"/> (its entry in the scenario schema); the engine reads only <see cref="DayConditions"/>.
/// </summary>
public interface IPolicyEffect
{
    /// <summary>The effect's key in the scenario file.</summary>
    string Key { get; }

    /// <summary>Changes one day's conditions while the policy is in force.</summary>
    void Apply(ref DayConditions conditions, PolicyContext context);

    /// <summary>Whether this effect and another of the same kind cannot both be in force on one day.</summary>
    bool Contradicts(IPolicyEffect other);

    /// <summary>Checks against the rest of the scenario; yields (relative key path, message) pairs.</summary>
    IEnumerable<(string Path, string Message)> Validate(Scenario scenario) => [];
}

/// <summary>What an effect may look up while it is applied to a day.</summary>
public sealed class PolicyContext(DateOnly date, IReadOnlyList<string> nationalities)
{
    public DateOnly Date { get; } = date;

    /// <summary>A bit mask of nationality indexes; an empty list means every nationality.</summary>
    public ulong NationalityMask(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return ulong.MaxValue;
        }

        ulong mask = 0;
        foreach (var name in names)
        {
            for (var i = 0; i < nationalities.Count; i++)
            {
                if (string.Equals(nationalities[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    mask |= 1UL << i;
                }
            }
        }

        return mask;
    }

    internal static IEnumerable<(string Path, string Message)> CheckNationalities(IReadOnlyList<string> names, Scenario scenario)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var known = false;
            foreach (var n in scenario.Population.Nationalities)
            {
                known |= string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase);
            }

            if (!known)
            {
                yield return ($"nationalities[{i}]", $"'{name}' is not one of the population's nationalities");
            }
        }
    }
}
