using BorderSim.Core.Scenarios;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>How a problem with a scenario is printed: one line, where first, then the key path, then what was expected.</summary>
public sealed class ScenarioDiagnosticTests
{
    public static TheoryData<ScenarioDiagnostic, string> Printed() => new()
    {
        { new("b.yaml", 12, 5, "tick", "expected one of 1h, 2h"), "b.yaml:12:5: tick: expected one of 1h, 2h" },
        { new("b.yaml", 1, 1, "", "not a YAML mapping"), "b.yaml:1:1: not a YAML mapping" },
        { new("b.yaml", 0, 0, "window.end", "missing required key 'end'"), "b.yaml: window.end: missing required key 'end'" },
        { new("b.yaml", 0, 0, "", "larger than 1 MiB"), "b.yaml: larger than 1 MiB" },
        { new("b.yaml", 7, 3, "tick", "expected a length") { Override = "tick=5h" }, "b.yaml: --set tick=5h: tick: expected a length" },
        { new("b.yaml", 7, 3, "", "no key before '='") { Override = "=5" }, "b.yaml: --set =5: no key before '='" },
        { new("b\u001b.yaml", 2, 1, "name", "found 'x\ny'"), "b\\u001b.yaml:2:1: name: found 'x\\u000ay'" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void A_problem_is_printed_on_one_line_at_its_line_and_column_or_its_set_or_its_file(ScenarioDiagnostic diagnostic, string printed) =>
        Assert.Equal(printed, diagnostic.ToString());
}
