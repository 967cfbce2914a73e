using System.Globalization;
using System.Text;
using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Sensitivity;

/// <summary>
/// The tables of a sensitivity analysis, tidy and invariant: indices.csv (one row per output, parameter and index, with
/// its 95% interval), design.csv (one row per point: its role, the value of each parameter as --set takes it, and the
/// mean of each key figure over the replicates with its standard error) and variance.csv (each key figure's variance
/// across points and the share of it that is the replicates' noise).
/// </summary>
public static class SensitivityWriter
{
    public const string IndicesCsv = "indices.csv";
    public const string DesignCsv = "design.csv";
    public const string VarianceCsv = "variance.csv";

    public static void WriteIndices(SensitivityResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var method = result.Design.Method == SensitivityMethod.Sobol ? "sobol" : "morris";
        writer.Write("method,output,parameter,index,estimate,ci_low,ci_high,rank\n");
        foreach (var output in result.Outputs)
        {
            var rank = result.Ranking(output).Select((r, n) => (r.Index.Parameter, n + 1)).ToDictionary(x => x.Parameter, x => x.Item2);
            foreach (var index in output.Indices)
            {
                writer.Write($"{method},{output.Output},{result.Parameters[index.Parameter].Path},{index.Index},{Number(index.Estimate)},{Number(index.Low)},{Number(index.High)},{(output.Varies ? rank[index.Parameter].ToString(CultureInfo.InvariantCulture) : "")}\n");
            }
        }
    }

    public static void WriteVariance(SensitivityResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("output,variance,noise_variance,noise_share\n");
        foreach (var o in result.Outputs)
        {
            writer.Write($"{o.Output},{Number(o.Variance)},{Number(o.NoiseVariance)},{Number(o.NoiseShare)}\n");
        }
    }

    /// <summary>The header of design.csv.</summary>
    public static string DesignHeader(IReadOnlyList<UncertainParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var header = new StringBuilder("point,block,role");
        foreach (var p in parameters)
        {
            header.Append(',').Append(p.Column);
        }

        foreach (var name in ModelEvaluation.Outputs)
        {
            header.Append(',').Append(name).Append(',').Append(name).Append("_se");
        }

        return header.Append('\n').ToString();
    }

    /// <summary>One row of design.csv.</summary>
    public static string DesignRow(SensitivityDesign design, IReadOnlyList<UncertainParameter> parameters, PointOutputs point)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(point);
        var values = UncertainPoints.Texts(parameters, UncertainPoints.FromUnit(parameters, design.Points[point.Point]));
        var line = new StringBuilder();
        line.Append(point.Point.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append((point.Point / design.BlockSize).ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(design.Role(point.Point));
        foreach (var v in values)
        {
            line.Append(',').Append(v);
        }

        for (var o = 0; o < point.Means.Length; o++)
        {
            line.Append(',').Append(Number(point.Means[o])).Append(',').Append(Number(point.StandardErrors[o]));
        }

        return line.Append('\n').ToString();
    }

    /// <summary>Reads back the outputs of design.csv's rows (for merging slices): point, means, standard errors.</summary>
    public static IReadOnlyList<PointOutputs> ReadDesign(string text, int parameters)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<PointOutputs>();
        var outputs = ModelEvaluation.Outputs.Length;
        var fields = 3 + parameters + (2 * outputs);
        foreach (var (line, n) in text.Split('\n').Select((l, i) => (l, i + 1)).Skip(1).Where(x => x.l.Length > 0))
        {
            var f = line.Split(',');
            if (f.Length != fields)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{DesignCsv} line {n}: expected {fields} fields, found {f.Length}"));
            }

            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var point))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{DesignCsv} line {n}: the point '{f[0]}' is not a whole number"));
            }

            var means = new double[outputs];
            var errors = new double[outputs];
            for (var o = 0; o < outputs; o++)
            {
                means[o] = Parse(f[3 + parameters + (2 * o)], n);
                errors[o] = Parse(f[3 + parameters + (2 * o) + 1], n);
            }

            rows.Add(new PointOutputs(point, means, errors));
        }

        return rows;
    }

    /// <summary>Shortest round-trip text; empty for NaN (not known).</summary>
    public static string Number(double x) => double.IsNaN(x) ? "" : x.ToString("R", CultureInfo.InvariantCulture);

    private static double Parse(string text, int line) =>
        text.Length == 0 ? double.NaN
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x
        : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{DesignCsv} line {line}: '{text}' is not a number"));
}
