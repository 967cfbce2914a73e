using System.Globalization;
using BorderSim.Core.Calibration;
using BorderSim.Core.Results;

namespace BorderSim.Core.Tests.Calibration;

/// <summary>
/// The tables a calibration writes (posterior.csv, parameters.csv, fit.csv, figures.csv, generations.csv), read back as
/// a user's script reads them: each row where its header says, every number exact (the shortest text that reads back,
/// shares and ratios to six decimals, whole numbers and dates as <c>--set</c> takes them), empty where there is
/// nothing to say. The command's end-to-end run is in the CLI tests; these drive the writer directly, over the
/// hand-made calibration of <see cref="Calibrations"/>.
/// </summary>
public sealed class CalibrationWriterTests
{
    // Made afresh for each test, not once in a static field: Stryker switches mutants inside one test process, and a value
    // made once would show every later mutant the unmutated one (and count as covered by no test).
    private CalibrationResult Result { get; } = Calibrations.Result();

    private CalibrationSummary Summary { get; }

    public CalibrationWriterTests() => Summary = CalibrationSummary.Of(Result);

    private const string ParametersHeader = "key_path,prior,prior_low,prior_high,scenario_value,posterior_mean,posterior_p5,posterior_p50,posterior_p95,scenario_value_posterior_percentile,width_ratio,identification";

