namespace BorderSim.Benchmarks;

/// <summary>
/// Every benchmark class implements this so the smoke test can shrink its workload (after the first value of each
/// [Params] is set, before [GlobalSetup]) and run each benchmark once in a fraction of a second.
/// </summary>
public interface ITinyWorkload
{
    void MakeTiny();
}
