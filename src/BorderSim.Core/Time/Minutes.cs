namespace BorderSim.Core.Time;

/// <summary>Simulated time inside the engine: whole minutes since the start of the window.</summary>
public static class Minutes
{
    public const int PerDay = 1440;
    public const int PerHour = 60;

    /// <summary>A duration in days as whole minutes, at least one.</summary>
    public static int FromDays(double days) => (int)Math.Max(1, Math.Min(int.MaxValue / 4, Math.Round(days * PerDay)));

    public static double ToDays(long minutes) => minutes / (double)PerDay;
}
