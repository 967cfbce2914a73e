using System.Globalization;
using BorderSim.Core.Experiments;
using BorderSim.Core.Tests.Support;

namespace BorderSim.Core.Tests.Experiments;

/// <summary>
/// A slice of an ensemble read back from its replicates.csv and key_figures.csv (what 'bordersim merge' reads), from
/// hand-built replicates (<see cref="HandBuiltExperiments"/>); slices run and merged are in <see cref="EnsembleTests"/>.
/// </summary>
public sealed class EnsembleReaderTests
{
    private static (string Replicates, string KeyFigures) Files(EnsembleData data)
    {
        using var replicates = new StringWriter(CultureInfo.InvariantCulture);
        using var figures = new StringWriter(CultureInfo.InvariantCulture);
        EnsembleWriter.WriteReplicates(data, replicates);
        EnsembleWriter.WriteKeyFigures(data, figures);
        return (replicates.ToString(), figures.ToString());
    }

    private static EnsembleData Read(string replicates, string keyFigures) =>
        EnsembleReader.Read(TestScenarios.Small(), [HandBuiltExperiments.Observation], 4, new Shard(2, 2), replicates, keyFigures);

    [Fact]
    public void A_slice_reads_back_to_the_replicates_it_wrote()
    {
        var slice = HandBuiltExperiments.Ensemble(4, new Shard(2, 2), 2, 3);
        var (replicates, keyFigures) = Files(slice);

        var read = Read(replicates, keyFigures);
        Assert.Equal(HandBuiltExperiments.Dates, read.Dates);
        Assert.Equal([2, 3], read.Replicates.Select(r => r.Index));
        Assert.Equal([1002UL, 1003UL], read.Replicates.Select(r => r.Seed));
        Assert.Equal(HandBuiltExperiments.Replicate(3).Daily, read.Replicates[1].Daily);
        Assert.Equal(HandBuiltExperiments.Replicate(3).Figures.Values, read.Replicates[1].Figures.Values);
        Assert.Equal(Files(slice), Files(read));
    }

    [Theory]
    [InlineData("")]
    [InlineData("replicate,seed,date,stranded\n0,1000,2025-12-01,3\n")]
    public void A_replicates_csv_with_another_header_is_refused_as_another_versions(string replicates)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(replicates, ""));
        Assert.Equal("replicates.csv: unexpected header (written by another version of BorderSim?)", e.Message);
    }

    [Fact]
    public void A_replicate_without_its_key_figures_is_refused_by_its_index()
    {
        var (replicates, keyFigures) = Files(HandBuiltExperiments.Ensemble(4, new Shard(2, 2), 2, 3));
        var withoutThree = string.Join('\n', keyFigures.Split('\n').Where(l => !l.StartsWith("3,", StringComparison.Ordinal)));

        var e = Assert.Throws<InvalidDataException>(() => Read(replicates, withoutThree));
        Assert.Equal("key_figures.csv: replicate 3 is missing", e.Message);
    }
}
