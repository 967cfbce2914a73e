using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Support;

/// <summary>
/// The text of a scenario file, test.yaml, for tests of what a user is told about it: usually the shipped baseline with
/// a passage replaced. The text may hold one ‸, taken out, that marks the place (<see cref="Line"/>, <see cref="Column"/>)
/// a diagnostic should name; without one, the place is line 0, column 0, as for a problem with the whole file.
/// </summary>
internal sealed record MarkedScenario(string Text, int Line, int Column)
{
    public const string File = "test.yaml";

    private const char Mark = '‸';

    private static readonly string BaselineText = TestScenarios.Text("baseline.yaml");

    /// <summary>The shipped baseline as it is.</summary>
    public static MarkedScenario Baseline() => Of(BaselineText);

    /// <summary>The shipped baseline with <paramref name="find"/> (which must be there) replaced.</summary>
    public static MarkedScenario Baseline(string find, string replace) => Baseline().Edit(find, replace);

    public static MarkedScenario Of(string text) => new MarkedScenario(text, 0, 0).Marked();

    public MarkedScenario Edit(string find, string replace)
    {
        Assert.Contains(find, Text, StringComparison.Ordinal);
        return (this with { Text = Text.Replace(find, replace, StringComparison.Ordinal) }).Marked();
    }

    public MarkedScenario Append(string more) => (this with { Text = Text + more }).Marked();

    /// <summary>Every problem <see cref="ScenarioLoader"/> finds in the text, which it must refuse.</summary>
    public IReadOnlyList<ScenarioDiagnostic> Problems() =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Text, File)).Diagnostics;

    /// <summary>The diagnostic a user should see at the marked place.</summary>
    public ScenarioDiagnostic At(string path, string message) => new(File, Line, Column, path, message);

    /// <summary>Asserts that the text is refused with this one problem, at the marked place, and no other.</summary>
    public void IsRefusedWith(string path, string message) => Assert.Equal(At(path, message), Assert.Single(Problems()));

    private MarkedScenario Marked()
    {
        var at = Text.IndexOf(Mark, StringComparison.Ordinal);
        if (at < 0)
        {
            return this;
        }

        var before = Text[..at];
        var text = Text.Remove(at, 1);
        Assert.DoesNotContain(Mark, text);
        return new MarkedScenario(text, before.Count(c => c == '\n') + 1, at - before.LastIndexOf('\n'));
    }
}
