namespace BorderSim.Plotting.Tests.Text;

public sealed class TextTests
{
    [Fact]
    public void Width_grows_with_length_font_size_and_weight()
    {
        Assert.Equal(0, TextMetrics.Width("", 12));
        Assert.True(TextMetrics.Width("Stranded", 12) < TextMetrics.Width("Stranded persons", 12));
        Assert.Equal(2 * TextMetrics.Width("Dec", 12), TextMetrics.Width("Dec", 24), 9);
        Assert.True(TextMetrics.Width("MMMM", 12) > TextMetrics.Width("iiii", 12));
        Assert.True(TextMetrics.Width("Title", 12, bold: true) > TextMetrics.Width("Title", 12));
    }

    [Fact]
    public void Width_is_in_the_range_of_real_sans_serif_fonts()
    {
        // Helvetica/Arial average about 0.5 em per character on mixed text.
        var text = "Tacna state of emergency";
        var perChar = TextMetrics.Width(text, 10) / 10 / text.Length;
        Assert.InRange(perChar, 0.45, 0.6);
    }

    [Fact]
    public void Wrap_keeps_each_line_within_the_width()
    {
        var text = "Source: BorderSim 0.1.0, scenario baseline, 200 runs, seed 20251101; observations from press reports";
        var lines = TextWrap.Wrap(text, 12, 200);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(TextMetrics.Width(l, 12) <= 200, l));
        Assert.Equal(text, string.Join(" ", lines));
    }

    [Fact]
    public void Wrap_puts_an_over_long_word_on_its_own_line() =>
        Assert.Equal(["a", "Chacalluta–Santa–Rosa–Tacna", "b"], TextWrap.Wrap("a Chacalluta–Santa–Rosa–Tacna b", 12, 30));
}
