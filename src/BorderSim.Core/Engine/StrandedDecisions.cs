using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>What a stranded group does next.</summary>
public enum StrandedChoice : byte
{
    TryIrregularRoute,
    GiveUp,
    PresentAgain,
}

/// <summary>
/// The stranded group's decision as competing risks. Rates per day:
/// attempt = a · (money ? m : 1) · (impatient ? i : 1) · (1 − deterrence);
/// give up = g · (impatient ? i : 1); present again = p if the day's entry rule would admit the group, else 0.
/// The first of them to happen wins: the time to it is exponential with the total rate r, and it is each choice with
/// probability rate / r. The eight combinations of (money, impatient, admitted) are worked out once a day.
/// </summary>
public sealed class StrandedDecisions
{
    private readonly double[] _attempt = new double[8];
    private readonly double[] _giveUp = new double[8];
    private readonly double[] _total = new double[8];

    public void Prepare(Behaviour behaviour, in DayConditions day)
    {
        for (var combo = 0; combo < 8; combo++)
        {
            var money = (combo & 1) != 0;
            var impatient = (combo & 2) != 0;
            var admitted = (combo & 4) != 0;
            var impatience = impatient ? behaviour.ImpatienceMultiplier : 1.0;
            _attempt[combo] = behaviour.IrregularAttemptRatePerDay * (money ? behaviour.MoneyMultiplier : 1.0) * impatience * (1.0 - day.Deterrence);
            _giveUp[combo] = behaviour.GiveUpRatePerDay * impatience;
            var present = admitted ? behaviour.RepresentRatePerDay : 0.0;
            _total[combo] = _attempt[combo] + _giveUp[combo] + present;
        }
    }

    public static int Combination(bool hasMoney, bool impatient, bool admitted) =>
        (hasMoney ? 1 : 0) | (impatient ? 2 : 0) | (admitted ? 4 : 0);

    public double AttemptRatePerDay(int combination) => _attempt[combination];

    public double GiveUpRatePerDay(int combination) => _giveUp[combination];

    /// <summary>Sum of the rates per day.</summary>
    public double TotalRatePerDay(int combination) => _total[combination];

    /// <summary>Which choice, given that something happens, for a uniform draw <paramref name="v"/> in [0, 1).</summary>
    public StrandedChoice Choose(int combination, double v)
    {
        var x = v * _total[combination];
        return x < _attempt[combination] ? StrandedChoice.TryIrregularRoute
            : x < _attempt[combination] + _giveUp[combination] ? StrandedChoice.GiveUp
            : StrandedChoice.PresentAgain;
    }
}
