using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BorderSim.Core.Experiments;
using BorderSim.Core.Results;

namespace BorderSim.Core.Scenarios;

/// <summary>
/// Compile-time JSON metadata of every record BorderSim writes or reads as JSON: serializing them needs no reflection
/// and no code generated at run time, which keeps a whole 'bordersim run' process fast (docs/PERFORMANCE.md). The
/// options that shape the bytes are <see cref="ScenarioJson.Options"/>; a type missing here cannot be written (a test says so).
/// </summary>
[JsonSerializable(typeof(Scenario))]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(RunManifest))]
[JsonSerializable(typeof(RunAllManifest))]
[JsonSerializable(typeof(ExperimentManifest))]
[JsonSerializable(typeof(EnsembleSummary))]
[JsonSerializable(typeof(BorderSim.Core.Calibration.CalibrationManifest))]
[JsonSerializable(typeof(Sensitivity.SensitivityManifest))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class BorderSimJsonContext : JsonSerializerContext;
