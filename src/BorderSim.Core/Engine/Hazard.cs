using BorderSim.Core.Time;

namespace BorderSim.Core.Engine;

/// <summary>Events that happen at a constant rate per day: when the next one falls.</summary>
public static class Hazard
{
    /// <summary>The probability that an event with rate <paramref name="ratePerDay"/> happens within <paramref name="days"/>: 1 − exp(−rate·Δt).</summary>
    public static double Probability(double ratePerDay, double days) =>
        ratePerDay <= 0 ? 0.0 : 1.0 - Math.Exp(-ratePerDay * days);

    /// <summary>
    /// The minute of the next event of a process with <paramref name="ratePerDay"/> watched from <paramref name="from"/>,
    /// for a uniform draw <paramref name="u"/> in [0, 1): the exponential waiting time −ln(1 − u)/rate days, to the
    /// whole minute below. <see cref="int.MaxValue"/> if the rate is zero or the minute is beyond
    /// <paramref name="notAfter"/> (the caller will draw again from there, as a process without memory allows).
    /// </summary>
    public static int NextMinute(int from, double ratePerDay, double u, int notAfter)
    {
        if (ratePerDay <= 0)
        {
            return int.MaxValue;
        }

        var minute = from + Math.Floor(-Math.Log(1.0 - u) / ratePerDay * Minutes.PerDay);
        return minute <= notAfter ? (int)minute : int.MaxValue;
    }
}
