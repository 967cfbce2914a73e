using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Calibration;

/// <summary>
/// One observation as a calibration target: the interval of values that count as a perfect match, and the scale that
/// turns a miss into a number of "press-count uncertainties".
/// <list type="bullet">
/// <item>a count with a range (30–50): the range;</item>
/// <item>"at least 100" (low only): 100 and above; "at most" (high only): up to it;</item>
/// <item>a bare count ("about 70"): the count itself.</item>
/// </list>
/// The scale is <see cref="RelativeScale"/> of the count (at least 1 person): a press figure with no stated method
/// is taken to be uncertain by about a quarter of its value.
/// </summary>
public sealed record ObservationTarget(string Column, double Lower, double Upper, double Scale)
{
    /// <summary>A press count's uncertainty as a share of its value: a quarter.</summary>
    public const double RelativeScale = 0.25;

    public static ObservationTarget From(Observation observation, string column)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var (lower, upper) = (observation.Low, observation.High) switch
        {
            (null, null) => (observation.Value, observation.Value),
            ({ } low, null) => (low, double.PositiveInfinity),
            (null, { } high) => (double.NegativeInfinity, high),
            ({ } low, { } high) => (low, high),
        };
        return new ObservationTarget(column, lower, upper, Math.Max(1, RelativeScale * Math.Abs(observation.Value)));
    }

    /// <summary>How far <paramref name="simulated"/> lies outside the interval, in scales (0 inside).</summary>
    public double Miss(double simulated) => Math.Max(0, Math.Max(Lower - simulated, simulated - Upper)) / Scale;
}

/// <summary>
/// The calibration's distance between a run and the observations: the root mean square of each target's miss
/// (<see cref="ObservationTarget.Miss"/>). 0 when every simulated value lies in its observation's interval; 1 when
/// every value misses by one press-count uncertainty (a quarter of the count).
/// </summary>
public static class CalibrationDistance
{
    public static double Of(IReadOnlyList<ObservationTarget> targets, IReadOnlyList<double> simulated)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(simulated);
        if (targets.Count == 0)
        {
            throw new ArgumentException("the distance needs at least one observation to fit", nameof(targets));
        }

        double sum = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            var miss = targets[i].Miss(simulated[i]);
            sum += miss * miss;
        }

        return Math.Sqrt(sum / targets.Count);
    }
}
