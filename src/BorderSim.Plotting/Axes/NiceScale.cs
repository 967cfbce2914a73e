namespace BorderSim.Plotting;

/// <summary>Ticks of a value axis from zero: evenly spaced, with a 1-2-5 step.</summary>
public sealed record AxisTicks(double Max, double Step, int Decimals, IReadOnlyList<double> Values)
{
    public string Label(double value) => NumberFormat.Fixed(value, Decimals);
}

/// <summary>"Nice" round axis ticks (steps of 1, 2 or 5 times a power of ten).</summary>
public static class NiceScale
{
    /// <summary>Below this, a maximum counts as zero.</summary>
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
        var decimals = DecimalsOf(step);
        var count = Math.Max(1, (int)Math.Ceiling((dataMax / step) - 1e-9));
        var values = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            values[i] = Math.Round(i * step, decimals);
        }
        return new AxisTicks(values[^1], step, decimals, values);
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
