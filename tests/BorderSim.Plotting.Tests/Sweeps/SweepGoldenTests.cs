using BorderSim.Plotting.Sweeps;
using BorderSim.Plotting.Tests.Support;

namespace BorderSim.Plotting.Tests.Sweeps;

/// <summary>The sweep→charts mapping on the committed sweep fixtures, byte for byte against reviewed goldens.</summary>
public sealed class SweepGoldenTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in SweepFixtures.Names)
        {
            foreach (var file in SweepRendering.FileNames(SweepFixtures.Load(fixture).Parameters.Select(p => p.Path).ToArray(), ChartFormats.Svg))
            {
                data.Add(fixture, file);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Chart_matches_golden(string fixture, string file) =>
        Golden.VerifyFile(Path.Combine("sweeps", fixture, file), Rendered(fixture, file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Chart_is_well_formed_svg(string fixture, string file) =>
        Assert.Equal("svg", System.Xml.Linq.XDocument.Parse(Rendered(fixture, file)).Root!.Name.LocalName);

    [Theory]
    [MemberData(nameof(SweepFixtureNames))]
    public void Rendered_files_are_those_named_in_order(string fixture)
    {
        var data = SweepFixtures.Load(fixture);
        Assert.Equal(SweepRendering.FileNames(data.Parameters.Select(p => p.Path).ToArray()), SweepRendering.Render(data).Select(f => f.Name));
    }

    public static TheoryData<string> SweepFixtureNames => new(SweepFixtures.Names);

    private static string Rendered(string fixture, string file) =>
        SweepRendering.Render(SweepFixtures.Load(fixture), formats: ChartFormats.Svg).Single(f => f.Name == file).Text;
}
