namespace BorderSim.Core.Randomness;

/// <summary>
/// The independent random streams of one run, all derived from its seed. Each process of the model draws
/// from its own stream, so adding draws to one process does not shift the numbers another one sees.
/// </summary>
public sealed class RandomStreams
{
    public RandomStreams(ulong seed)
    {
        Seed = seed;
        Departures = new RandomStream(SplitMix64.Derive(seed, 1));
        Attributes = new RandomStream(SplitMix64.Derive(seed, 2));
        Behaviour = new RandomStream(SplitMix64.Derive(seed, 3));
    }

    public ulong Seed { get; }

    /// <summary>How many groups leave the pool each tick.</summary>
    public RandomStream Departures { get; }

    /// <summary>Each group's size, nationality, documents, vulnerability, money, patience and travel time.</summary>
    public RandomStream Attributes { get; }

    /// <summary>Every decision and hazard after departure.</summary>
    public RandomStream Behaviour { get; }

    /// <summary>The seed of replicate <paramref name="index"/> of an experiment whose seed is <paramref name="seed"/>.</summary>
    public static ulong ReplicateSeed(ulong seed, int index) =>
        index == 0 ? seed : SplitMix64.Derive(seed, 0x5EED_0000UL + (ulong)index);
}
