using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>What a group waiting in the Chacalluta queue does if it leaves the queue before it is processed.</summary>
public enum QueueChoice : byte
{
    TryIrregularRoute,
    GiveUp,
}

/// <summary>
/// Leaving the Chacalluta queue, as competing risks with rates per day: an undocumented group leaves for the irregular
/// route at a_q · (money ? m : 1) · (1 − deterrence); any group gives up and returns inland at g_q. Documented groups,
/// who will be admitted, do not turn to smugglers. Worked out once a day for the four combinations of (documented, money).
/// </summary>
public sealed class QueueDecisions
{
    private readonly double[] _attempt = new double[4];
    private readonly double[] _total = new double[4];

    public void Prepare(Behaviour behaviour, in DayConditions day)
    {
        for (var combo = 0; combo < 4; combo++)
        {
            var documented = (combo & 1) != 0;
            var money = (combo & 2) != 0;
            _attempt[combo] = documented ? 0.0
                : behaviour.Queue.IrregularAttemptRatePerDay * (money ? behaviour.MoneyMultiplier : 1.0) * (1.0 - day.Deterrence);
            _total[combo] = _attempt[combo] + behaviour.Queue.GiveUpRatePerDay;
        }
    }

    public static int Combination(bool documented, bool hasMoney) => (documented ? 1 : 0) | (hasMoney ? 2 : 0);

    public double AttemptRatePerDay(int combination) => _attempt[combination];

    public double TotalRatePerDay(int combination) => _total[combination];

    /// <summary>Which choice, given that the group leaves, for a uniform draw <paramref name="v"/> in [0, 1).</summary>
    public QueueChoice Choose(int combination, double v) =>
        v * _total[combination] < _attempt[combination] ? QueueChoice.TryIrregularRoute : QueueChoice.GiveUp;
}
