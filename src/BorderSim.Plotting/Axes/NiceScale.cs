namespace BorderSim.Plotting;

/// <summary>
/// Ticks of a value axis whose ends are <see cref="Min"/> (zero unless set) and <see cref="Max"/>, evenly spaced with a
/// 1-2-5 step. The ends are the first and last tick, except for <see cref="NiceScale.Inside"/>, whose ticks lie
/// between them.
/// </summary>
public sealed record AxisTicks(double Max, double Step, int Decimals, IReadOnlyList<double> Values)
{
    /// <summary>The axis's low end; zero for <see cref="NiceScale.FromZero"/>.</summary>
    public double Min { get; init; }

    public string Label(double value) => NumberFormat.Fixed(value, Decimals);
}

/// <summary>"Nice" round axis ticks (steps of 1, 2 or 5 times a power of ten).</summary>
public static class NiceScale
{
    /// <summary>Below this, a maximum counts as zero; relative to its size, a range this narrow is one value (<see cref="IsPoint"/>).</summary>
    public const double ZeroThreshold = 1e-9;

    /// <summary>Axis maximum used when all data are zero.</summary>
    public const double EmptyMax = 10;

    /// <summary>
    /// Ticks from 0 up to the first nice value at or above <paramref name="dataMax"/>, about
    /// <paramref name="targetTickCount"/> intervals. All-zero data gives 0..10.
    /// Negative, NaN and infinite maxima are rejected: the axis starts at zero.
    /// </summary>
    public static AxisTicks FromZero(double dataMax, int targetTickCount = 5)
    {
        if (!double.IsFinite(dataMax))
        {
            throw new ArgumentOutOfRangeException(nameof(dataMax), dataMax, "The axis maximum must be a finite number.");
        }
        if (dataMax < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dataMax), dataMax, "The axis starts at zero; negative values are not supported.");
        }
        if (targetTickCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(targetTickCount), targetTickCount, "At least one interval is needed.");
        }
        if (dataMax < ZeroThreshold)
        {
            dataMax = EmptyMax;
        }

        var step = NiceStep(dataMax / targetTickCount);
        var values = Multiples(0, Math.Max(1, Math.Ceiling((dataMax / step) - 1e-9)), step);
        return new AxisTicks(values[^1], step, DecimalsOf(step), values);
    }

    /// <summary>
    /// Ticks over [<paramref name="min"/>, <paramref name="max"/>] widened outwards to multiples of a 1-2-5 step, so both
    /// ends of the axis are ticks: (0.1, 0.9) gives 0, 0.2 … 1. Equal ends are widened around the value (see <see cref="Widen"/>).
    /// </summary>
    public static AxisTicks Spanning(double min, double max, int targetTickCount = 5)
    {
        (min, max) = Checked(min, max, targetTickCount);
        var step = NiceStep((max - min) / targetTickCount);
        var low = Math.Floor((min / step) + 1e-9);
        var high = Math.Ceiling((max / step) - 1e-9);
        var values = Multiples(low, high, step);
        return new AxisTicks(values[^1], step, DecimalsOf(step), values) { Min = values[0] };
    }

    /// <summary>
    /// At least two ticks at multiples of a 1-2-5 step inside [<paramref name="min"/>, <paramref name="max"/>], which stay
    /// the axis's ends (e.g. a colour scale over the data's range). Equal ends are widened around the value.
    /// </summary>
    public static AxisTicks Inside(double min, double max, int targetTickCount = 5)
    {
        (min, max) = Checked(min, max, targetTickCount);
        var step = NiceStep((max - min) / targetTickCount);
        while (true)
        {
            var low = Math.Ceiling((min / step) - 1e-9);
            var high = Math.Floor((max / step) + 1e-9);
            if (high - low >= 1)
            {
                return new AxisTicks(max, step, DecimalsOf(step), Multiples(low, high, step)) { Min = min };
            }
            step = Smaller(step);
        }
    }

    /// <summary>
    /// A range around a single value: one 1-2-5 step about a tenth of its size either side (30 gives 25 to 35), or −1 to 1 for zero.
    /// </summary>
    public static (double Min, double Max) Widen(double value)
    {
        var half = Math.Abs(value) < ZeroThreshold ? 1 : NiceStep(Math.Abs(value) / 10);
        return (value - half, value + half);
    }

    private static (double Min, double Max) Checked(double min, double max, int targetTickCount)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !double.IsFinite(max - min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"An axis needs finite ends, not {min} and {max}.");
        }
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"The axis ends {min} and {max} are in the wrong order.");
        }
        if (targetTickCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(targetTickCount), targetTickCount, "At least one interval is needed.");
        }
        return IsPoint(min, max) ? Widen((min + max) / 2) : (min, max);
    }

    /// <summary>
    /// Whether [<paramref name="min"/>, <paramref name="max"/>] is too narrow to draw as a range (its width within
    /// <see cref="ZeroThreshold"/> of its size): one value, to be widened around it.
    /// </summary>
    internal static bool IsPoint(double min, double max) =>
        max - min <= ZeroThreshold * Math.Max(1, Math.Max(Math.Abs(min), Math.Abs(max)));

    /// <summary>low·step, (low+1)·step … high·step, rounded to the step's decimals.</summary>
    private static double[] Multiples(double low, double high, double step)
    {
        var decimals = DecimalsOf(step);
        var count = (int)Math.Round(high - low);
        var values = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            values[i] = Math.Round((low + i) * step, decimals);
        }
        return values;
    }

    /// <summary>The next smaller 1-2-5 step: 5 → 2 → 1 → 0.5.</summary>
    private static double Smaller(double step)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
        var leading = Math.Round(step / magnitude);
        return leading >= 5 ? 2 * magnitude : leading >= 2 ? magnitude : 0.5 * magnitude;
    }

    /// <summary>The 1-2-5 value nearest to <paramref name="rough"/> (thresholds 1.5, 3, 7 per decade).</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            throw new ArgumentOutOfRangeException(nameof(rough), rough, "A step must be positive and finite.");
        }
        var exponent = Math.Floor(Math.Log10(rough));
        var magnitude = Math.Pow(10, exponent);
        var fraction = rough / magnitude;
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        var decimals = (int)Math.Max(0, -exponent + (nice == 10 ? -1 : 0));
        return Math.Round(nice * magnitude, Math.Min(decimals, 15));
    }

    /// <summary>Decimals needed to print multiples of <paramref name="step"/> exactly (at most 12).</summary>
    internal static int DecimalsOf(double step)
    {
        for (var d = 0; d < 12; d++)
        {
            var scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled))
            {
                return d;
            }
        }
        return 12;
    }
}
