using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>
/// On reaching Arica, an undocumented group heads straight for the irregular route with probability
/// min(1, s · (money ? m : 1)) · (1 − deterrence); every other group queues at Chacalluta.
/// </summary>
public static class ArrivalDecision
{
    public static double DirectIrregularProbability(Behaviour behaviour, in DayConditions day, bool hasMoney) =>
        Math.Min(1.0, behaviour.DirectIrregularShare * (hasMoney ? behaviour.MoneyMultiplier : 1.0)) * (1.0 - day.Deterrence);
}
