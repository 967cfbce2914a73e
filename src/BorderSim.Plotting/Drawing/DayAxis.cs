namespace BorderSim.Plotting;

/// <summary>
/// An x axis of calendar days: day numbers from <see cref="First"/> to <see cref="Last"/>, a day's value drawn at its
/// day number, and a period from its first day to the day number after its last.
/// </summary>
internal readonly record struct DayAxis(DateOnly First, DateOnly Last)
{
    public double Min => First.DayNumber;

    /// <summary>The right end: one day past a one-day window, so that the axis has a length.</summary>
    public double Max => Last > First ? Last.DayNumber : First.DayNumber + 1;

    public static double X(DateOnly date) => date.DayNumber;

    public float Pixel(DateOnly date, float left, float right) => Pixel(date.DayNumber, left, right);

    /// <summary>Where a period ending on <paramref name="date"/> stops: the start of the next day, kept within the axis.</summary>
    public float PixelAfter(DateOnly date, float left, float right) => Pixel(Math.Min(date.DayNumber + 1, Max), left, right);

    private float Pixel(double day, float left, float right) => left + (float)((day - Min) / (Max - Min) * (right - left));
}
