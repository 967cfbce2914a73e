using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace BorderSim.Core.Scenarios;

/// <summary>The pool of migrants in Chile who may leave northward, and what their travel groups are like.</summary>
public sealed record Population
{
    [Description("Persons in the pool at the start of the window.")]
    [Range(0, 100_000_000)]
    public required int PoolPersons { get; init; }

    [Description("Persons leaving the pool per day before any multiplier, when the pool is full.")]
    [Range(0.0, 1_000_000.0)]
    public required double BaseDeparturesPersonsPerDay { get; init; }

    [Description("Share of travel groups of each size (shares are normalised).")]
    public required IReadOnlyList<GroupSizeShare> GroupSizes { get; init; }

    [Description("Nationalities, their share of groups and of groups holding documents Peru accepts.")]
    public required IReadOnlyList<NationalityShare> Nationalities { get; init; }

    [Description("Probability that a group of one person is vulnerable (elderly, pregnant, chronically ill).")]
    [Range(0.0, 1.0)]
    public double VulnerableShareSingles { get; init; } = 0.05;

    [Description("Probability that a group of two or more is vulnerable (children, elderly, pregnant, ill).")]
    [Range(0.0, 1.0)]
    public double VulnerableShareFamilies { get; init; } = 0.6;

    [Description("Share of groups with money enough to pay a smuggler.")]
    [Range(0.0, 1.0)]
    public double SmugglerMoneyShare { get; init; } = 0.3;

    [Description("Days a group will stay stranded before its patience runs out (Gamma distribution).")]
    public required GammaDays PatienceDays { get; init; }
}

public sealed record GroupSizeShare
{
    [Range(1, 20)]
    public required int Size { get; init; }

    [Range(0.0, 1.0)]
    public required double Share { get; init; }
}

public sealed record NationalityShare
{
    public required string Name { get; init; }

    [Description("Share of groups of this nationality (shares are normalised).")]
    [Range(0.0, 1.0)]
    public required double Share { get; init; }

    [Description("Share of these groups holding documents that Peru accepts.")]
    [Range(0.0, 1.0)]
    public required double DocumentedShare { get; init; }
}

/// <summary>A positive duration in days drawn from a Gamma distribution with this mean and shape.</summary>
public sealed record GammaDays
{
    [Description("Mean, in days.")]
    [Range(0.001, 10_000.0)]
    public required double Mean { get; init; }

    [Description("Shape k: 1 is exponential, larger is less spread (coefficient of variation 1/sqrt(k)).")]
    [Range(0.1, 1_000.0)]
    public double Shape { get; init; } = 2.0;
}
