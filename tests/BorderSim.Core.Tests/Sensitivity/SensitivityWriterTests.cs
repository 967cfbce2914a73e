using System.Globalization;
using BorderSim.Core.Randomness;
using BorderSim.Core.Scenarios;
using BorderSim.Core.Sensitivity;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Sensitivity;

/// <summary>
/// The tables a sensitivity analysis writes (indices.csv, variance.csv, design.csv), read back as a user's script
/// reads them: every number is the analysis's own to the last bit (shortest round-trip text, empty where not known),
/// every row is where its header says, and design.csv's rows read back to the outputs that made them (slices merge
/// through that). The command's end-to-end run is in the CLI tests; these drive the writer directly.
/// </summary>
public sealed class SensitivityWriterTests
{
    private const ulong Seed = 20251128;

    /// <summary>A number, a whole number and a date: each kind of value design.csv writes as <c>--set</c> takes it.</summary>
    private static readonly IReadOnlyList<UncertainParameter> Parameters = UncertainInputs.ForKeys(
        TestScenarios.Baseline(),
        ["behaviour.give_up_rate_per_day", "policies[2].duration_days", "policies[1].start"]);

    private static readonly string[] Outputs = ["varies", "flat"];

    /// <summary>"varies" = 3·x₀ + x₁ − 0.5·x₂ (x₀ the most influential, x₂ the least); "flat" = 7 everywhere, so it has no index to speak of.</summary>
    private static SensitivityResult Analysis(SensitivityMethod method)
    {
        var design = method == SensitivityMethod.Sobol
            ? SensitivityDesign.Sobol(Parameters.Count, 32, new RandomStream(Seed))
            : SensitivityDesign.Morris(Parameters.Count, 8, new RandomStream(Seed));
        var means = design.Points.Select(x => new[] { (3 * x[0]) + x[1] - (0.5 * x[2]), 7.0 }).ToArray();
        var noise = design.Points.Select((_, i) => new[] { 0.01 * (i % 3), 0.0 }).ToArray();
        return new SensitivityResult
        {
            ScenarioName = "baseline",
            Design = design,
            Parameters = Parameters,
            Replicates = 2,
            Seed = Seed,
            Tick = "1h",
            Outputs = SensitivityAnalysis.Analyze(design, Outputs, means, noise, Seed),
        };
    }

