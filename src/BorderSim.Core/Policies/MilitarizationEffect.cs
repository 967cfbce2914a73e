using System.Text.Json.Serialization;

namespace BorderSim.Core.Policies;

/// <summary>Troops at the border: detection multiplies, a share of irregular choices is deterred. Overlapping militarizations compound.</summary>
public sealed record MilitarizationEffect : IPolicyEffect
{
    [JsonIgnore]
    public string Key => "militarization";

    public double DetectionMultiplier { get; init; } = 1.0;

    public double Deterrence { get; init; }

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
