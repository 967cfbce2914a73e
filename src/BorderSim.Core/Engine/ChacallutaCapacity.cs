using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Engine;

/// <summary>
/// Chacalluta's exit-processing capacity left for the model's migrants, per hour: the schedule times the day's
/// multiplier, less ordinary travellers (weekday traffic, plus weekend tourists on Saturday and Sunday), who are
/// spread over the day in proportion to the schedule.
/// </summary>
public sealed class ChacallutaCapacity
{
    private readonly double[] _scheduledPersonsPerHour = new double[24];
    private readonly double _scheduledPersonsPerDay;
    private readonly Border _border;

    public ChacallutaCapacity(Border border)
    {
        _border = border;
        foreach (var block in border.CapacitySchedule)
        {
            for (var h = block.FromHour; h < block.ToHour; h++)
            {
                _scheduledPersonsPerHour[h] = block.PersonsPerHour;
            }
        }

        _scheduledPersonsPerDay = _scheduledPersonsPerHour.Sum();
    }

    public double OrdinaryTravellersPersonsPerDay(DateOnly date) =>
        _border.OrdinaryTravellersPersonsPerDay
        + (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? _border.WeekendTouristsPersons / 2.0 : 0.0);

    /// <summary>Persons per hour available to migrants at hour <paramref name="hour"/> of <paramref name="date"/>.</summary>
    public double ForMigrantsPersonsPerHour(DateOnly date, int hour, double multiplier)
    {
        var scheduled = _scheduledPersonsPerHour[hour];
        if (scheduled <= 0 || _scheduledPersonsPerDay <= 0)
        {
            return 0;
        }

        var ordinaryShare = OrdinaryTravellersPersonsPerDay(date) * scheduled / _scheduledPersonsPerDay;
        return Math.Max(0.0, (scheduled * multiplier) - ordinaryShare);
    }

    /// <summary>Persons available to migrants over the hours [<paramref name="fromHour"/>, <paramref name="fromHour"/> + <paramref name="hours"/>).</summary>
    public double ForMigrantsInTick(DateOnly date, int fromHour, int hours, double multiplier)
    {
        var total = 0.0;
        for (var h = fromHour; h < fromHour + hours; h++)
        {
            total += ForMigrantsPersonsPerHour(date, h, multiplier);
        }

        return total;
    }
}
