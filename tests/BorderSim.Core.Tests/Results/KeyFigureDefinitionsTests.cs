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

    [Fact]
    public void The_position_of_a_name_that_is_not_a_key_figure_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => KeyFigureDefinitions.IndexOf("peak_stranded_date"));
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("'peak_stranded_date' is not a key figure", e.Message, StringComparison.Ordinal);
    }
}
