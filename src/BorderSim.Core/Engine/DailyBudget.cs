namespace BorderSim.Core.Engine;

/// <summary>
/// A capacity given per day and spread over its ticks: by the end of tick k of a day, at most the capacity of ticks
/// 0..k may have been used. Unused capacity rolls forward within the day, never into the next.
/// </summary>
public struct DailyBudget
{
    private double _cumulativeAllowed;
    private int _used;

    /// <summary>Starts a new day.</summary>
    public void StartDay()
    {
        _cumulativeAllowed = 0;
        _used = 0;
    }

    /// <summary>Adds this tick's capacity (persons); returns the whole persons available now.</summary>
    public int Open(double capacityThisTick)
    {
        _cumulativeAllowed += capacityThisTick;
        return Available;
    }

    public readonly int Available => Math.Max(0, (int)Math.Floor(_cumulativeAllowed + 1e-9) - _used);

    public readonly int UsedToday => _used;

    public void Use(int persons) => _used += persons;
}
