using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Sensitivity;

/// <summary>A finished sensitivity analysis: what was varied, how, and the indices of each key figure.</summary>
public sealed record SensitivityResult
{
    public required string ScenarioName { get; init; }

    public required SensitivityDesign Design { get; init; }

    public required IReadOnlyList<UncertainParameter> Parameters { get; init; }

    public required int Replicates { get; init; }

    public required ulong Seed { get; init; }

    public required string Tick { get; init; }

    public required IReadOnlyList<OutputSensitivity> Outputs { get; init; }

    /// <summary>The parameters of <paramref name="output"/> from the most to the least influential (by ST, or μ*), with their headline index.</summary>
    public IReadOnlyList<(UncertainParameter Parameter, SensitivityIndex Index)> Ranking(OutputSensitivity output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var headline = Design.Method == SensitivityMethod.Sobol ? "ST" : "mu_star";
        return output.Indices.Where(i => i.Index == headline)
            .OrderByDescending(i => double.IsNaN(i.Estimate) ? double.NegativeInfinity : i.Estimate)
            .ThenBy(i => i.Parameter)
            .Select(i => (Parameters[i.Parameter], i))
            .ToArray();
    }
}
