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

    /// <summary>
    /// The largest seed BorderSim accepts or writes: 2^53 - 1, the largest whole number a double holds exactly, so a
    /// seed survives R's read.csv, pandas, Excel and JavaScript unchanged and a cited seed reproduces its run.
    /// </summary>
    public const ulong MaxSeed = (1UL << 53) - 1;

    /// <summary>
    /// The seed of replicate <paramref name="index"/> of an experiment whose seed is <paramref name="seed"/>: the seed
    /// itself for replicate 0, else a derived seed cut to 53 bits (at most <see cref="MaxSeed"/>).
    /// </summary>
    public static ulong ReplicateSeed(ulong seed, int index) =>
        index == 0 ? seed : SplitMix64.Derive(seed, 0x5EED_0000UL + (ulong)index) & MaxSeed;
}
