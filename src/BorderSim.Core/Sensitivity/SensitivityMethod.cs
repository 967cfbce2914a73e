namespace BorderSim.Core.Sensitivity;

/// <summary>The global sensitivity methods BorderSim computes.</summary>
public enum SensitivityMethod
{
    /// <summary>Morris elementary effects: a screening of many parameters with few runs (μ*, μ, σ).</summary>
    Morris,

    /// <summary>Sobol variance-based indices with Saltelli sampling: first-order (S1) and total (ST) shares of the variance.</summary>
    Sobol,
}
