namespace BorderSim.Plotting;

/// <summary>
/// Maps calendar days linearly onto [<see cref="Left"/>, <see cref="Right"/>]. A one-day window is
/// padded by half a day on each side so its single day sits in the middle.
/// </summary>
public sealed class DateScale
{
    public DateScale(DateOnly first, DateOnly last, double left, double right)
    {
        if (last < first)
        {
            throw new ArgumentException($"Date range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");
        }
        if (!(right > left))
        {
            throw new ArgumentException("The pixel range must have positive width.");
        }
        First = first;
        Last = last;
        Left = left;
        Right = right;
        var pad = first == last ? 0.5 : 0;
        DomainStart = first.DayNumber - pad;
        DomainEnd = last.DayNumber + pad;
    }

    public DateOnly First { get; }
    public DateOnly Last { get; }
    public double Left { get; }
    public double Right { get; }
    public double DomainStart { get; }
    public double DomainEnd { get; }

    /// <summary>Days from first to last (0 for a one-day window).</summary>
    public int SpanDays => Last.DayNumber - First.DayNumber;

    public double PixelsPerDay => (Right - Left) / (DomainEnd - DomainStart);

    public double Map(DateOnly date) => Map((double)date.DayNumber);

    public double Map(double dayNumber) => Left + ((dayNumber - DomainStart) * PixelsPerDay);
}
