using System.Xml.Linq;
using BorderSim.Plotting.Results;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Results;

/// <summary>The results→charts mapping and the report on the committed fixtures, byte for byte against reviewed goldens.</summary>
public sealed class ResultsGoldenTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in ResultFixtures.Names)
        {
            foreach (var file in ResultsRendering.FileNames)
            {
                data.Add(fixture, file);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Rendered_file_matches_golden(string fixture, string file) =>
        Golden.VerifyFile(Path.Combine("results", fixture, file), RenderedFile(fixture, file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Rendered_file_is_well_formed_xml(string fixture, string file)
    {
        if (file.EndsWith(".png", StringComparison.Ordinal))
        {
            return;
        }
        var doc = XDocument.Parse(Rendered(fixture, file));
        Assert.Equal(file.EndsWith(".svg", StringComparison.Ordinal) ? "svg" : "html", doc.Root!.Name.LocalName);
    }

    [Theory]
    [InlineData("comparison.svg")]
    [InlineData("comparison.png")]
    [InlineData("comparison.csv")]
    [InlineData("comparison.md")]
    public void Comparison_matches_golden(string file)
    {
        var runs = ResultFixtures.Names.Select(n => new ComparedRun(n, ResultFixtures.Load(n))).ToArray();
        Golden.VerifyFile(Path.Combine("results", "comparison", file), ResultsComparison.Render(runs).Single(f => f.Name == file));
    }

    [Fact]
    public void Baseline_sized_policies_go_to_the_timeline_and_short_ones_are_shaded()
    {
        var chart = ResultsCharts.Stranded(ResultFixtures.Load("single"));
        var placement = chart.Periods.ToDictionary(p => p.Label, p => p.Placement);
        Assert.Equal(PeriodPlacement.Timeline, placement["Kast's 111-day ultimatum"]);
        Assert.Equal(PeriodPlacement.Shaded, placement["Peru refuses undocumented travellers"]);
        Assert.Equal(PeriodPlacement.Timeline, placement["Tacna state of emergency"]); // 28 Nov–31 Dec is most of this short window
        Assert.All(chart.Periods, p => Assert.True(p.Start >= new DateOnly(2025, 11, 20) && p.End <= new DateOnly(2025, 12, 31)));
    }

    internal static string Rendered(string fixture, string file) => RenderedFile(fixture, file).Text;

    internal static RenderedFile RenderedFile(string fixture, string file) =>
        ResultsRendering.Render(ResultFixtures.Load(fixture)).Single(f => f.Name == file);
}
