using BorderSim.Core.Calibration;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>Priors for tests, over a key path's catalogue entry.</summary>
internal static class Priors
{
    public static Prior Of(string path, double low, double high, UncertainDistribution distribution = UncertainDistribution.Uniform, double mode = 0, double sd = 1, ParameterKind kind = ParameterKind.Number) => new(new UncertainParameter
    {
        Path = path,
        Parameter = ParameterCatalog.Find(path)!,
        Kind = kind,
        Low = low,
        High = high,
        Distribution = distribution,
        Mode = mode,
        Sd = sd,
        Value = "",
        Source = "test",
        RangeFromCatalogue = false,
    });
}
