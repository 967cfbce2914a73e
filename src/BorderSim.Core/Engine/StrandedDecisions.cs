using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>What a stranded group does next.</summary>
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
/// Over an exposure of e days something happens with probability 1 − exp(−r·e), r the sum of the rates, at time
/// −ln(1 − u)/r into the exposure, and it is each choice with probability rate / r. The eight combinations of
/// (money, impatient, admitted) are worked out once a day, and so is the probability that anything happens in a
/// full tick for each of the 16 combinations of a group's traits and impatience, the day's entry rule folded in:
/// a group that stays costs one look-up, one draw and one compare.
/// </summary>
public sealed class StrandedDecisions
{
    /// <summary>The bits of <see cref="GroupTraits"/>: documented, vulnerable, money.</summary>
    private const int TraitBits = 7;

    private readonly double[] _attempt = new double[8];
    private readonly double[] _giveUp = new double[8];
    private readonly double[] _total = new double[8];
    private readonly double[] _anyInFullTick = new double[8];
    private readonly double[] _anyInFullTickByTraits = new double[16];

    public void Prepare(Behaviour behaviour, in DayConditions day, double tickDays)
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
            _anyInFullTick[combo] = Hazard.Probability(_total[combo], tickDays);
        }

        for (var index = 0; index < _anyInFullTickByTraits.Length; index++)
        {
            var traits = (GroupTraits)(index & TraitBits);
            var impatient = index > TraitBits;
            var admitted = day.Admits((traits & GroupTraits.Documented) != 0, (traits & GroupTraits.Vulnerable) != 0);
            _anyInFullTickByTraits[index] = _anyInFullTick[Combination((traits & GroupTraits.HasMoney) != 0, impatient, admitted)];
        }
    }

    public static int Combination(bool hasMoney, bool impatient, bool admitted) =>
        (hasMoney ? 1 : 0) | (impatient ? 2 : 0) | (admitted ? 4 : 0);

    /// <summary>
    /// The probability that something happens within a full tick to a group with <paramref name="traits"/>, on this
    /// day; the same number as <see cref="ProbabilityOfAny"/> for the group's combination and a full tick.
    /// </summary>
    public double AnyInFullTick(GroupTraits traits, bool impatient) =>
        _anyInFullTickByTraits[((int)traits & TraitBits) | (impatient ? TraitBits + 1 : 0)];

    /// <summary>Sum of the rates per day.</summary>
    public double TotalRatePerDay(int combination) => _total[combination];

    /// <summary>
    /// The probability that something happens within <paramref name="exposureDays"/> (part of a tick; a full tick's is
    /// <see cref="AnyInFullTick"/>).
    /// </summary>
    public double ProbabilityOfAny(int combination, double exposureDays) => Hazard.Probability(_total[combination], exposureDays);

    /// <summary>Which choice, given that something happens, for a uniform draw <paramref name="v"/> in [0, 1).</summary>
    public StrandedChoice Choose(int combination, double v)
    {
        var x = v * _total[combination];
        return x < _attempt[combination] ? StrandedChoice.TryIrregularRoute
            : x < _attempt[combination] + _giveUp[combination] ? StrandedChoice.GiveUp
            : StrandedChoice.PresentAgain;
    }

    /// <summary>Probability within one full tick of each choice, for tests and documentation.</summary>
    public (double Attempt, double GiveUp, double Present) Probabilities(int combination)
    {
        var any = _anyInFullTick[combination];
        var total = _total[combination];
        if (total <= 0)
        {
            return (0, 0, 0);
        }

        var attempt = any * _attempt[combination] / total;
        var giveUp = any * _giveUp[combination] / total;
        return (attempt, giveUp, any - attempt - giveUp);
    }
}
