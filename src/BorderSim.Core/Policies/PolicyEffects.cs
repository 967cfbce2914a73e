using System.ComponentModel;

namespace BorderSim.Core.Policies;

/// <summary>The effects one policy entry carries: any combination of the kinds below.</summary>
public sealed record PolicyEffects
{
    [Description("Peru's entry rule at Santa Rosa.")]
    public EntryRuleEffect? EntryRule { get; init; }

    [Description("Troops and patrols: more detection, fewer irregular attempts.")]
    public MilitarizationEffect? Militarization { get; init; }

    [Description("A humanitarian corridor through Peru.")]
    public CorridorEffect? Corridor { get; init; }

    [Description("Shelter places in Chile for stranded people.")]
    public ShelteringEffect? Sheltering { get; init; }

    [Description("Repatriation flights from Chile.")]
    public RepatriationEffect? Repatriation { get; init; }

    [Description("A change to Chacalluta's processing capacity.")]
    public ChacallutaCapacityEffect? ChacallutaCapacity { get; init; }

    [Description("A multiplier on departures from the pool (announcements, deadlines, news).")]
    public DeparturesEffect? Departures { get; init; }

    /// <summary>The effects present, in a fixed order.</summary>
    public IEnumerable<IPolicyEffect> All()
    {
        IPolicyEffect?[] all = [EntryRule, Militarization, Corridor, Sheltering, Repatriation, ChacallutaCapacity, Departures];
        foreach (var effect in all)
        {
            if (effect is not null)
            {
                yield return effect;
            }
        }
    }
}
