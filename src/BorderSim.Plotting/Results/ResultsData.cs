namespace BorderSim.Plotting.Results;

/// <summary>
/// The contents of a results folder (daily.csv, summary.json and, if present, manifest.json), read without touching
/// the file system: the caller passes a function that returns a file's text, or null when the folder lacks it.
/// </summary>
public sealed class ResultsData
{
    public const string DailyCsv = "daily.csv";
    public const string SummaryJson = "summary.json";
    public const string ManifestJson = "manifest.json";

    /// <summary>Files a folder must have to be drawn. manifest.json adds policies, events and provenance when present.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = [DailyCsv, SummaryJson];

    private ResultsData(DailyTable daily, ResultsSummary summary, ResultsManifest manifest)
    {
        Daily = daily;
        Summary = summary;
        Manifest = manifest;
    }

    public DailyTable Daily { get; }

    public ResultsSummary Summary { get; }

    public ResultsManifest Manifest { get; }

    public string ScenarioName => Manifest.Scenario.Name ?? Summary.Scenario ?? "unnamed scenario";

    public string? Seed => Summary.Seed ?? Manifest.Seed ?? Manifest.Scenario.Seed;

    public string? Tick => Summary.Tick ?? Manifest.Tick ?? Manifest.Scenario.Tick;

    /// <summary>Replicates behind the figures: from summary.json or manifest.json, else 1.</summary>
    public int Replicates => Summary.Replicates ?? Manifest.Replicates ?? 1;

    /// <summary>The days the charts show: those of daily.csv.</summary>
    public DateWindow Window => new(Daily.First, Daily.Last);

    /// <summary>Reads a folder's files through <paramref name="read"/> (file name to text, or null when missing).</summary>
    public static ResultsData Parse(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var missing = RequiredFiles.Where(f => read(f) is null).ToArray();
        if (missing.Length > 0)
        {
            throw new ResultsFormatException($"not a results folder: {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} missing");
        }
        var daily = DailyTable.Parse(read(DailyCsv)!, DailyCsv);
        var summary = ResultsSummary.Parse(read(SummaryJson)!, SummaryJson);
        var manifest = read(ManifestJson) is { } text ? ResultsManifest.Parse(text, ManifestJson) : ResultsManifest.Empty;
        return new ResultsData(daily, summary, manifest);
    }

    public static ResultsData Parse(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Parse(name => files.TryGetValue(name, out var text) ? text : null);
    }
}
