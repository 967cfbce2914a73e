using BorderSim.Core.Calibration;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Calibration;

public sealed class CalibrationManifestTests
{
    /// <summary>manifest.json's "kind" is what tells a calibration's folder from a run's, an ensemble's or a sweep's.</summary>
    [Fact]
    public void A_calibrations_manifest_says_it_is_one()
    {
        var manifest = new CalibrationManifest
        {
            BordersimVersion = "1",
            DotnetVersion = "10",
            Machine = "test",
            CommandLine = [],
            ScenarioFile = "small.yaml",
            ScenarioSha256 = "",
            Seed = 1,
            Tick = "6h",
            Overrides = [],
            Method = "abc-smc",
            Distance = "",
            Particles = 4,
            Budget = 8,
            MaxPopulations = 1,
            ToleranceQuantile = 0.5,
            Parameters = [],
            Priors = [],
            HeldOut = [],
            Simulations = 8,
            Populations = 1,
            FinalTolerance = null,
            StopReason = "",
            Replicates = 0,
            ResolvedScenario = TestScenarios.Small(),
            Observations = [],
            Files = [],
        };
        Assert.Equal("calibration", manifest.Kind);
    }
}
