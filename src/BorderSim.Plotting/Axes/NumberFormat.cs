using System.Globalization;

namespace BorderSim.Plotting;

/// <summary>Invariant-culture number labels with thousands separators ("12,000", "3,000,000").</summary>
public static class NumberFormat
{
    /// <summary>Formats with exactly <paramref name="decimals"/> decimals: Fixed(12000, 0) = "12,000".</summary>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (value == 0)
        {
            value = 0; // no "-0"
        }
        var format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.', ',').Length == 0 ? text[1..] : text;
    }

    /// <summary>Whole numbers without decimals, others with up to two: Value(12345) = "12,345", Value(2.5) = "2.5".</summary>
    public static string Value(double value)
    {
        if (value == 0)
        {
            value = 0;
        }
        var text = value.ToString("#,##0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>A fraction as a percentage with one decimal: Share(0.4123) = "41.2%"; a positive share below 0.05% reads "&lt;0.1%".</summary>
    public static string Share(double fraction) =>
        fraction > 0 && fraction < 0.0005 ? "<0.1%" : fraction.ToString("0.0%", CultureInfo.InvariantCulture);
}
