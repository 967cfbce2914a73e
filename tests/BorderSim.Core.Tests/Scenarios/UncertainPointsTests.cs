using BorderSim.Core.Scenarios;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Scenarios;

/// <summary>What a sampler is told when the point it hands over does not fit the scenario's uncertain inputs.</summary>
public sealed class UncertainPointsTests
{
    private static readonly IReadOnlyList<UncertainParameter> Parameters = UncertainInputs.Of(TestScenarios.Baseline());

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void A_point_with_a_value_too_few_or_too_many_is_refused_with_both_counts(int extra)
    {
        var point = Enumerable.Repeat(0.5, Parameters.Count + extra).ToArray();
        var expected = $"expected {Parameters.Count} values, one per uncertain parameter, found {point.Length}";
        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => UncertainPoints.FromUnit(Parameters, point)).Message);
        Assert.Equal(expected, Assert.Throws<ArgumentException>(() => UncertainPoints.Texts(Parameters, point)).Message);
    }

    [Fact]
    public void A_missing_argument_is_refused_by_name()
    {
        double[] point = [.. Parameters.Select(p => p.ScenarioValue)];
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => UncertainPoints.FromUnit(null!, point)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => UncertainPoints.FromUnit(Parameters, null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => UncertainPoints.Texts(null!, point)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => UncertainPoints.Texts(Parameters, null!)).ParamName);
        Assert.Equal("overrides", Assert.Throws<ArgumentNullException>(() => UncertainPoints.Apply(TestScenarios.Text("baseline.yaml"), "baseline.yaml", null!, Parameters, point)).ParamName);
    }
}
