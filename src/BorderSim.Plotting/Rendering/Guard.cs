namespace BorderSim.Plotting;

/// <summary>Data checks with messages that say which value is wrong.</summary>
internal static class Guard
{
    /// <summary>Values must be finite and non-negative (the value axis starts at zero); NaN is allowed only when <paramref name="allowNaN"/>.</summary>
    public static void Value(double value, string what, DateOnly? date = null, bool allowNaN = false)
    {
        var where = date is DateOnly d ? $" on {d:yyyy-MM-dd}" : "";
        if (double.IsNaN(value))
        {
            if (allowNaN)
            {
                return;
            }
            throw new ArgumentException($"{what} has a missing (NaN) value{where}.");
        }
        if (double.IsInfinity(value))
        {
            throw new ArgumentException($"{what} has an infinite value{where}.");
        }
        if (value < 0)
        {
            throw new ArgumentException($"{what} has a negative value ({value.ToString(System.Globalization.CultureInfo.InvariantCulture)}){where}; the value axis starts at zero.");
        }
    }
}
