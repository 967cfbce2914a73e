using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Results;

/// <summary>The key figures of one run: what summary.json holds.</summary>
public sealed record RunSummary
{
    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required DateOnly WindowStart { get; init; }

    public required DateOnly WindowEnd { get; init; }

    /// <summary>Most persons stranded at the end of any tick.</summary>
    public required int PeakStranded { get; init; }

    /// <summary>The start of the tick at whose end the peak was first reached (null if nobody was ever stranded).</summary>
    public required DateTime? PeakStrandedAt { get; init; }

    public required DateOnly? PeakStrandedDate { get; init; }

    /// <summary>Sum over ticks of persons stranded times the tick's length in days.</summary>
    public required double StrandedPersonDays { get; init; }

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
            PeakStrandedAt = recorder.PeakStrandedTick >= 0 ? calendar.StartOf(recorder.PeakStrandedTick) : null,
            PeakStrandedDate = recorder.PeakStrandedTick >= 0 ? calendar.DateOf(recorder.PeakStrandedTick) : null,
            StrandedPersonDays = Math.Round(Minutes.ToDays(recorder.StrandedPersonMinutes), 6),
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
        LeftByCorridor = total.CorridorExits,
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
