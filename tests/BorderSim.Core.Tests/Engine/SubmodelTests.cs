using BorderSim.Core.Engine;
using BorderSim.Core.Model;
using BorderSim.Core.Policies;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Engine;

public sealed class SubmodelTests
{
    [Theory]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(1.0, 1.0, 0.6321205588285577)]
    [InlineData(24.0, 1.0 / 24.0, 0.6321205588285577)]
    [InlineData(0.5, 0.25, 0.11750309741540454)]
    public void A_rate_per_day_becomes_a_probability_per_tick(double rate, double days, double expected) =>
        Assert.Equal(expected, Hazard.Probability(rate, days), 12);

    [Fact]
    public void The_daily_budget_flows_in_hour_by_hour_and_rolls_forward_within_the_day_only()
    {
        var budget = new DailyBudget();
        var perHour = new double[24];
        perHour[6] = 30; // 30 persons between 06:00 and 07:00, nothing else
        perHour[7] = 60;
        budget.StartDay(1440, perHour);
        Assert.Equal(90, budget.WholeDay);
        Assert.Equal(0, budget.AvailableAt(1440 + 359));
        Assert.Equal(0, budget.AvailableAt(1440 + 360)); // half a person in 06:00's minute
        Assert.Equal(15, budget.AvailableAt(1440 + 389)); // the first half hour, minutes 360 to 389
        Assert.Equal(1440 + 361, budget.MinuteAvailable(1440, 1)); // one person takes two minutes at 30 per hour
        Assert.Equal(1440 + 379, budget.MinuteAvailable(1440, 10));
        Assert.Equal(1440 + 449, budget.MinuteAvailable(1440 + 410, 60)); // 30 by 07:00, 30 more at 60 an hour by 07:30
        Assert.Equal(1440 + 500, budget.MinuteAvailable(1440 + 500, 5)); // already there: at once
        budget.Use(80);
        Assert.Equal(10, budget.LeftToday);
        Assert.Equal(10, budget.AvailableAt(1440 + 479)); // all 90 in by 07:59, 80 of them used
        Assert.Equal(10, budget.AvailableAt(2880)); // at the next midnight: the whole day's, less what was used
        Assert.Equal(1440 + 479, budget.MinuteAvailable(1440, 10)); // all 90 only in 07:00's last minute
        Assert.Equal(int.MaxValue, budget.MinuteAvailable(1440, 11)); // more than the rest of the day brings
        budget.StartDay(2880, perHour);
        Assert.Equal(0, budget.UsedToday);
        Assert.Equal(0, budget.AvailableAt(2880 + 359)); // nothing carried over from yesterday
    }

    [Fact]
    public void Places_per_day_flow_in_evenly_over_the_day()
    {
        var budget = new DailyBudget();
        budget.StartDay(0, 48.0);
        Assert.Equal(48, budget.WholeDay);
        Assert.Equal(29, budget.MinuteAvailable(0, 1)); // one place every 30 minutes
        Assert.Equal(1439, budget.MinuteAvailable(0, 48)); // the last in the day's last minute
        Assert.Equal(int.MaxValue, budget.MinuteAvailable(0, 49));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(7.0)]
    [InlineData(37.0)]
    [InlineData(55.0)]
    [InlineData(100.0 / 3)]
    [InlineData(1_000.0)]
    public void The_kth_of_P_places_a_day_comes_in_at_minute_ceiling_of_k_times_1440_over_P_less_1(double placesPerDay)
    {
        // ODD §7.10: places flow in evenly; the k-th is there in minute ⌈k · 1440 / P⌉ − 1 of the day.
        var budget = new DailyBudget();
        budget.StartDay(2880, placesPerDay);
        Assert.Equal((int)Math.Floor(placesPerDay), budget.WholeDay);
        for (var k = 1; k <= budget.WholeDay; k++)
        {
            Assert.Equal(2880 + (int)Math.Ceiling(k * 1440 / placesPerDay) - 1, budget.MinuteAvailable(2880, k));
        }
    }

    [Fact]
    public void Stranded_choices_split_the_total_rate_in_proportion_to_their_rates()
    {
        var behaviour = TestScenarios.Small().Behaviour with
        {
            IrregularAttemptRatePerDay = 0.3,
            GiveUpRatePerDay = 0.2,
            RepresentRatePerDay = 0.5,
            MoneyMultiplier = 2,
            ImpatienceMultiplier = 3,
        };
        var day = DayConditions.Default(EntryRuleKind.Open, false);
        day.Deterrence = 0.5;
        var decisions = new StrandedDecisions();
        decisions.Prepare(behaviour, day);

        // money, patient, admitted: attempt 0.3·2·0.5 = 0.3, give up 0.2, present 0.5; total 1.0 per day.
        var combo = StrandedDecisions.Combination(true, false, true);
        Assert.Equal(0.3, decisions.AttemptRatePerDay(combo), 12);
        Assert.Equal(0.2, decisions.GiveUpRatePerDay(combo), 12);
        Assert.Equal(1.0, decisions.TotalRatePerDay(combo), 12);
        Assert.Equal(StrandedChoice.PresentAgain, decisions.Choose(combo, 0.999999));

        // no money, impatient, not admitted: attempt 0.3·3·0.5 = 0.45, give up 0.6, present 0.
        combo = StrandedDecisions.Combination(false, true, false);
        Assert.Equal(0.45, decisions.AttemptRatePerDay(combo), 12);
        Assert.Equal(0.6, decisions.GiveUpRatePerDay(combo), 12);
        Assert.Equal(1.05, decisions.TotalRatePerDay(combo), 12);
        Assert.Equal(StrandedChoice.TryIrregularRoute, decisions.Choose(combo, 0.0));
        Assert.Equal(StrandedChoice.TryIrregularRoute, decisions.Choose(combo, (0.45 / 1.05) - 1e-9));
        Assert.Equal(StrandedChoice.GiveUp, decisions.Choose(combo, (0.45 / 1.05) + 1e-9));
        Assert.Equal(StrandedChoice.GiveUp, decisions.Choose(combo, 0.999999));
    }

    [Fact]
    public void Only_undocumented_groups_leave_the_queue_for_the_irregular_route()
    {
        var behaviour = TestScenarios.Small().Behaviour with
        {
            MoneyMultiplier = 2,
            Queue = new QueueBehaviour { GiveUpRatePerDay = 0.4, IrregularAttemptRatePerDay = 0.5 },
        };
        var day = DayConditions.Default(EntryRuleKind.Open, false);
        day.Deterrence = 0.2;
        var decisions = new QueueDecisions();
        decisions.Prepare(behaviour, day);

        var undocumentedWithMoney = QueueDecisions.Combination(documented: false, hasMoney: true);
        Assert.Equal(0.5 * 2 * 0.8, decisions.AttemptRatePerDay(undocumentedWithMoney), 12);
        Assert.Equal(0.8 + 0.4, decisions.TotalRatePerDay(undocumentedWithMoney), 12);
        Assert.Equal(QueueChoice.TryIrregularRoute, decisions.Choose(undocumentedWithMoney, 0.6));
        Assert.Equal(QueueChoice.GiveUp, decisions.Choose(undocumentedWithMoney, 0.7));

        var undocumentedWithoutMoney = QueueDecisions.Combination(documented: false, hasMoney: false);
        Assert.Equal(0.5 * 0.8, decisions.AttemptRatePerDay(undocumentedWithoutMoney), 12); // money multiplies only for those who have it

        var documented = QueueDecisions.Combination(documented: true, hasMoney: true);
        Assert.Equal(0, decisions.AttemptRatePerDay(documented), 12);
        Assert.Equal(0.4, decisions.TotalRatePerDay(documented), 12);
        Assert.Equal(QueueChoice.GiveUp, decisions.Choose(documented, 0.0));
    }

    [Theory]
    [InlineData(1.0, 0.5, 100, 100 + 998)]   // −ln(0.5) = 0.693 days = 998.1 minutes
    [InlineData(24.0, 0.5, 0, 41)]           // 0.693 hours
    [InlineData(1.0, 0.0, 7, 7)]
    [InlineData(1.0, 0.5, 100, int.MaxValue, 1000)] // beyond the limit: drawn again from there
    [InlineData(1.0, 0.5, 100, 100 + 998, 100 + 998)] // at the limit itself: the event still falls
    [InlineData(1.0, 0.5, 100, int.MaxValue, 100 + 997)] // a minute past it: drawn again from there
    [InlineData(0.0, 0.5, 100, int.MaxValue)]
    public void The_next_event_falls_after_an_exponential_time(double ratePerDay, double u, int from, int expected, int notAfter = int.MaxValue - 1) =>
        Assert.Equal(expected, Hazard.NextMinute(from, ratePerDay, u, notAfter));

    [Theory]
    [InlineData(EntryRuleKind.Open, false, false, false, true)]
    [InlineData(EntryRuleKind.DocumentedOnly, false, false, false, false)]
    [InlineData(EntryRuleKind.DocumentedOnly, false, true, false, true)]
    [InlineData(EntryRuleKind.DocumentedOnly, false, false, true, false)]
    [InlineData(EntryRuleKind.DocumentedOnly, true, false, true, true)]
    [InlineData(EntryRuleKind.Closed, false, true, true, false)]
    [InlineData(EntryRuleKind.Closed, true, true, true, true)]
    [InlineData(EntryRuleKind.Closed, true, true, false, false)]
    public void Santa_Rosa_applies_the_entry_rule_and_its_exemption(EntryRuleKind rule, bool exempt, bool documented, bool vulnerable, bool admitted)
    {
        var day = DayConditions.Default(rule, exempt);
        Assert.Equal(admitted, day.Admits(documented, vulnerable));
    }

    [Fact]
    public void Durations_become_whole_minutes_and_at_least_one()
    {
        Assert.Equal(1, BorderSim.Core.Time.Minutes.FromDays(0.0001));
        Assert.Equal(1440, BorderSim.Core.Time.Minutes.FromDays(1.0));
        Assert.Equal(2160, BorderSim.Core.Time.Minutes.FromDays(1.5));
        Assert.Equal(0.5, BorderSim.Core.Time.Minutes.ToDays(720), 12);
    }

    [Fact]
    public void Group_attributes_follow_the_population_composition()
    {
        var population = TestScenarios.Small().Population with
        {
            Nationalities =
            [
                new NationalityShare { Name = "A", Share = 3, DocumentedShare = 0.0 },
                new NationalityShare { Name = "B", Share = 1, DocumentedShare = 1.0 },
            ],
            SmugglerMoneyShare = 0.25,
        };
        var factory = new GroupFactory(population, TestScenarios.Small().Travel);
        var random = new BorderSim.Core.Randomness.RandomStream(1);
        const int n = 40_000;
        int b = 0, money = 0, documented = 0, persons = 0;
        for (var i = 0; i < n; i++)
        {
            var g = factory.Create(0, 255, random);
            b += g.Nationality;
            money += g.HasMoney ? 1 : 0;
            documented += g.Documented ? 1 : 0;
            persons += g.Size;
            Assert.Equal(g.Nationality == 1, g.Documented);
            Assert.True(g.UntilMinute >= 1);
        }

        // Binomial standard errors at n = 40,000 are about 0.0022: allow 4 of them.
        Assert.InRange(b / (double)n, 0.25 - 0.009, 0.25 + 0.009);
        Assert.InRange(money / (double)n, 0.25 - 0.009, 0.25 + 0.009);
        Assert.InRange(persons / (double)n, 2.0 - 0.04, 2.0 + 0.04);
        Assert.Equal(2.0, factory.MeanGroupSize, 12);
    }

    [Fact]
    public void Vulnerability_size_travel_and_patience_follow_their_own_parameters()
    {
        // Shares that do not add up to 1 are read as proportions: sizes 1 and 4 in the ratio 1 : 3.
        var population = TestScenarios.Small().Population with
        {
            GroupSizes = [new GroupSizeShare { Size = 1, Share = 2 }, new GroupSizeShare { Size = 4, Share = 6 }],
            VulnerableShareSingles = 0.1,
            VulnerableShareFamilies = 0.6,
            PatienceDays = new GammaDays { Mean = 5, Shape = 2 },
        };
        var travel = new Travel { TravelDays = new GammaDays { Mean = 2, Shape = 4 } };
        var factory = new GroupFactory(population, travel);
        Assert.Equal((1 * 0.25) + (4 * 0.75), factory.MeanGroupSize, 12);

        var random = new BorderSim.Core.Randomness.RandomStream(2);
        const int n = 40_000;
        const int departureMinute = 3 * 1440;
        int singles = 0, vulnerableSingles = 0, vulnerableFamilies = 0;
        double travelDays = 0, patienceDays = 0;
        for (var i = 0; i < n; i++)
        {
            var g = factory.Create(departureMinute, 255, random);
            Assert.Equal(GroupState.Travelling, g.State);
            Assert.Equal(departureMinute, g.ClockMinute);
            Assert.True(g.UntilMinute >= departureMinute);
            Assert.True(g.Size is 1 or 4, $"size {g.Size}");
            singles += g.Size == 1 ? 1 : 0;
            vulnerableSingles += g.Size == 1 && g.Vulnerable ? 1 : 0;
            vulnerableFamilies += g.Size == 4 && g.Vulnerable ? 1 : 0;
            travelDays += (g.UntilMinute - departureMinute) / 1440.0;
            patienceDays += g.PatienceMinutes / 1440.0;
        }

        // Binomial standard errors at these counts are at most 0.005; the Gamma means' are 0.005 (travel: sd 1) and
        // 0.018 (patience: sd 3.5). Allow 4 of each.
        Assert.InRange(singles / (double)n, 0.25 - 0.009, 0.25 + 0.009);
        Assert.InRange(vulnerableSingles / (double)singles, 0.1 - 0.012, 0.1 + 0.012);
        Assert.InRange(vulnerableFamilies / (double)(n - singles), 0.6 - 0.012, 0.6 + 0.012);
        Assert.InRange(travelDays / n, 2 - 0.02, 2 + 0.02);
        Assert.InRange(patienceDays / n, 5 - 0.07, 5 + 0.07);

        // A group never has more persons than are left to depart: a family of 4 with 2 left departs as 2.
        var sizes = Enumerable.Range(0, 200).Select(_ => (int)factory.Create(0, 2, random).Size).ToArray();
        Assert.All(sizes, size => Assert.InRange(size, 1, 2));
        Assert.Contains(2, sizes);
    }

    [Theory]
    [InlineData(0.3, false, 0.0, 0.3)]
    [InlineData(0.3, true, 0.0, 0.6)]      // money doubles it
    [InlineData(0.7, true, 0.0, 1.0)]      // a probability: at most 1
    [InlineData(0.7, true, 0.25, 0.75)]    // then deterrence takes its share
    [InlineData(0.3, false, 0.5, 0.15)]
    public void The_direct_irregular_probability_is_the_share_times_money_capped_at_1_less_deterrence(double share, bool money, double deterrence, double expected)
    {
        var behaviour = TestScenarios.Small().Behaviour with { DirectIrregularShare = share, MoneyMultiplier = 2 };
        var day = DayConditions.Default(EntryRuleKind.Open, false);
        day.Deterrence = deterrence;
        Assert.Equal(expected, ArrivalDecision.DirectIrregularProbability(behaviour, day, money), 12);
    }
}
