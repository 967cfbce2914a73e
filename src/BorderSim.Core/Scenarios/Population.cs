using System.ComponentModel;

namespace BorderSim.Core.Scenarios;

/// <summary>The pool of migrants in Chile who may leave northward, and what their travel groups are like.</summary>
public sealed record Population
{
    public required int PoolPersons { get; init; }

    public required double BaseDeparturesPersonsPerDay { get; init; }

    [Description("Share of travel groups of each size (shares are normalised).")]
    public required IReadOnlyList<GroupSizeShare> GroupSizes { get; init; }

    [Description("Nationalities, their share of groups and of groups holding documents Peru accepts.")]
    public required IReadOnlyList<NationalityShare> Nationalities { get; init; }

    public double VulnerableShareSingles { get; init; } = 0.05;

    public double VulnerableShareFamilies { get; init; } = 0.6;

    public double SmugglerMoneyShare { get; init; } = 0.3;

    [Description("Days a group will stay stranded before its patience runs out (Gamma distribution).")]
    public required GammaDays PatienceDays { get; init; }
}

public sealed record GroupSizeShare
{
    public required int Size { get; init; }

    public required double Share { get; init; }
}

public sealed record NationalityShare
{
    public required string Name { get; init; }

    public required double Share { get; init; }

    public required double DocumentedShare { get; init; }
}

/// <summary>A positive duration in days drawn from a Gamma distribution with this mean and shape.</summary>
public sealed record GammaDays
{
    public required double Mean { get; init; }

    public double Shape { get; init; } = 2.0;
}
