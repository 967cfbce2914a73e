using System.ComponentModel;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;

namespace BorderSim.Core.Policies;

/// <summary>Troops at the border: detection multiplies, a share of irregular choices is deterred. Overlapping militarizations compound.</summary>
public sealed record MilitarizationEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "militarization";

    [Description("Multiplier on the irregular route's detection hazard.")]
    [Range(0.0, 1_000.0)]
    public double DetectionMultiplier { get; init; } = 1.0;

    [Description("Fraction of irregular choices (attempts from stranding and direct irregular arrivals) deterred, 0 to 1.")]
    [Range(0.0, 1.0)]
    public double Deterrence { get; init; }

    [Description("Share of intercepted groups returned inland while in force (overrides the behaviour default).")]
    [Range(0.0, 1.0)]
    public double? InterceptedReturnedInlandShare { get; init; }

    public void Apply(ref DayConditions conditions, PolicyContext context)
    {
        conditions.DetectionMultiplier *= DetectionMultiplier;
        conditions.Deterrence = 1.0 - ((1.0 - conditions.Deterrence) * (1.0 - Deterrence));
        if (InterceptedReturnedInlandShare is { } share)
        {
            conditions.InterceptedReturnedInlandShare = share;
        }
    }

    public bool Contradicts(IPolicyEffect other) =>
        other is MilitarizationEffect o
        && InterceptedReturnedInlandShare is { } a
        && o.InterceptedReturnedInlandShare is { } b
        && a != b;
}
