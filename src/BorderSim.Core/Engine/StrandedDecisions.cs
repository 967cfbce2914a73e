using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>What a stranded group does in one tick.</summary>
public enum StrandedChoice : byte
{
    Stay,
    TryIrregularRoute,
    GiveUp,
    PresentAgain,
}

/// <summary>
/// The stranded group's decision as competing risks. Rates per day:
/// attempt = a · (money ? m : 1) · (impatient ? i : 1) · (1 − deterrence);
/// give up = g · (impatient ? i : 1); present again = p if the day's entry rule would admit the group, else 0.
/// With total rate r, something happens with probability 1 − exp(−r·Δt), and it is each choice with probability rate/r.
/// The eight combinations of (money, impatient, admitted) are worked out once a day, so a group costs one uniform draw.
/// </summary>
public sealed class StrandedDecisions
{
    // For each combination: cumulative thresholds for attempt, give up, present again.
    private readonly double[] _attempt = new double[8];
    private readonly double[] _giveUp = new double[8];
    private readonly double[] _present = new double[8];

    public void Prepare(Behaviour behaviour, in DayConditions day, double tickDays)
    {
        for (var combo = 0; combo < 8; combo++)
        {
            var money = (combo & 1) != 0;
            var impatient = (combo & 2) != 0;
            var admitted = (combo & 4) != 0;
            var impatience = impatient ? behaviour.ImpatienceMultiplier : 1.0;
            var attempt = behaviour.IrregularAttemptRatePerDay * (money ? behaviour.MoneyMultiplier : 1.0) * impatience * (1.0 - day.Deterrence);
            var giveUp = behaviour.GiveUpRatePerDay * impatience;
            var present = admitted ? behaviour.RepresentRatePerDay : 0.0;
            var total = attempt + giveUp + present;
            var any = Hazard.Probability(total, tickDays);
            _attempt[combo] = total > 0 ? any * attempt / total : 0;
            _giveUp[combo] = total > 0 ? any * (attempt + giveUp) / total : 0;
            _present[combo] = any;
        }
    }

    public static int Combination(bool hasMoney, bool impatient, bool admitted) =>
        (hasMoney ? 1 : 0) | (impatient ? 2 : 0) | (admitted ? 4 : 0);

    /// <summary>The choice for a uniform draw <paramref name="u"/> in [0, 1).</summary>
    public StrandedChoice Decide(double u, int combination) =>
        u < _attempt[combination] ? StrandedChoice.TryIrregularRoute
        : u < _giveUp[combination] ? StrandedChoice.GiveUp
        : u < _present[combination] ? StrandedChoice.PresentAgain
        : StrandedChoice.Stay;

    /// <summary>Probability this tick of each choice, for tests and documentation.</summary>
    public (double Attempt, double GiveUp, double Present) Probabilities(int combination) =>
        (_attempt[combination], _giveUp[combination] - _attempt[combination], _present[combination] - _giveUp[combination]);
}
