namespace BorderSim.Core.Calibration;

/// <summary>
/// The budget ran out before the first population had its particles: too few draws from the priors had a finite
/// distance. Not a bug but a calibration the input cannot make (priors that make the scenario invalid, or a budget too
/// small for them), so the command reports it as invalid input.
/// </summary>
public sealed class AbcSmcException(string message) : Exception(message);
