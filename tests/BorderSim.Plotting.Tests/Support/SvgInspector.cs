using System.Globalization;
using System.Xml.Linq;

namespace BorderSim.Plotting.Tests.Support;

/// <summary>An estimated text box of an unrotated &lt;text&gt; element.</summary>
internal sealed record TextBox(string Text, double Left, double Top, double Right, double Bottom)
{
    public bool Overlaps(TextBox other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}

/// <summary>Parses rendered SVG and checks it the way a reader would: well-formed, labelled, no text collisions.</summary>
internal static class SvgInspector
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IReadOnlyList<XElement> Texts(XDocument doc) => doc.Descendants(Ns + "text").ToList();

    /// <summary>Boxes of unrotated text, using the library's own width estimate and the font's ascent/descent.</summary>
    public static IReadOnlyList<TextBox> TextBoxes(XDocument doc)
    {
        var boxes = new List<TextBox>();
        foreach (var t in Texts(doc).Where(t => t.Attribute("transform") is null))
        {
            var x = Number(t, "x");
            var y = Number(t, "y");
            var size = Number(t, "font-size");
            var width = TextMetrics.Width(t.Value, size, t.Attribute("font-weight")?.Value == "700");
            var left = (string?)t.Attribute("text-anchor") switch
            {
                "middle" => x - (width / 2),
                "end" => x - width,
                _ => x,
            };
            boxes.Add(new TextBox(t.Value, left, y - (size * 0.75), left + width, y + (size * 0.2)));
        }
        return boxes;
    }

    /// <summary>Fails naming the first pair of text elements whose estimated boxes overlap, or any text outside the canvas.</summary>
    public static void AssertNoTextOverlaps(string svg)
    {
        var doc = Parse(svg);
        var viewBox = doc.Root!.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var boxes = TextBoxes(doc);
        for (var i = 0; i < boxes.Count; i++)
        {
            var a = boxes[i];
            Assert.True(a.Left >= 0 && a.Right <= viewBox[2] && a.Top >= 0 && a.Bottom <= viewBox[3], $"Text '{a.Text}' leaves the canvas: {a}");
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(a.Overlaps(boxes[j]), $"Text '{a.Text}' overlaps '{boxes[j].Text}': {a} / {boxes[j]}");
            }
        }
    }

    public static double Number(XElement e, string attribute) =>
        double.Parse(e.Attribute(attribute)?.Value ?? throw new InvalidOperationException($"<{e.Name.LocalName}> has no {attribute}"), CultureInfo.InvariantCulture);
}