    private static string[][] Rows(Action<TextWriter> write, string header)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        var lines = text.ToString().Split('\n');
        Assert.Equal(header, lines[0]);
        Assert.Equal("", lines[^1]); // every row ends with \n, the last one too
        return lines[1..^1].Select(l => l.Split(',')).ToArray();
    }

    /// <summary>The exact value, as the text holds it: empty for NaN.</summary>
    private static void AssertNumber(double expected, string text)
    {
        if (double.IsNaN(expected))
        {
            Assert.Equal("", text);
        }
        else
        {
            Assert.Equal(expected, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(SensitivityMethod.Sobol, "sobol", 2)]
    [InlineData(SensitivityMethod.Morris, "morris", 3)]
    public void Indices_csv_has_a_row_per_output_parameter_and_index_with_its_interval_and_rank(SensitivityMethod method, string name, int indicesPerParameter)
    {
        var result = Analysis(method);
        var rows = Rows(w => SensitivityWriter.WriteIndices(result, w), "method,output,parameter,index,estimate,ci_low,ci_high,rank");

        Assert.Equal(Outputs.Length * Parameters.Count * indicesPerParameter, rows.Length);
        var expected = result.Outputs.SelectMany(o => o.Indices.Select(i => (Output: o, Index: i))).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            var (output, index) = expected[r];
            var row = rows[r];
            Assert.Equal(8, row.Length);
            Assert.Equal(name, row[0]);
            Assert.Equal(output.Output, row[1]);
            Assert.Equal(Parameters[index.Parameter].Path, row[2]);
            Assert.Equal(index.Index, row[3]);
            AssertNumber(index.Estimate, row[4]);
            AssertNumber(index.Low, row[5]);
            AssertNumber(index.High, row[6]);
            Assert.Equal(output.Varies ? (1 + RankOf(result, output, index.Parameter)).ToString(CultureInfo.InvariantCulture) : "", row[7]);
        }

        // x₀ moves "varies" most and x₂ least, so the ranks are 1, 2, 3 in the parameters' order; "flat" has none.
        var ranks = rows.Where(r => r[1] == "varies").GroupBy(r => r[2]).Select(g => g.First()[7]).ToArray();
        Assert.Equal(["1", "2", "3"], ranks);
        // No variance, no share of it: Sobol's indices are not known (empty), Morris's effects are 0; neither is ranked.
        var flat = method == SensitivityMethod.Sobol ? "" : "0";
        Assert.All(rows.Where(r => r[1] == "flat"), r => Assert.Equal([flat, flat, flat, ""], r[4..]));
    }

    private static int RankOf(SensitivityResult result, OutputSensitivity output, int parameter) =>
        result.Ranking(output).Select(r => r.Index.Parameter).ToList().IndexOf(parameter);

    [Fact]
    public void Variance_csv_gives_each_outputs_variance_its_noise_and_the_noise_share()
    {
        var result = Analysis(SensitivityMethod.Sobol);
        var rows = Rows(w => SensitivityWriter.WriteVariance(result, w), "output,variance,noise_variance,noise_share");

        Assert.Equal(Outputs, rows.Select(r => r[0]));
        for (var o = 0; o < rows.Length; o++)
        {
            Assert.Equal(4, rows[o].Length);
            AssertNumber(result.Outputs[o].Variance, rows[o][1]);
            AssertNumber(result.Outputs[o].NoiseVariance, rows[o][2]);
            AssertNumber(result.Outputs[o].NoiseShare, rows[o][3]);
        }

        Assert.True(result.Outputs[0].Variance > 0 && result.Outputs[0].NoiseVariance > 0, "the varying output has both");
        Assert.Equal(["flat", "0", "0", ""], rows[1]); // no variance: no share of it is noise
    }

    [Theory]
    [InlineData(SensitivityMethod.Sobol)]
    [InlineData(SensitivityMethod.Morris)]
    public void Design_csv_gives_each_points_block_role_values_and_outputs_and_reads_back_to_them(SensitivityMethod method)
    {
        var design = Analysis(method).Design;
        var outputs = ModelEvaluation.Outputs.Length;
        var points = design.Points.Select((_, p) => new PointOutputs(
            p,
            Enumerable.Range(0, outputs).Select(o => (p * 1000.5) + (o / 3.0)).ToArray(),
            Enumerable.Range(0, outputs).Select(o => o == 1 ? double.NaN : 0.1 * (p + o)).ToArray())).ToArray();

        var header = "point,block,role,behaviour.give_up_rate_per_day,policies_2.duration_days,policies_1.start,"
                     + string.Join(',', ModelEvaluation.Outputs.Select(n => $"{n},{n}_se"));
        var text = SensitivityWriter.DesignHeader(Parameters) + string.Concat(points.Select(p => SensitivityWriter.DesignRow(design, Parameters, p)));
        var rows = Rows(w => w.Write(text), header);

        Assert.Equal(design.Points.Count, rows.Length);
        for (var p = 0; p < rows.Length; p++)
        {
            var row = rows[p];
            Assert.Equal(3 + Parameters.Count + (2 * outputs), row.Length);
            Assert.Equal(p.ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal((p / design.BlockSize).ToString(CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(design.Role(p), row[2]);
            Assert.Equal(UncertainPoints.Texts(Parameters, UncertainPoints.FromUnit(Parameters, design.Points[p])), row[3..6]);
            Assert.Matches(@"^20\d\d-\d\d-\d\d$", row[5]);
            for (var o = 0; o < outputs; o++)
            {
                AssertNumber(points[p].Means[o], row[6 + (2 * o)]);
                AssertNumber(points[p].StandardErrors[o], row[7 + (2 * o)]);
            }
        }

        Assert.Equal(method == SensitivityMethod.Sobol ? ["A", "B", "AB0", "AB1", "AB2", "A"] : ["start", "step", "step", "step", "start", "step"], rows.Take(6).Select(r => r[2]));

        var back = SensitivityWriter.ReadDesign(text, Parameters.Count);
        Assert.Equal(points.Length, back.Count);
        for (var p = 0; p < points.Length; p++)
        {
            Assert.Equal(points[p].Point, back[p].Point);
            Assert.Equal(points[p].Means, back[p].Means);
            Assert.Equal(points[p].StandardErrors, back[p].StandardErrors);
        }
    }

    [Theory]
    [InlineData("0,0,A,1,2", "design.csv line 3: expected 18 fields, found 5")]
    [InlineData("x,0,A,1,2,2026-01-01,1,2,3,4,5,6,7,8,9,10,11,12", "design.csv line 3: the point 'x' is not a whole number")]
    [InlineData("-1,0,A,1,2,2026-01-01,1,2,3,4,5,6,7,8,9,10,11,12", "design.csv line 3: the point '-1' is not a whole number")]
    [InlineData("1,0,A,1,2,2026-01-01,1,2,3,4,5,six,7,8,9,10,11,12", "design.csv line 3: 'six' is not a number")]
    [InlineData("1,0,A,1,2,2026-01-01,1,2,3,4,5,6,7,8,9,10,11,1 2", "design.csv line 3: '1 2' is not a number")]
    public void A_design_row_that_is_not_what_the_writer_writes_is_refused_with_its_line(string row, string message)
    {
        var good = "1,0,A,1,2,2026-01-01,1,2,3,4,5,6,7,8,9,10,11,12";
        var e = Assert.Throws<InvalidDataException>(() => SensitivityWriter.ReadDesign($"header\n{good}\n{row}\n", Parameters.Count));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_header_alone_reads_back_to_no_rows_and_blank_lines_are_skipped_but_counted_in_line_numbers()
    {
        Assert.Empty(SensitivityWriter.ReadDesign("point,block,role\n", Parameters.Count));
        var e = Assert.Throws<InvalidDataException>(() => SensitivityWriter.ReadDesign("header\n\n\n4,1,B\n", Parameters.Count));
        Assert.Equal("design.csv line 4: expected 18 fields, found 3", e.Message);
        var one = SensitivityWriter.ReadDesign("header\n\n4,1,B,1,2,2026-01-01,1,,3,4,5,6,7,8,9,10,11,12\n\n", Parameters.Count);
        var row = Assert.Single(one);
        Assert.Equal(4, row.Point);
        Assert.Equal([1, 3, 5, 7, 9, 11], row.Means);
        Assert.True(double.IsNaN(row.StandardErrors[0]));
        Assert.Equal([4, 6, 8, 10, 12], row.StandardErrors[1..]);
    }

    [Fact]
    public void The_manifest_gives_each_parameter_as_its_entry_gives_it_with_a_mode_and_sd_only_where_the_distribution_has_them()
    {
        var normal = UncertainInputs.ForKeys(
            ScenarioLoader.Parse(TestScenarios.Text("baseline.yaml").TrimEnd() + "\n  - key: population.smuggler_money_share\n    distribution: normal\n    mode: 0.3\n    sd: 0.1\n    source: test\n", "b.yaml"),
            ["population.smuggler_money_share"]);
        var described = Parameters.Concat(normal).Select(SensitivityManifest.Describe).ToArray();
        Assert.Equal(
            [
                new SensitivityParameter("behaviour.give_up_rate_per_day", "0.1", "1.5", "log_uniform", null, null, "assumption, calibrated (003: the number stranded \"declined in recent days\")"),
                new SensitivityParameter("policies[2].duration_days", "60", "124", "triangular", "60", null, "002 (60 days declared); FACTS.md (\"the state of emergency's first 60 days end\"); extension an assumption"),
                new SensitivityParameter("policies[1].start", "2025-11-24", "2025-11-27", "uniform", null, null, "assumption; 003 (100 stranded on Thursday 27 November, before the decree)"),
                new SensitivityParameter("population.smuggler_money_share", "0.1", "0.5", "normal", "0.3", 0.1, "test"),
            ],
            described);
    }

    [Fact]
    public void The_ranking_puts_the_most_influential_first_ties_in_the_parameters_order_and_unknown_indices_last()
    {
        var result = Analysis(SensitivityMethod.Sobol);
        SensitivityIndex St(int parameter, double estimate) => new(parameter, "ST", estimate, estimate, estimate);
        var output = result.Outputs[0] with { Indices = [St(0, double.NaN), St(1, 0.5), St(2, 0.5), new SensitivityIndex(0, "S1", 0.9, 0.9, 0.9)] };
        Assert.Equal([1, 2, 0], result.Ranking(output).Select(r => r.Index.Parameter));
        Assert.Equal(["policies[2].duration_days", "policies[1].start", "behaviour.give_up_rate_per_day"], result.Ranking(output).Select(r => r.Parameter.Path));
    }

    /// <summary>Each public method of the tables and the ranking refuses a null argument by its name (nullable annotations keep BorderSim's own callers from passing one).</summary>
    [Fact]
    public void A_null_argument_is_refused_by_its_name()
    {
        var result = Analysis(SensitivityMethod.Morris);
        var point = new PointOutputs(0, new double[6], new double[6]);
        using var w = new StringWriter();
        Assert.Throws<ArgumentNullException>("result", () => SensitivityWriter.WriteIndices(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => SensitivityWriter.WriteIndices(result, null!));
        Assert.Throws<ArgumentNullException>("result", () => SensitivityWriter.WriteVariance(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => SensitivityWriter.WriteVariance(result, null!));
        Assert.Throws<ArgumentNullException>("parameters", () => SensitivityWriter.DesignHeader(null!));
        Assert.Throws<ArgumentNullException>("design", () => SensitivityWriter.DesignRow(null!, Parameters, point));
        Assert.Throws<ArgumentNullException>("point", () => SensitivityWriter.DesignRow(result.Design, Parameters, null!));
        Assert.Throws<ArgumentNullException>("text", () => SensitivityWriter.ReadDesign(null!, 3));
        Assert.Throws<ArgumentNullException>("output", () => result.Ranking(null!));
        Assert.Throws<ArgumentNullException>("p", () => SensitivityManifest.Describe(null!));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "")]
    public void A_number_is_written_as_the_shortest_text_that_reads_back_exactly_and_an_unknown_one_as_nothing(double x, string text) =>
        Assert.Equal(text, SensitivityWriter.Number(x));
}
