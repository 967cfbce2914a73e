namespace BorderSim.Core.Sensitivity;

/// <summary>
/// One index of one parameter for one output: its estimate and bootstrap confidence interval (NaN where the output
/// does not vary, so no share of its variance can be given).
/// </summary>
/// <param name="Parameter">The parameter's position in the analysis (0 … k − 1).</param>
/// <param name="Index">"S1", "ST" (Sobol); "mu_star", "mu", "sigma" (Morris).</param>
public sealed record SensitivityIndex(int Parameter, string Index, double Estimate, double Low, double High);
