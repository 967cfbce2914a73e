using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Results;

/// <summary>
/// What summary.json of one run holds: the key figures (<see cref="KeyFigureDefinitions"/>, under the same names as in
/// an ensemble's summary, where each is a distribution instead of a number) and the detail behind them.
/// </summary>
public sealed record RunSummary
{
    /// <summary>"run"; an ensemble's summary says "ensemble".</summary>
    public string Kind { get; init; } = "run";

    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required DateOnly WindowStart { get; init; }

    public required DateOnly WindowEnd { get; init; }

    /// <summary>Most persons stranded at the end of a day (midnight): the same grid whatever the tick.</summary>
    public required int PeakStranded { get; init; }

    /// <summary>The first day at whose end the peak was reached (null if nobody was stranded at the end of any day).</summary>
    public required DateOnly? PeakStrandedDate { get; init; }

    /// <summary>Days spent stranded, summed over persons, counted minute by minute.</summary>
    public required double StrandedPersonDays { get; init; }

    /// <summary>Days spent waiting in the Chacalluta queue, summed over persons, counted minute by minute.</summary>
    public required double QueuedPersonDays { get; init; }

    /// <summary>Most persons waiting in the Chacalluta queue at any moment.</summary>
    public required int LongestQueue { get; init; }

    public required long Departed { get; init; }

    public required long PoolRemaining { get; init; }

    public required OutcomeTotals Outcomes { get; init; }

    /// <summary>Persons in each live state at the end of the window.</summary>
    public required LiveTotals AtEnd { get; init; }

    public required long IrregularAttempts { get; init; }

    public required long Intercepted { get; init; }

    public required long RefusedAtSantaRosa { get; init; }

    public required long ShelterAdmissions { get; init; }

    public required StrandingTimes DaysStranded { get; init; }

    public required IReadOnlyList<Breakdown> ByNationality { get; init; }

    public required IReadOnlyList<Breakdown> ByVulnerability { get; init; }

    /// <summary>The scenario's observations set against the run (empty when it names none).</summary>
    public IReadOnlyList<ObservationComparison> Observations { get; init; } = [];

    internal static RunSummary From(Scenario scenario, ulong recorderSeed, SimulationCalendar calendar, RunRecorder recorder)
    {
        var last = recorder.Days[^1];
        var total = last.Cumulative;
        return new RunSummary
        {
            Scenario = scenario.Name,
            Seed = recorderSeed,
            Tick = calendar.Tick.ToString(),
            WindowStart = calendar.FirstDay,
            WindowEnd = calendar.LastDay,
            PeakStranded = recorder.PeakStranded,
            PeakStrandedDate = recorder.PeakStrandedDay >= 0 ? calendar.DateOfDay(recorder.PeakStrandedDay) : null,
            StrandedPersonDays = Math.Round(Minutes.ToDays(recorder.StrandedPersonMinutes), 6),
            QueuedPersonDays = Math.Round(Minutes.ToDays(recorder.QueuedPersonMinutes), 6),
            LongestQueue = recorder.LongestQueue,
            Departed = total.Departures,
            PoolRemaining = last.PoolRemaining,
            Outcomes = OutcomeTotals.From(total),
            AtEnd = new LiveTotals
            {
                Travelling = last.EndOfDay.Travelling,
                Queued = last.EndOfDay.Queued,
                Stranded = last.EndOfDay.Stranded,
                IrregularRoute = last.EndOfDay.IrregularEnRoute,
                Sheltered = last.EndOfDay.Sheltered,
            },
            IrregularAttempts = total.IrregularAttempts,
            Intercepted = total.Intercepted,
            RefusedAtSantaRosa = total.RefusedAtSantaRosa,
            ShelterAdmissions = total.ShelterAdmissions,
            DaysStranded = StrandingTimes.From(recorder.StrandedHoursHistogram),
            ByNationality = scenario.Population.Nationalities
                .Select((n, i) => Breakdown.From(n.Name, recorder.ByNationality[i]))
                .ToArray(),
            ByVulnerability =
            [
                Breakdown.From("not_vulnerable", recorder.ByVulnerability[0]),
                Breakdown.From("vulnerable", recorder.ByVulnerability[1]),
            ],
        };
    }
}

