namespace BorderSim.Core.Engine;

/// <summary>Rates per day turned into probabilities per tick.</summary>
public static class Hazard
{
    /// <summary>The probability that an event with rate <paramref name="ratePerDay"/> happens within <paramref name="days"/>: 1 − exp(−rate·Δt).</summary>
    public static double Probability(double ratePerDay, double days) =>
        ratePerDay <= 0 ? 0.0 : 1.0 - Math.Exp(-ratePerDay * days);
}
