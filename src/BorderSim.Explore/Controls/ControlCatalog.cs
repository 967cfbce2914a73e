using System.Globalization;
using System.Text.RegularExpressions;
using BorderSim.Core.Scenarios;

namespace BorderSim.Explore.Controls;

/// <summary>
/// The controls of a scenario: every parameter a student would change, read from the parameter catalogue (meaning,
/// unit, limits, plausible range, source) and the scenario's own values, grouped as the scenario file is. Left out:
/// names, descriptions, labels, sources, the tick (no result depends on it), events (markers on the charts) and
/// values a file leaves unset (other than a policy's end).
/// </summary>
public static partial class ControlCatalog
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "name", "description", "tick", "observations", "policies[].label", "policies[].source",
    };

    public static IReadOnlyList<ControlGroup> Build(Scenario scenario, ISliderRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ranges);
        var groups = new List<(string Id, List<Control> Controls)>();
        foreach (var value in ParameterCatalog.Values(scenario))
        {
            if (ToControl(scenario, value, ranges) is not { } control)
            {
                continue;
            }

            var id = GroupId(value.Path);
            if (groups.Count == 0 || groups[^1].Id != id)
            {
                groups.Add((id, []));
            }

            groups[^1].Controls.Add(control);
        }

        return groups.Select(g => new ControlGroup
        {
            Id = g.Id,
            Title = Title(scenario, g.Id),
            Note = PolicyIndex(g.Id) is { } i ? PolicyNote(scenario, i) : null,
            Controls = g.Id.StartsWith("policies", StringComparison.Ordinal) ? [.. g.Controls.OrderBy(PolicyOrder)] : g.Controls,
        }).ToArray();
    }

    private static Control? ToControl(Scenario scenario, ParameterValue value, ISliderRanges ranges)
    {
        var p = value.Parameter;
        var role = p.Path switch
        {
            "policies[].enabled" => "switch",
            "policies[].start" => "start",
            "policies[].end" => "end",
            "policies[].duration_days" => "duration",
            _ => null,
        };
        if (Skipped.Contains(p.Path) || p.Path.StartsWith("events", StringComparison.Ordinal) || p.Path.StartsWith("uncertainty", StringComparison.Ordinal) || p.Kind == ParameterKind.Text)
        {
            return null;
        }

        if (value.Value == "none")
        {
            // A policy without end or duration runs to the end of the window: its end is offered, empty. Its missing
            // duration is not (the end stands for both).
            var policy = scenario.Policies[PolicyIndex(GroupId(value.Path))!.Value];
            if (role != "end" || policy.DurationDays is not null)
            {
                return null;
            }
        }

        var control = new Control
        {
            Path = value.Path,
            Label = Label(scenario, value.Path),
            Meaning = p.Meaning,
            Unit = p.Unit is "–" or "text" or "date" or "choice" or "boolean" ? "" : p.Unit,
            Kind = p.Kind switch
            {
                ParameterKind.Number => "number",
                ParameterKind.WholeNumber => "whole",
                ParameterKind.Boolean => "boolean",
                ParameterKind.Date => "date",
                _ => "choice",
            },
            Role = role,
            Value = value.Value == "none" ? "" : value.Value,
            Limits = p.Limits?.ToString(),
            Plausible = ranges.OwnRange(value)?.Range ?? (p.PlausibleText == "–" ? null : p.PlausibleText),
            Source = ranges.OwnRange(value)?.Source ?? p.Source,
            Choices = p.Choices,
        };
        return p.Kind is ParameterKind.Number or ParameterKind.WholeNumber && role is null
               && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? control with { Slider = Slider(p, ranges.PlausibleRange(value), number, ranges.Origin) }
            : control;
    }

    /// <summary>
    /// The plausible range widened to hold the scenario's value, within the hard limits, on a round step (about a hundred
    /// steps); where there is no plausible range, hard limits narrow enough to slide over; else no slider.
    /// </summary>
    public static SliderRange? Slider(Parameter parameter, ValueRange? plausible, double value, string origin)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var limits = parameter.Limits;
        var range = plausible ?? (limits is { } l && l.High - l.Low <= 100 ? l : null);
        if (range is null)
        {
            return null;
        }

        var whole = parameter.Kind == ParameterKind.WholeNumber;
        var (low, high) = (Math.Min(range.Low, value), Math.Max(range.High, value));
        if (!(high > low))
        {
            return null;
        }

        var step = RoundStep((high - low) / 100);
        if (whole)
        {
            step = Math.Max(1, Math.Round(step));
        }

        low = Math.Floor(low / step) * step;
        high = Math.Ceiling(high / step) * step;
        if (limits is not null)
        {
            low = Math.Max(low, limits.Low);
            high = Math.Min(high, limits.High);
        }

        return new SliderRange(Clean(low), Clean(high), Clean(step), plausible is null ? "the hard limits" : origin);
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="raw"/>.</summary>
    public static double RoundStep(double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw * (1 - 1e-9));
    }

    private static double Clean(double x) => Math.Round(x, 10);

    /// <summary>"population", "border", "policies[2]", or "run" for the window and seed.</summary>
    private static string GroupId(string path)
    {
        if (path.StartsWith("policies[", StringComparison.Ordinal))
        {
            return path[..(path.IndexOf(']', StringComparison.Ordinal) + 1)];
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        return head is "window" or "seed" ? "run" : head;
    }

    private static int? PolicyIndex(string groupId) =>
        groupId.StartsWith("policies[", StringComparison.Ordinal)
            ? int.Parse(groupId["policies[".Length..^1], CultureInfo.InvariantCulture)
            : null;

    /// <summary>A policy's switch, dates and duration before its effects.</summary>
    private static int PolicyOrder(Control c) => c.Role switch
    {
        "switch" => 0,
        "start" => 1,
        "end" => 2,
        "duration" => 3,
        _ => 4,
    };

    private static string Title(Scenario scenario, string id) => id switch
    {
        "run" => "Run settings",
        _ when PolicyIndex(id) is { } i => $"Policy: {scenario.Policies[i].Label}",
        _ => Humanize(id),
    };

    private static string PolicyNote(Scenario scenario, int index)
    {
        var p = scenario.Policies[index];
        var end = p.End is { } e ? $"to {Day(e)}"
            : p.DurationDays is { } d ? string.Create(CultureInfo.InvariantCulture, $"for {d} days, to {Day(p.Start.AddDays(d - 1))}")
            : "to the end of the window";
        return $"From {Day(p.Start)} {end}." + (p.Source is { Length: > 0 } source ? $" Source: {source}." : "");
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Give up rate per day", "Queue: give up rate per day", "Venezuela: documented share", "Hours 6–24: persons per
    /// hour", "Militarization: deterrence": the path below its group, list entries named by what they hold.
    /// </summary>
    private static string Label(Scenario scenario, string path)
    {
        var parts = new List<string>();
        var segments = path.Split('.');
        foreach (var segment in segments.Length == 1 ? segments : segments[1..])
        {
            if (segment == "effects")
            {
                continue;
            }

            var match = Item().Match(segment);
            parts.Add(match.Success ? ItemName(scenario, match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : segment.Replace('_', ' '));
        }

        if (segments[0].StartsWith("policies", StringComparison.Ordinal) && parts.Count == 1)
        {
            parts[0] = parts[0] switch
            {
                "enabled" => "In force",
                "start" => "First day",
                "end" => "Last day",
                "duration days" => "Days in force",
                var other => other,
            };
        }
        else if (segments[0] == "window")
        {
            parts[0] = parts[0] == "start" ? "First simulated day" : "Last simulated day";
        }

        var label = string.Join(": ", parts);
        return label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
    }

    private static string ItemName(Scenario scenario, string list, int index) => list switch
    {
        "nationalities" when index < scenario.Population.Nationalities.Count => scenario.Population.Nationalities[index].Name,
        "group_sizes" when index < scenario.Population.GroupSizes.Count => string.Create(CultureInfo.InvariantCulture, $"Groups of {scenario.Population.GroupSizes[index].Size}"),
        "capacity_schedule" when index < scenario.Border.CapacitySchedule.Count =>
            string.Create(CultureInfo.InvariantCulture, $"Hours {scenario.Border.CapacitySchedule[index].FromHour}–{scenario.Border.CapacitySchedule[index].ToHour}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Humanize(list)} {index + 1}"),
    };

    private static string Humanize(string key)
    {
        var words = key.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^([a-z_]+)\[(\d+)\]$")]
    private static partial Regex Item();
}
