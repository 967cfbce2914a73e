namespace BorderSim.Core.Policies;

/// <summary>Who Peru lets in at Santa Rosa.</summary>
public enum EntryRuleKind
{
    /// <summary>Every group is admitted.</summary>
    Open,

    /// <summary>Only groups holding documents Peru accepts are admitted.</summary>
    DocumentedOnly,

    /// <summary>No group is admitted.</summary>
    Closed,
}
