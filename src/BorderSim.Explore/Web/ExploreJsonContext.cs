using System.Text.Json.Serialization;
using BorderSim.Explore.Session;

namespace BorderSim.Explore.Web;

/// <summary>Compile-time JSON metadata of everything the page's API writes: no reflection, fit for Native AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScenarioDescription))]
[JsonSerializable(typeof(RunResponse))]
[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class ExploreJsonContext : JsonSerializerContext;
