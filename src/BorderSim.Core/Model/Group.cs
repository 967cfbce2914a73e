using System.Runtime.InteropServices;

namespace BorderSim.Core.Model;

/// <summary>
/// One travel group (a person alone or a family), 24 bytes, stored by value in <see cref="GroupStore"/>.
/// Times are whole minutes since the start of the window: the engine steps in ticks, but each group carries its own
/// clock, so events fall at their own minute inside a tick and results do not depend on the tick length.
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

    /// <summary>
    /// The minute up to which the group's hazards have been played out. A travelling group is not played until the
    /// tick it arrives, so its clock stays at its departure minute (the arrival wheel relies on it).
    /// </summary>
    public int ClockMinute;

    /// <summary>
    /// The minute the current timed state ends (arrival in Arica, end of the irregular route). In a free slot of the
    /// store: the next free slot.
    /// </summary>
    public int UntilMinute;

    /// <summary>The minute the current stay in Stranded or Sheltered began: who waited longest is served first.</summary>
    public int WaitingSinceMinute;

    /// <summary>Minutes spent in Stranded over every finished stay.</summary>
    public int StrandedMinutes;

    /// <summary>Minutes of stranding the group will bear before it grows impatient.</summary>
    public int PatienceMinutes;

    public readonly bool Documented => (Traits & GroupTraits.Documented) != 0;

    public readonly bool Vulnerable => (Traits & GroupTraits.Vulnerable) != 0;

    public readonly bool HasMoney => (Traits & GroupTraits.HasMoney) != 0;

    /// <summary>The minute its patience runs out, if it stays stranded from <see cref="WaitingSinceMinute"/> on.</summary>
    public readonly int ImpatientFromMinute => WaitingSinceMinute + Math.Max(0, PatienceMinutes - StrandedMinutes);
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
