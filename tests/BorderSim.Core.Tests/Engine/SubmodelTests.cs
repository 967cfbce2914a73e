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
    public void The_daily_budget_rolls_unused_capacity_forward_within_the_day_only()
    {
        var budget = default(DailyBudget);
        budget.StartDay();
        Assert.Equal(2, budget.Open(2.5));
        budget.Use(1);
        Assert.Equal(4, budget.Open(2.5)); // 5 allowed so far, 1 used
        budget.Use(4);
        Assert.Equal(0, budget.Open(0.4));
        budget.StartDay();
        Assert.Equal(0, budget.Available);
        Assert.Equal(1, budget.Open(1.0));
    }

    [Fact]
    public void Stranded_choices_split_the_total_hazard_in_proportion_to_their_rates()
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
        decisions.Prepare(behaviour, day, 0.25);

        // money, patient, admitted: attempt 0.3·2·0.5 = 0.3, give up 0.2, present 0.5; total 1.0 per day.
        var (attempt, giveUp, present) = decisions.Probabilities(StrandedDecisions.Combination(true, false, true));
        var any = 1 - Math.Exp(-1.0 * 0.25);
        Assert.Equal(any * 0.3, attempt, 12);
        Assert.Equal(any * 0.2, giveUp, 12);
        Assert.Equal(any * 0.5, present, 12);

        // no money, impatient, not admitted: attempt 0.3·3·0.5 = 0.45, give up 0.6, present 0.
        (attempt, giveUp, present) = decisions.Probabilities(StrandedDecisions.Combination(false, true, false));
        any = 1 - Math.Exp(-1.05 * 0.25);
        Assert.Equal(any * 0.45 / 1.05, attempt, 12);
        Assert.Equal(any * 0.6 / 1.05, giveUp, 12);
        Assert.Equal(0, present, 12);
        var combo = StrandedDecisions.Combination(false, true, false);
        Assert.Equal(StrandedChoice.TryIrregularRoute, decisions.Choose(combo, 0.0));
        Assert.Equal(StrandedChoice.TryIrregularRoute, decisions.Choose(combo, (0.45 / 1.05) - 1e-9));
        Assert.Equal(StrandedChoice.GiveUp, decisions.Choose(combo, (0.45 / 1.05) + 1e-9));
        Assert.Equal(StrandedChoice.GiveUp, decisions.Choose(combo, 0.999999));
        Assert.Equal(StrandedChoice.PresentAgain, decisions.Choose(StrandedDecisions.Combination(true, false, true), 0.999999));
        Assert.Equal(any, decisions.ProbabilityOfAny(combo, 0.25), 12);
    }

    [Theory]
    [InlineData(EntryRuleKind.Open, false)]
    [InlineData(EntryRuleKind.DocumentedOnly, false)]
    [InlineData(EntryRuleKind.DocumentedOnly, true)]
    [InlineData(EntryRuleKind.Closed, false)]
    [InlineData(EntryRuleKind.Closed, true)]
    public void The_full_tick_table_by_traits_folds_in_the_entry_rule_of_the_day(EntryRuleKind rule, bool exempt)
    {
        var behaviour = TestScenarios.Small().Behaviour with { IrregularAttemptRatePerDay = 0.3, GiveUpRatePerDay = 0.2, RepresentRatePerDay = 0.5 };
        var day = DayConditions.Default(rule, exempt);
        var decisions = new StrandedDecisions();
        decisions.Prepare(behaviour, day, 0.25);
        for (var bits = 0; bits < 8; bits++)
        {
            var traits = (GroupTraits)bits;
            var documented = (traits & GroupTraits.Documented) != 0;
            var vulnerable = (traits & GroupTraits.Vulnerable) != 0;
            var money = (traits & GroupTraits.HasMoney) != 0;
            foreach (var impatient in new[] { false, true })
            {
                var combination = StrandedDecisions.Combination(money, impatient, day.Admits(documented, vulnerable));
                Assert.Equal(decisions.ProbabilityOfAny(combination, 0.25), decisions.AnyInFullTick(traits, impatient));
            }
        }
    }

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
}
