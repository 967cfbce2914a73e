using Xunit.Abstractions;

[assembly: TestCollectionOrderer("BorderSim.Core.Tests.Support.CheaperTestsFirst", "BorderSim.Core.Tests")]

namespace BorderSim.Core.Tests.Support;

/// <summary>
/// Marks a test class that runs many whole scenarios: an invariant checked over random scenarios, or a statistical test
/// with replicates. <see cref="CheaperTestsFirst"/> runs such classes after all the others.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsManyScenariosAttribute : Attribute;

/// <summary>
/// Orders the test classes (each is its own collection): the rule statements and unit tests, which take milliseconds
/// and name the rule they check, before the classes marked <see cref="RunsManyScenariosAttribute"/>; by name within
/// each group.
/// <para>
/// When the tests run one at a time and stop at the first failure, as Stryker runs them for every mutant
/// (docs/TESTING.md), a broken rule is then reported by the test that states it within seconds, instead of after the
/// invariants have run their scenarios. In a parallel run it only changes which classes start first.
/// </para>
/// </summary>
public sealed class CheaperTestsFirst : ITestCollectionOrderer
{
    private const string PerClassPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => RunsManyScenarios(c) ? 1 : 0)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    /// <summary>Whether the collection is a test class (xUnit's default, one collection per class) marked as running many scenarios.</summary>
    internal static bool RunsManyScenarios(ITestCollection collection) =>
        collection.DisplayName.StartsWith(PerClassPrefix, StringComparison.Ordinal)
        && typeof(CheaperTestsFirst).Assembly.GetType(collection.DisplayName[PerClassPrefix.Length..]) is { } type
        && type.IsDefined(typeof(RunsManyScenariosAttribute), inherit: false);
}
