using System.Text.Json.Nodes;
using BorderSim.Core.Results;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Results;

public sealed class ManifestTests
{
    [Fact]
    public void The_provenance_keys_are_keys_of_the_manifests()
    {
        var scenario = TestScenarios.Small();
        var run = JsonNode.Parse(ScenarioJson.Serialize(TestManifests.Run(scenario, "a.yaml")))!.AsObject();
        var runAll = JsonNode.Parse(ScenarioJson.Serialize(new RunAllManifest
        {
            BordersimVersion = "0.1.0",
            DotnetVersion = ".NET 10.0.1",
            Machine = "Linux X64, 2 cores",
            CommandLine = ["bordersim", "run-all", "scenarios"],
            Inputs = ["scenarios"],
            Scenarios = [new RunAllScenario("small", "scenarios/small.yaml", "00")],
            ComparisonChart = ["small"],
        }))!.AsObject();

        Assert.All(RunManifest.ProvenanceKeys, k => Assert.True(run.ContainsKey(k), k));
        Assert.All(RunAllManifest.ProvenanceKeys, k => Assert.True(runAll.ContainsKey(k), k));
        Assert.Equal("run-all", (string?)runAll["kind"]);
        Assert.Equal("scenarios/small.yaml", (string?)runAll["scenarios"]![0]!["scenario_file"]);
    }

    /// <summary>
    /// manifest.json's "kind" tells the folders apart: `reproduce` and `merge` recognise a run's, a calibration's and a
    /// sensitivity analysis's folder (and a slice of one) by it.
    /// </summary>
    [Fact]
    public void Each_manifest_says_which_command_made_it()
    {
        var scenario = TestScenarios.Small();
        string? Kind<T>(T manifest) => (string?)JsonNode.Parse(ScenarioJson.Serialize(manifest))!["kind"];
        Assert.Equal("run", Kind(TestManifests.Run(scenario, "a.yaml")));
        Assert.Equal("calibration", TestManifests.Calibration(scenario).Kind);
        Assert.Equal("calibration", Kind(TestManifests.Calibration(scenario)));
        Assert.Equal("sensitivity", Kind(TestManifests.Sensitivity(scenario)));
        Assert.Equal("sensitivity", ScenarioJson.Deserialize<BorderSim.Core.Sensitivity.SensitivityManifest>(ScenarioJson.Serialize(TestManifests.Sensitivity(scenario)))!.Kind);
    }
}
