using BorderSim.Core.Results;

namespace BorderSim.Core.Tests.Results;

/// <summary>The key figures looked up by the names every output gives them.</summary>
public sealed class KeyFigureDefinitionsTests
{
    [Fact]
    public void A_key_figure_is_found_by_its_exact_name_and_anything_else_is_not_one()
    {
        var departed = KeyFigureDefinitions.Find("departed")!;
        Assert.Equal("Departed", departed.Label);
        Assert.Equal("persons", departed.Unit);
        Assert.Equal(4, KeyFigureDefinitions.IndexOf("departed"));

        Assert.Null(KeyFigureDefinitions.Find("Departed"));
        Assert.Null(KeyFigureDefinitions.Find(KeyFigureDefinitions.PeakStrandedDate)); // a date, not one of the numbers
    }

    /// <summary>
    /// Every output lists the key figures in this order under these names; charts and reports label them with the label
    /// and the unit, the outcome charts take the outcomes; the explorer shows each one's description.
    /// </summary>
    [Fact]
    public void The_key_figures_in_order_with_their_labels_units_and_outcomes()
    {
        Assert.Equal(
            [
                "peak_stranded: Peak stranded (persons)",
                "stranded_person_days: Stranded person-days (person-days)",
                "queued_person_days: Queued person-days (person-days)",
                "longest_queue: Longest queue (persons)",
                "departed: Departed (persons)",
                "crossed_regular: Crossed regularly (persons), an outcome",
                "crossed_irregular: Crossed irregularly (persons), an outcome",
                "left_by_corridor: Left by corridor (persons), an outcome",
                "repatriated: Repatriated (persons), an outcome",
                "returned_inland: Returned inland (persons), an outcome",
                "irregular_attempts: Irregular attempts (persons)",
                "intercepted: Intercepted (persons)",
                "refused_at_santa_rosa: Refused at Santa Rosa (persons)",
                "shelter_admissions: Shelter admissions (persons)",
            ],
            KeyFigureDefinitions.All.Select(k => $"{k.Name}: {k.Label} ({k.Unit}){(k.IsOutcome ? ", an outcome" : "")}"));
        // Each description says what its figure counts, in a sentence of its own.
        Assert.Equal(KeyFigureDefinitions.All.Count, KeyFigureDefinitions.All.Select(k => k.Description).Where(d => d.Length > 20).Distinct().Count());
    }

    [Fact]
    public void The_position_of_a_name_that_is_not_a_key_figure_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => KeyFigureDefinitions.IndexOf("peak_stranded_date"));
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("'peak_stranded_date' is not a key figure", e.Message, StringComparison.Ordinal);
    }
}
