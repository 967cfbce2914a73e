using BorderSim.Core.Tests.Engine;
using Xunit.Sdk;

namespace BorderSim.Core.Tests.Support;

/// <summary>The order of the test classes: rule statements and unit tests first, the classes that run many scenarios last.</summary>
public sealed class CheaperTestsFirstTests
{
    [Fact]
    public void Classes_that_run_many_scenarios_come_after_every_other_class_and_each_group_is_in_name_order()
    {
        var collections = new[]
        {
            Collection(typeof(ConservationTests)),
            Collection(typeof(PlaceRuleTests)),
            Collection(typeof(CapacityTests)),
            Collection(typeof(ChacallutaRuleTests)),
            Named("an explicitly named collection"),
        };

        var ordered = new CheaperTestsFirst().OrderTestCollections(collections).Select(c => c.DisplayName).ToArray();

        Assert.Equal(
            new[]
            {
                "Test collection for BorderSim.Core.Tests.Engine.ChacallutaRuleTests",
                "Test collection for BorderSim.Core.Tests.Engine.PlaceRuleTests",
                "an explicitly named collection",
                "Test collection for BorderSim.Core.Tests.Engine.CapacityTests",
                "Test collection for BorderSim.Core.Tests.Engine.ConservationTests",
            },
            ordered);
    }

    [Fact]
    public void The_assembly_orders_its_classes_so()
    {
        var attribute = typeof(CheaperTestsFirstTests).Assembly.GetCustomAttributesData()
            .Single(a => a.AttributeType == typeof(TestCollectionOrdererAttribute));
        Assert.Equal(typeof(CheaperTestsFirst).FullName, attribute.ConstructorArguments[0].Value);
    }

    [Fact]
    public void The_invariants_over_random_scenarios_are_marked_and_the_rule_statements_are_not()
    {
        Assert.True(CheaperTestsFirst.RunsManyScenarios(Collection(typeof(ConservationTests))));
        Assert.True(CheaperTestsFirst.RunsManyScenarios(Collection(typeof(TickInvarianceTests))));
        Assert.False(CheaperTestsFirst.RunsManyScenarios(Collection(typeof(WaitingRuleTests))));
        Assert.False(CheaperTestsFirst.RunsManyScenarios(Named("Test collection for No.Such.Type")));
    }

    private static TestCollection Collection(Type testClass) => Named("Test collection for " + testClass.FullName);

    private static TestCollection Named(string displayName) =>
        new(new TestAssembly(Reflector.Wrap(typeof(CheaperTestsFirstTests).Assembly)), collectionDefinition: null, displayName);
}
