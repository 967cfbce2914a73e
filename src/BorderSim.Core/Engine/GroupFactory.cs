using BorderSim.Core.Model;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Time;
using MathNet.Numerics.Distributions;

namespace BorderSim.Core.Engine;

/// <summary>Draws new travel groups from the scenario's population composition.</summary>
public sealed class GroupFactory
{
    private readonly int[] _sizes;
    private readonly double[] _sizeCumulative;
    private readonly double[] _nationalityCumulative;
    private readonly double[] _documentedShare;
    private readonly Population _population;
    private readonly GammaDays _travelDays;

    public GroupFactory(Population population, Travel travel)
    {
        _population = population;
        _travelDays = travel.TravelDays;
        _sizes = population.GroupSizes.Select(g => g.Size).ToArray();
        _sizeCumulative = Cumulative(population.GroupSizes.Select(g => g.Share));
        _nationalityCumulative = Cumulative(population.Nationalities.Select(n => n.Share));
        _documentedShare = population.Nationalities.Select(n => n.DocumentedShare).ToArray();
        var totalShare = population.GroupSizes.Sum(g => g.Share);
        MeanGroupSize = population.GroupSizes.Sum(g => g.Size * g.Share) / totalShare;
    }

    /// <summary>Expected persons per group, to turn a rate in persons into a rate in groups.</summary>
    public double MeanGroupSize { get; }

    /// <summary>A new group leaving home at <paramref name="minute"/>, at most <paramref name="maxSize"/> persons.</summary>
    public Group Create(int minute, int maxSize, RandomStream random)
    {
        var size = Math.Min(_sizes[Pick(_sizeCumulative, random.NextUnit())], maxSize);
        var nationality = Pick(_nationalityCumulative, random.NextUnit());
        var traits = GroupTraits.None;
        if (random.Chance(_documentedShare[nationality]))
        {
            traits |= GroupTraits.Documented;
        }

        var vulnerableShare = size == 1 ? _population.VulnerableShareSingles : _population.VulnerableShareFamilies;
        if (random.Chance(vulnerableShare))
        {
            traits |= GroupTraits.Vulnerable;
        }

        if (random.Chance(_population.SmugglerMoneyShare))
        {
            traits |= GroupTraits.HasMoney;
        }

        var patienceDays = DrawDays(_population.PatienceDays, random);
        var travelDays = DrawDays(_travelDays, random);
        return new Group
        {
            State = GroupState.Travelling,
            Size = (byte)size,
            Nationality = (byte)nationality,
            Traits = traits,
            ClockMinute = minute,
            UntilMinute = minute + Minutes.FromDays(travelDays),
            PatienceMinutes = Minutes.FromDays(patienceDays),
        };
    }

    /// <summary>A Gamma-distributed duration in days.</summary>
    public static double DrawDays(GammaDays days, Random random) =>
        Gamma.Sample(random, days.Shape, days.Shape / days.Mean);

    private static int Pick(double[] cumulative, double u)
    {
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private static double[] Cumulative(IEnumerable<double> shares)
    {
        var values = shares.ToArray();
        var total = values.Sum();
        var cumulative = new double[values.Length];
        var running = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            running += values[i] / total;
            cumulative[i] = running;
        }

        return cumulative;
    }
}