public sealed record OutcomeTotals
{
    public required long CrossedRegular { get; init; }

    public required long CrossedIrregular { get; init; }

    public required long LeftByCorridor { get; init; }

    public required long Repatriated { get; init; }

    public required long ReturnedInland { get; init; }

    internal static OutcomeTotals From(in DailyFlows total) => new()
    {
        CrossedRegular = total.CrossedRegular,
        CrossedIrregular = total.CrossedIrregular,
        LeftByCorridor = total.LeftByCorridor,
        Repatriated = total.Repatriated,
        ReturnedInland = total.ReturnedInland,
    };

    internal static OutcomeTotals From(long[] outcomes) => new()
    {
        CrossedRegular = outcomes[GroupState.CrossedRegular - GroupState.CrossedRegular],
        CrossedIrregular = outcomes[GroupState.CrossedIrregular - GroupState.CrossedRegular],
        LeftByCorridor = outcomes[GroupState.LeftByCorridor - GroupState.CrossedRegular],
        Repatriated = outcomes[GroupState.Repatriated - GroupState.CrossedRegular],
        ReturnedInland = outcomes[GroupState.ReturnedInland - GroupState.CrossedRegular],
    };
}

public sealed record LiveTotals
{
    public required long Travelling { get; init; }

    public required long Queued { get; init; }

    public required long Stranded { get; init; }

    public required long IrregularRoute { get; init; }

    public required long Sheltered { get; init; }
}

/// <summary>How long persons who were ever stranded spent stranded, in days (to the hour; those still stranded at the end count with their time so far).</summary>
public sealed record StrandingTimes
{
    public required long PersonsEverStranded { get; init; }

    public required double? Median { get; init; }

    public required double? P90 { get; init; }

    public required double? Mean { get; init; }

    internal static StrandingTimes From(long[] histogram)
    {
        const int binsPerDay = 24;
        long persons = 0;
        double weighted = 0;
        for (var t = 0; t < histogram.Length; t++)
        {
            persons += histogram[t];
            weighted += (double)histogram[t] * t;
        }

        return new StrandingTimes
        {
            PersonsEverStranded = persons,
            Median = Quantile(histogram, persons, 0.5, binsPerDay),
            P90 = Quantile(histogram, persons, 0.9, binsPerDay),
            Mean = persons > 0 ? Math.Round(weighted / persons / binsPerDay, 6) : null,
        };
    }

    /// <summary>The smallest duration d such that at least a share q of persons were stranded d or less.</summary>
    private static double? Quantile(long[] histogram, long persons, double q, int binsPerDay)
    {
        if (persons == 0)
        {
            return null;
        }

        var target = q * persons;
        long running = 0;
        for (var t = 0; t < histogram.Length; t++)
        {
            running += histogram[t];
            if (running >= target)
            {
                return Math.Round((double)t / binsPerDay, 6);
            }
        }

        return Math.Round((double)(histogram.Length - 1) / binsPerDay, 6);
    }
}

/// <summary>Departures, outcomes and time stranded for one nationality or vulnerability class.</summary>
public sealed record Breakdown
{
    public required string Name { get; init; }

    public required long Departed { get; init; }

    public required OutcomeTotals Outcomes { get; init; }

    public required double StrandedPersonDays { get; init; }

    internal static Breakdown From(string name, GroupTally tally) => new()
    {
        Name = name,
        Departed = tally.Departed,
        Outcomes = OutcomeTotals.From(tally.Outcomes),
        StrandedPersonDays = Math.Round(Minutes.ToDays(tally.StrandedPersonMinutes), 6),
    };
}
