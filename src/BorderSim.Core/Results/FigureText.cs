using System.Globalization;
using BorderSim.Core.Experiments;

namespace BorderSim.Core.Results;

/// <summary>
/// How a key figure is written for people (the command line, reports, comparison tables): one rule everywhere, so
/// the same number reads the same wherever it is shown. Whole numbers with a thousands separator, halves rounded away
/// from zero, invariant culture; an ensemble's figure as its median with the 90% interval of the replicates.
/// </summary>
public static class FigureText
{
    /// <summary>158.5 → "159"; 12345.2 → "12,345".</summary>
    public static string Number(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>"158 (90% interval 140–171)".</summary>
    public static string MedianWithInterval(Distribution d) =>
        $"{Number(d.P50)} (90% interval {Number(d.P5)}–{Number(d.P95)})";

    /// <summary>"140–171".</summary>
    public static string Interval(Distribution d) => $"{Number(d.P5)}–{Number(d.P95)}";
}
