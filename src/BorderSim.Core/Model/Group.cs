using System.Runtime.InteropServices;

namespace BorderSim.Core.Model;

/// <summary>
/// One travel group (a person alone or a family), 28 bytes, stored by value in <see cref="GroupStore"/>.
/// Times are whole minutes since the start of the window. Events happen at their own minute, in time order, whatever
/// the tick, so results do not depend on the tick length.
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
    /// A number unique to the group's current stay in its state, new at every change of state. Pending events, the
    /// Chacalluta queue and the waiting list hold it, so an entry left behind by a group that has moved on (or by an
    /// earlier group in a reused slot) is recognised as stale.
    /// </summary>
    public int Stamp;

    /// <summary>The minute of the group's last change of state (its departure minute while travelling).</summary>
    public int ClockMinute;

    /// <summary>
    /// The minute the current timed state ends (arrival in Arica, end of the irregular route). In a free slot of the
    /// store: the next free slot.
    /// </summary>
    public int UntilMinute;

    /// <summary>The minute the current stay in Queued, Stranded or Sheltered began: who waited longest is served first.</summary>
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
