using System.Globalization;

namespace BorderSim.Core.Time;

/// <summary>The length of one simulation step: a whole number of hours that divides a day (1h to 24h).</summary>
public readonly record struct TickLength
{
    public static readonly int[] AllowedHours = [1, 2, 3, 4, 6, 8, 12, 24];

    public TickLength(int hours)
    {
        if (!IsAllowed(hours))
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "a tick must be a whole number of hours that divides 24 (1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h)");
        }

        Hours = hours;
    }

    public int Hours { get; }

    public int TicksPerDay => 24 / Hours;

    /// <summary>The tick as a fraction of a day, the Δt that turns a rate per day into a probability per tick.</summary>
    public double Days => Hours / 24.0;

    public static TickLength Day => new(24);

    public static bool IsAllowed(int hours) => Array.IndexOf(AllowedHours, hours) >= 0;

    /// <summary>Parses "6h", "24h", "1d" or a bare number of hours.</summary>
    public static bool TryParse(string? text, out TickLength tick)
    {
        tick = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        int multiplier = 1;
        if (s.EndsWith('h'))
        {
            s = s[..^1];
        }
        else if (s.EndsWith('d'))
        {
            s = s[..^1];
            multiplier = 24;
        }

        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 24)
        {
            return false;
        }

        var hours = n * multiplier;
        if (!IsAllowed(hours))
        {
            return false;
        }

        tick = new TickLength(hours);
        return true;
    }

    public static TickLength Parse(string text) =>
        TryParse(text, out var tick)
            ? tick
            : throw new FormatException($"'{text}' is not a tick length: expected 1h, 2h, 3h, 4h, 6h, 8h, 12h or 24h");

    public override string ToString() => Hours.ToString(CultureInfo.InvariantCulture) + "h";
}
