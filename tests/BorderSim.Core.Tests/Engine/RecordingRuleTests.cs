using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Results;
using BorderSim.Core.Tests.Support;
using BorderSim.Core.Time;

namespace BorderSim.Core.Tests.Engine;

/// <summary>
/// Recording (ODD §7.12): the summary's figures are what the daily and hourly records say, the breakdowns add up to
/// the totals, and the time stranded per person agrees with the person-minutes counted per stay. On random scenarios
/// with every state and policy kind (<see cref="TestScenarios.Random"/>).
/// </summary>
[RunsManyScenarios]
public sealed class RecordingRuleTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_summary_breakdowns_and_daily_records_tell_the_same_story(int seed)
    {
        var scenario = TestScenarios.Random(seed);
        var sim = new Simulation(scenario, scenario.Seed, TickLength.Parse(scenario.Tick));
        var result = sim.Run();
        var days = result.Days;
        var summary = result.Summary;

        // Peak stranded: the most at any day's end, and the first day that reached it (none if nobody was ever stranded at midnight).
        var peak = days.Max(d => d.EndOfDay.Stranded);
        Assert.Equal(peak, summary.PeakStranded);
        Assert.Equal(peak > 0 ? days.First(d => d.EndOfDay.Stranded == peak).Date : null, summary.PeakStrandedDate);
        Assert.Equal(peak > 0 ? days.ToList().FindIndex(d => d.EndOfDay.Stranded == peak) : -1, sim.Recorder.PeakStrandedDay);

        // Longest queue: the most of any day, that day's at least its own end, the day before's end and every hour's.
        Assert.Equal(days.Max(d => d.LongestQueue), summary.LongestQueue);
        Assert.Equal(summary.LongestQueue > 0 ? days.ToList().FindIndex(d => d.LongestQueue == summary.LongestQueue) : -1, sim.Recorder.LongestQueueDay);
        var hours = sim.Recorder.Hours;
        for (var d = 0; d < days.Count; d++)
        {
            Assert.True(days[d].LongestQueue >= days[d].EndOfDay.Queued, $"day {d}: longest queue below its end");
            Assert.True(d == 0 || days[d].LongestQueue >= days[d - 1].EndOfDay.Queued, $"day {d}: longest queue below the queue it started with");
            for (var h = d * 24; h < (d + 1) * 24; h++)
            {
                Assert.True(days[d].LongestQueue >= hours[h].Queued, $"hour {h}: {hours[h].Queued} queued, longer than the day's longest {days[d].LongestQueue}");
            }

            // The last hour of a day is the day's end; the vulnerable stranded are some of the stranded.
            Assert.Equal(days[d].EndOfDay, hours[(d * 24) + 23]);
            Assert.InRange(days[d].EndOfDay.StrandedVulnerable, 0, days[d].EndOfDay.Stranded);

            // Each day's running totals are the day before's plus its flows.
            var expected = d == 0 ? default : days[d - 1].Cumulative;
            expected.Add(days[d].Flows);
            Assert.Equal(expected, days[d].Cumulative);
        }

        // Time stranded to the hour, per person: Σ h·n(h) ≤ person-minutes / 60 < Σ (h + 1)·n(h).
        var histogram = sim.Recorder.StrandedHoursHistogram;
        long persons = 0, wholeHours = 0;
        for (var h = 0; h < histogram.Length; h++)
        {
            persons += histogram[h];
            wholeHours += h * histogram[h];
        }

        var strandedMinutes = sim.Recorder.StrandedPersonMinutes;
        Assert.True(60 * wholeHours <= strandedMinutes, $"{wholeHours} whole hours, {strandedMinutes} person-minutes");
        Assert.True(strandedMinutes == 0 || strandedMinutes < 60 * (wholeHours + persons), $"{wholeHours} whole hours of {persons} persons, {strandedMinutes} person-minutes");
        Assert.Equal(persons, summary.DaysStranded.PersonsEverStranded);
        Assert.Equal(persons == 0 ? null : Math.Round(wholeHours / (double)persons / 24, 6), summary.DaysStranded.Mean);
        Assert.Equal(Math.Round(Minutes.ToDays(strandedMinutes), 6), summary.StrandedPersonDays);

        // Breakdowns by nationality and by vulnerability add up to the totals.
        foreach (var breakdown in new[] { summary.ByNationality, summary.ByVulnerability })
        {
            Assert.Equal(summary.Departed, breakdown.Sum(b => b.Departed));
            Assert.Equal(summary.Outcomes.CrossedRegular, breakdown.Sum(b => b.Outcomes.CrossedRegular));
            Assert.Equal(summary.Outcomes.CrossedIrregular, breakdown.Sum(b => b.Outcomes.CrossedIrregular));
            Assert.Equal(summary.Outcomes.LeftByCorridor, breakdown.Sum(b => b.Outcomes.LeftByCorridor));
            Assert.Equal(summary.Outcomes.Repatriated, breakdown.Sum(b => b.Outcomes.Repatriated));
            Assert.Equal(summary.Outcomes.ReturnedInland, breakdown.Sum(b => b.Outcomes.ReturnedInland));
        }

        Assert.Equal(strandedMinutes, sim.Recorder.ByNationality.Sum(t => t.StrandedPersonMinutes));
        Assert.Equal(strandedMinutes, sim.Recorder.ByVulnerability.Sum(t => t.StrandedPersonMinutes));
    }

    [Theory]
    [InlineData(1.0, "vulnerable", "not_vulnerable")]
    [InlineData(0.0, "not_vulnerable", "vulnerable")]
    public void Groups_are_counted_in_the_breakdown_of_their_vulnerability(double vulnerableShare, string all, string none)
    {
        // Everyone vulnerable, or nobody: that breakdown holds every departure, outcome and minute stranded.
        var waiting = TestScenarios.Waiting();
        var scenario = waiting with { Population = waiting.Population with { VulnerableShareSingles = vulnerableShare, VulnerableShareFamilies = vulnerableShare }, Behaviour = waiting.Behaviour with { GiveUpRatePerDay = 0.2 } };
        var s = ScenarioRunner.Run(scenario, 2).Summary;
        var everyone = s.ByVulnerability.Single(b => b.Name == all);
        var nobody = s.ByVulnerability.Single(b => b.Name == none);
        Assert.True(s.Departed > 0 && s.StrandedPersonDays > 0 && s.Outcomes.ReturnedInland > 0);
        Assert.Equal((s.Departed, s.StrandedPersonDays), (everyone.Departed, everyone.StrandedPersonDays));
        Assert.Equal(s.Outcomes, everyone.Outcomes);
        Assert.Equal((0L, 0.0), (nobody.Departed, nobody.StrandedPersonDays));
    }

    [Fact]
    public void Person_minutes_queued_and_stranded_are_the_persons_there_times_the_minutes_they_stay()
    {
        // One day: a family of three queues from 01:00, is refused at 03:00 and stays stranded until 06:30; a person
        // alone queues from 02:00 to the end of the day.
        var calendar = new SimulationCalendar(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 1), TickLength.Day);
        var recorder = new RunRecorder(calendar, nationalities: 1);
        var family = new Group { State = GroupState.Travelling, Size = 3 };
        var alone = new Group { State = GroupState.Travelling, Size = 1 };
        recorder.StartDay();
        recorder.Departed(ref family);
        recorder.Departed(ref alone);
        recorder.Move(ref family, GroupState.Queued, 60);
        recorder.Move(ref alone, GroupState.Queued, 120);
        recorder.Move(ref family, GroupState.Stranded, 180);
        recorder.Move(ref family, GroupState.ReturnedInland, 390);
        recorder.EndDay(0, poolRemaining: 0);

        const long queued = (3 * 120) + (1 * (Minutes.PerDay - 120));
        const long stranded = 3 * 210;
        Assert.Equal((queued, queued), (recorder.QueuedPersonMinutes, recorder.Days[0].QueuedPersonMinutes));
        Assert.Equal((stranded, stranded), (recorder.StrandedPersonMinutes, recorder.Days[0].StrandedPersonMinutes));
    }

    [Fact]
    public void A_group_stranded_for_the_whole_window_is_counted_at_its_whole_hours_in_the_histogram()
    {
        // Two days: a family of three stranded from the first minute to the last is stranded 48 hours.
        var calendar = new SimulationCalendar(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 2), TickLength.Day);
        var recorder = new RunRecorder(calendar, nationalities: 1);
        var family = new Group { State = GroupState.Stranded, Size = 3, WaitingSinceMinute = 0 };
        recorder.Censor(ref family, 2 * Minutes.PerDay);
        Assert.Equal(3, recorder.StrandedHoursHistogram[48]);
        Assert.Equal(3, recorder.StrandedHoursHistogram.Sum());
    }
}
