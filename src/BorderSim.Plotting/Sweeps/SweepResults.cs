using System.Globalization;
using BorderSim.Plotting.Results;

namespace BorderSim.Plotting.Sweeps;

/// <summary>A varied parameter: its key path and its distinct values, in order (ascending when all are numbers).</summary>
public sealed record SweepParameter(string Path, IReadOnlyList<string> Values, bool IsNumeric)
{
    /// <summary>Where <paramref name="value"/> goes on an axis: the number itself, or the index of a non-numeric value.</summary>
    public double Position(string value) => IsNumeric ? ParseNumber(value)!.Value : IndexOf(value);

    /// <summary>The middle value (the lower of the two middle ones for an even count).</summary>
    public string Middle => Values[(Values.Count - 1) / 2];

    internal int IndexOf(string value)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == value)
            {
                return i;
            }
        }
        throw new ArgumentException($"'{value}' is not a value of {Path}.", nameof(value));
    }

    internal static double? ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}

/// <summary>
/// A sweep's results folder: points.csv and, if present, manifest.json, read without touching the file system (the
/// caller passes a function returning a file's text, or null when the folder lacks it).
/// </summary>
public sealed class SweepResults
{
    private SweepResults(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<SweepPoint> points, ResultsManifest manifest)
    {
        Parameters = parameters;
        Points = points;
        Manifest = manifest;
        IsGrid = parameters.Aggregate(1L, (n, p) => n * p.Values.Count) == points.Count
            && points.Select(p => string.Join('\u001F', p.Values)).Distinct(StringComparer.Ordinal).Count() == points.Count;
    }

    public IReadOnlyList<SweepParameter> Parameters { get; }

    public IReadOnlyList<SweepPoint> Points { get; }

    public ResultsManifest Manifest { get; }

    /// <summary>True when the points are every combination of the parameters' values, each once (a full grid).</summary>
    public bool IsGrid { get; }

    /// <summary>Runs per point (the most any point has; a sweep gives every point the same).</summary>
    public int Replicates => Points.Max(p => p.Replicates);

    public string ScenarioName => Manifest.Scenario.Name ?? "unnamed scenario";

    /// <summary>True for the manifest of a sweep, or of one slice of a sweep.</summary>
    public static bool IsSweepManifest(string? manifestText) =>
        manifestText is not null && ResultsManifest.Parse(manifestText, ResultsData.ManifestJson).Kind == "sweep";

    public static SweepResults Parse(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var manifest = read(ResultsData.ManifestJson) is { } json ? ResultsManifest.Parse(json, ResultsData.ManifestJson) : ResultsManifest.Empty;
        if (read(SweepPoints.FileName) is not { } text)
        {
            throw new ResultsFormatException(manifest.Shard is { } shard && shard != "1/1"
                ? $"this is slice {shard} of a sweep and has no {SweepPoints.FileName}: join the slices with 'bordersim merge' and draw the merged folder"
                : $"not a sweep's results: {SweepPoints.FileName} is missing");
        }
        var (paths, points) = SweepPoints.Parse(text);
        var parameters = paths.Select((path, i) => Parameter(path, points.Select(p => p.Values[i]))).ToArray();
        return new SweepResults(parameters, points, manifest);
    }

    public static SweepResults Parse(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Parse(name => files.TryGetValue(name, out var text) ? text : null);
    }

    private static SweepParameter Parameter(string path, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        var numeric = distinct.All(v => SweepParameter.ParseNumber(v) is not null);
        return numeric
            ? new SweepParameter(path, distinct.OrderBy(v => SweepParameter.ParseNumber(v)!.Value).ToArray(), true)
            : new SweepParameter(path, distinct, false);
    }
}
