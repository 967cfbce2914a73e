using System.Runtime.InteropServices;

namespace BorderSim.Core.Model;

/// <summary>
/// One travel group (a person alone or a family), 20 bytes. Stored by value in <see cref="GroupStore"/>;
/// tick numbers are absolute ticks of the run.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct Group
{
    public GroupState State;

    /// <summary>Persons in the group.</summary>
    public byte Size;

    /// <summary>Index into the scenario's nationality list.</summary>
    public byte Nationality;

    public GroupTraits Traits;

    /// <summary>The tick at which the current timed state ends (arrival in Arica, end of the irregular route).</summary>
    public int UntilTick;

    /// <summary>The tick at which the current stay in Stranded or Sheltered began: who waited longest is served first.</summary>
    public int WaitingSinceTick;

    /// <summary>Ticks spent in Stranded so far, over every stay.</summary>
    public int StrandedTicks;

    /// <summary>Ticks of stranding the group will bear before it grows impatient.</summary>
    public int PatienceTicks;

    public readonly bool Documented => (Traits & GroupTraits.Documented) != 0;

    public readonly bool Vulnerable => (Traits & GroupTraits.Vulnerable) != 0;

    public readonly bool HasMoney => (Traits & GroupTraits.HasMoney) != 0;

    public readonly bool Impatient => StrandedTicks >= PatienceTicks;
}

[Flags]
public enum GroupTraits : byte
{
    None = 0,

    /// <summary>Holds documents that Peru accepts.</summary>
    Documented = 1,

    /// <summary>Has children, elderly, pregnant or chronically ill members.</summary>
    Vulnerable = 2,

    /// <summary>Has money enough to pay a smuggler.</summary>
    HasMoney = 4,
}
