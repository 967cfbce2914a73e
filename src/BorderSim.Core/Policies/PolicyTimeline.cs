using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;

namespace BorderSim.Core.Policies;

/// <summary>Turns the scenario's dated policies into the conditions of each day of the window.</summary>
public static class PolicyTimeline
{
    public static DayConditions[] Compile(Scenario scenario, SimulationCalendar calendar)
    {
        var nationalities = scenario.Population.Nationalities.Select(n => n.Name).ToArray();
        var days = new DayConditions[calendar.Days];
        for (var d = 0; d < days.Length; d++)
        {
            var date = calendar.DateOfDay(d);
            var context = new PolicyContext(date, nationalities);
            var conditions = DayConditions.Default(scenario.Border.DefaultEntryRule, scenario.Border.DefaultVulnerableExempt);
            foreach (var policy in scenario.Policies)
            {
                if (!policy.IsInForceOn(date))
                {
                    continue;
                }

                foreach (var effect in policy.Effects.All())
                {
                    effect.Apply(ref conditions, context);
                }
            }

            days[d] = conditions;
        }

        return days;
    }
}
