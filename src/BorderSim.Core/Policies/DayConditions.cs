namespace BorderSim.Core.Policies;

/// <summary>
/// Everything the policies in force on one day mean for the engine. Built once per day of the window before the
/// run starts, by letting each active effect <see cref="IPolicyEffect.Apply"/> itself to the default conditions.
/// </summary>
public struct DayConditions
{
    public EntryRuleKind EntryRule;
    public bool VulnerableExempt;

    /// <summary>Multiplier on the detection hazard of the irregular route.</summary>
    public double DetectionMultiplier;

    /// <summary>Fraction of irregular attempts deterred (0 none, 1 all).</summary>
    public double Deterrence;

    /// <summary>Share of intercepted groups returned inland; null keeps the behaviour default.</summary>
    public double? InterceptedReturnedInlandShare;

    public double CorridorPlacesPerDay;
    public ulong CorridorNationalities;
    public bool CorridorDocumentsRequired;

    public double ShelterPlacesPerDay;

    /// <summary>Repatriation seats flying today (0 on days without a flight).</summary>
    public double RepatriationSeatsPerDay;
    public ulong RepatriationNationalities;

    public double ChacallutaCapacityMultiplier;
    public double DepartureMultiplier;

    public static DayConditions Default(EntryRuleKind entryRule, bool vulnerableExempt) => new()
    {
        EntryRule = entryRule,
        VulnerableExempt = vulnerableExempt,
        DetectionMultiplier = 1.0,
        Deterrence = 0.0,
        ChacallutaCapacityMultiplier = 1.0,
        DepartureMultiplier = 1.0,
    };

    /// <summary>Peru's rule of the day applied to one group at Santa Rosa.</summary>
    public readonly bool Admits(bool documented, bool vulnerable) => EntryRule switch
    {
        EntryRuleKind.Open => true,
        EntryRuleKind.DocumentedOnly => documented || (vulnerable && VulnerableExempt),
        _ => vulnerable && VulnerableExempt,
    };
}
