using BorderSim.Plotting.Sweeps;

namespace BorderSim.Plotting.Tests.Support;

/// <summary>
/// Committed sweep folders under Fixtures/ (points.csv and manifest.json, written by bordersim sweep with tick 24h):
/// "sweep-one" (one parameter, 4 values × 10 runs), "sweep-grid" (5 × 3 grid, 10 runs), "sweep-three" (3 × 2 × 2
/// grid, 4 runs) and "sweep-lhs" (a 40-point Latin hypercube over two ranges, 5 runs).
/// </summary>
internal static class SweepFixtures
{
    public static readonly IReadOnlyList<string> Names = ["sweep-one", "sweep-grid", "sweep-three", "sweep-lhs"];

    public static SweepResults Load(string name) => SweepResults.Parse(ResultFixtures.Files(name));
}
