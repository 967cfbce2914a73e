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

    /// <summary>A parameter value as given, with thousands separators and up to ten decimals: Exact(0.125) = "0.125", Exact(30000) = "30,000".</summary>
    public static string Exact(double value)
    {
        var text = (value == 0 ? 0 : value).ToString("#,##0.##########", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// About three significant figures for a label in little space: whole numbers from 100 ("13,503"), one decimal
    /// from 10 ("42.5"), three significant figures below ("0.125", "0.000412"); trailing zeros dropped.
    /// </summary>
    public static string Compact(double value)
    {
        var magnitude = Math.Abs(value);
        var decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude < 1e-10 ? 0 : Math.Min(10, 2 - (int)Math.Floor(Math.Log10(magnitude)));
        var format = decimals == 0 ? "#,##0" : "#,##0." + new string('#', decimals);
        var text = Math.Round(value, decimals).ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
