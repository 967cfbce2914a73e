namespace BorderSim.Core.Randomness;

/// <summary>SplitMix64: turns a seed and stream number into well-mixed 64-bit state. Used only to seed streams.</summary>
public static class SplitMix64
{
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A child seed derived from a parent seed and a label; different labels give independent seeds.</summary>
    public static ulong Derive(ulong seed, ulong label)
    {
        var state = seed ^ (label * 0xD1B54A32D192ED03UL);
        Next(ref state);
        return Next(ref state);
    }
}