    private static string[] Lines(Action<TextWriter> write, string header)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        var lines = text.ToString().Split('\n');
        Assert.Equal(header, lines[0]);
        Assert.Equal("", lines[^1]); // every row ends with \n, the last one too
        return lines[1..^1];
    }

    /// <summary>Key figures 2 to 14 of a run whose figure j is 1000·j + <paramref name="offset"/> (the peak and its date come first).</summary>
    private static string LaterFigures(int offset) => string.Join(',', Enumerable.Range(2, KeyFigureDefinitions.All.Count - 1).Select(j => (1000 * j) + offset));

    [Fact]
    public void Posterior_csv_has_one_row_per_particle_with_its_weight_values_distance_seed_figures_and_observations()
    {
        var rows = Lines(
            w => CalibrationWriter.WritePosterior(Result, w),
            "particle,weight,behaviour.give_up_rate_per_day,policies_2.duration_days,distance,seed,"
            + "peak_stranded,peak_stranded_date,stranded_person_days,queued_person_days,longest_queue,departed,crossed_regular,crossed_irregular,left_by_corridor,"
            + "repatriated,returned_inland,irregular_attempts,intercepted,refused_at_santa_rosa,shelter_admissions,"
            + "sim_crossed_irregular_20251117,sim_stranded_20251128,sim_stranded_20251201_1300,sim_stranded_20251201_1700");

        Assert.Equal(
            [
                $"0,0.1,0.1234567,61,0.5,11,1000,2025-11-30,{LaterFigures(0)},45,99.5,70,10",
                $"1,0.2,1.4,70,0.25,12,1001,2025-11-30,{LaterFigures(1)},1234.6,95,71,20",
                $"2,0.3,0.4,65,0.125,13,1002,2025-11-30,{LaterFigures(2)},20,80,69,30",
                $"3,0.4,1,90,0,14,1003,2025-11-30,{LaterFigures(3)},60,90,72,40",
            ],
            rows);
        Assert.Equal(1, rows.Sum(r => double.Parse(r.Split(',')[1], CultureInfo.InvariantCulture)), 12);
    }

    [Fact]
    public void Parameters_csv_gives_each_parameters_prior_scenario_value_posterior_and_verdict()
    {
        var rows = Lines(w => CalibrationWriter.WriteParameters(Summary, w), ParametersHeader);

        // The mean of a continuous parameter to six decimals (0.81234567); of a whole number, rounded to one (75.6).
        var giveUpRatio = Math.Round(Summary.Parameters[0].WidthRatio, 6).ToString("R", CultureInfo.InvariantCulture);
        Assert.Equal(
            [
                $"behaviour.give_up_rate_per_day,log_uniform,0.1,1.5,1,0.812346,0.1234567,1,1.4,0.8,{giveUpRatio},not_identified",
                "policies[2].duration_days,triangular,60,124,60,76,61,70,90,0,0.591837,weakly_identified",
            ],
            rows);
        Assert.InRange(Summary.Parameters[0].WidthRatio, 1.0, 1.1); // 1.28 of a 90% prior interval 1.2 wide
    }

    [Fact]
    public void A_parameter_without_a_scenario_value_has_empty_value_and_percentile_cells()
    {
        var summary = Summary with { Parameters = [Summary.Parameters[1] with { ScenarioValue = null, ScenarioPercentile = null }] };
        var rows = Lines(w => CalibrationWriter.WriteParameters(summary, w), ParametersHeader);
        Assert.Equal(["policies[2].duration_days,triangular,60,124,,76,61,70,90,,0.591837,weakly_identified"], rows);
    }

    [Fact]
    public void Fit_csv_gives_each_observation_its_range_role_and_both_intervals_with_whether_they_meet_it()
    {
        var rows = Lines(
            w => CalibrationWriter.WriteFit(Summary, w),
            "observation,date,time,metric,observed,low,high,role,posterior_p5,posterior_p50,posterior_p95,posterior_within,as_given_p5,as_given_p50,as_given_p95,as_given_within");
        Assert.Equal(
            [
                "sim_crossed_irregular_20251117,2025-11-17,,crossed_irregular,40,30,50,fit,20,60,1234.6,true,12,30,48,true",
                "sim_stranded_20251128,2025-11-28,,stranded,100,100,,fit,80,90,99.5,false,101,110,119,true",
                "sim_stranded_20251201_1300,2025-12-01,13:00,stranded,70,,,held_out,69,71,72,true,1.2,3,4.8,false",
                "sim_stranded_20251201_1700,2025-12-01,17:00,stranded,20,,30,held_out,10,30,40,true,26,35,44,true",
            ],
            rows);
    }

    [Fact]
    public void Figures_csv_gives_each_headline_figure_across_the_posterior_and_the_scenario_as_given()
    {
        var rows = Lines(
            w => CalibrationWriter.WriteFigures(Summary, w),
            "figure,posterior_p5,posterior_p50,posterior_p95,as_given_p5,as_given_p50,as_given_p95");
        Assert.Equal(
            [
                "peak_stranded,1000,1002,1003,1001,1010,1019",
                "stranded_person_days,2000,2002,2003,2001,2010,2019",
                "crossed_irregular,7000,7002,7003,7001,7010,7019",
                "returned_inland,10000,10002,10003,10001,10010,10019",
                "queued_person_days,3000,3002,3003,3001,3010,3019",
                "left_by_corridor,8000,8002,8003,8001,8010,8019",
            ],
            rows);
    }

    [Fact]
    public void Generations_csv_gives_each_populations_tolerance_cost_acceptance_rate_and_effective_size()
    {
        var rows = Lines(
            w => CalibrationWriter.WriteGenerations(Result, w),
            "population,tolerance,simulations,accepted,acceptance_rate,effective_sample_size");
        // The first population is the prior's (no tolerance); 4 accepted of 1,234 is 0.003241; weights 0.1–0.4 are worth 3.33 equal ones.
        Assert.Equal(["0,inf,8,4,0.5,4", "1,0.1234567,1234,4,0.003241,3.333333"], rows);
    }

    [Fact]
    public void Write_opens_every_file_the_calibration_lists_once_in_order_each_with_its_table_and_the_report()
    {
        var opened = new List<(string Name, StringWriter Text)>();
        CalibrationWriter.Write(Result, Summary, "bordersim calibrate x", name =>
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            opened.Add((name, text));
            return text;
        });

        Assert.Equal(CalibrationWriter.Files, opened.Select(o => o.Name));
        Assert.Equal(["posterior.csv", "parameters.csv", "fit.csv", "figures.csv", "generations.csv", "calibration.md"], CalibrationWriter.Files);
        Action<TextWriter>[] tables =
        [
            w => CalibrationWriter.WritePosterior(Result, w),
            w => CalibrationWriter.WriteParameters(Summary, w),
            w => CalibrationWriter.WriteFit(Summary, w),
            w => CalibrationWriter.WriteFigures(Summary, w),
            w => CalibrationWriter.WriteGenerations(Result, w),
            w => w.Write(CalibrationReport.Markdown(Result, Summary, "bordersim calibrate x")),
        ];
        for (var i = 0; i < tables.Length; i++)
        {
            using var expected = new StringWriter(CultureInfo.InvariantCulture);
            tables[i](expected);
            Assert.Equal(expected.ToString(), opened[i].Text.ToString());
        }
    }

    /// <summary>
    /// Each public method of the writer refuses a null argument by its name (nullable annotations keep BorderSim's own
    /// callers from passing one); a null result or summary before any file is opened.
    /// </summary>
    [Fact]
    public void A_null_argument_is_refused_by_its_name()
    {
        using var w = new StringWriter();
        var opened = new List<string>();
        TextWriter Open(string name)
        {
            opened.Add(name);
            return w;
        }

        Assert.Throws<ArgumentNullException>("result", () => CalibrationWriter.Write(null!, Summary, "c", Open));
        Assert.Throws<ArgumentNullException>("summary", () => CalibrationWriter.Write(Result, null!, "c", Open));
        Assert.Empty(opened);
        Assert.Throws<ArgumentNullException>("open", () => CalibrationWriter.Write(Result, Summary, "", null!));
        Assert.Throws<ArgumentNullException>("result", () => CalibrationWriter.WritePosterior(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => CalibrationWriter.WritePosterior(Result, null!));
        Assert.Throws<ArgumentNullException>("summary", () => CalibrationWriter.WriteParameters(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => CalibrationWriter.WriteParameters(Summary, null!));
        Assert.Throws<ArgumentNullException>("summary", () => CalibrationWriter.WriteFit(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => CalibrationWriter.WriteFit(Summary, null!));
        Assert.Throws<ArgumentNullException>("summary", () => CalibrationWriter.WriteFigures(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => CalibrationWriter.WriteFigures(Summary, null!));
        Assert.Throws<ArgumentNullException>("result", () => CalibrationWriter.WriteGenerations(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => CalibrationWriter.WriteGenerations(Result, null!));
    }
}
