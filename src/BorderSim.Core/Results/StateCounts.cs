namespace BorderSim.Core.Results;

/// <summary>Persons in each live state at one instant.</summary>
public struct StateCounts
{
    public int Travelling;
    public int Queued;
    public int Stranded;
    public int StrandedVulnerable;
    public int IrregularEnRoute;
    public int Sheltered;

    public readonly int Live => Travelling + Queued + Stranded + IrregularEnRoute + Sheltered;
}
