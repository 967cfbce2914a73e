using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderSim.Plotting;

/// <summary>
/// Turns the SVG that SkiaSharp writes for a chart into a standalone, accessible, reproducible document: a
/// <c>viewBox</c>, <c>role="img"</c>, <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>; ids renumbered from 1 under the
/// chart's own prefix (SkiaSharp numbers clip paths with a counter shared by the whole process, so the same chart
/// drawn twice, or on several threads, would differ, and two charts inline in one page would clash); no trailing
/// comma in a glyph position list (Firefox misplaces such text, ScottPlot issue #5246); and metric-compatible
/// fallbacks after the chart font.
/// </summary>
internal static partial class SvgDocument
{
    public static string Finish(string skiaSvg, string idPrefix, int width, int height, string title, string description)
    {
        if (!IdPrefixPattern().IsMatch(idPrefix))
        {
            throw new ArgumentException($"'{idPrefix}' cannot start an SVG id: use letters, digits, '.', '-' and '_', starting with a letter.", nameof(idPrefix));
        }
        var body = skiaSvg[(skiaSvg.IndexOf('>', skiaSvg.IndexOf("<svg", StringComparison.Ordinal)) + 1)..];

        body = AttributePattern().Replace(body, m => m.Groups[1].Value + "=\"" + LongNumberPattern().Replace(m.Groups[2].Value, Round) + "\"");

        // Every plottable clips to the same plot rectangle: keep one clip path per distinct rectangle.
        var clips = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        body = ClipPathPattern().Replace(body, m =>
        {
            if (clips.TryGetValue(m.Groups[2].Value, out var first))
            {
                aliases[m.Groups[1].Value] = first;
                return "";
            }
            clips[m.Groups[2].Value] = m.Groups[1].Value;
            return m.Value;
        });
        body = ReferencePattern().Replace(body, m => aliases.TryGetValue(m.Groups[1].Value, out var first) ? $"url(#{first})" : m.Value);

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        body = IdPattern().Replace(body, m =>
        {
            var id = $"{idPrefix}-clip{ids.Count + 1}";
            ids[m.Groups[1].Value] = id;
            return $"id=\"{id}\"";
        });
        body = ReferencePattern().Replace(body, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? $"url(#{id})" : m.Value);
        body = TrailingCommaPattern().Replace(body, "$1=\"$2\"");
        body = body.Replace($"font-family=\"{ChartFonts.Family}\"", $"font-family=\"{ChartFonts.SvgFontFamily}\"", StringComparison.Ordinal);

        var sb = new StringBuilder(skiaSvg.Length + 512);
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\"{(body.Contains("xlink:", StringComparison.Ordinal) ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : "")} width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" ")
            .Append($"role=\"img\" aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">\n")
            .Append($"\t<title id=\"{idPrefix}-title\">{Escape(title)}</title>\n")
            .Append($"\t<desc id=\"{idPrefix}-desc\">{Escape(description)}</desc>")
            .Append(body.TrimEnd())
            .Append('\n');
        return sb.ToString();
    }

    /// <summary>Coordinates to a hundredth of a pixel (and opacities to two decimals): the same picture in a third less text.</summary>
    private static string Round(Match m) =>
        Math.Round(double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex IdPrefixPattern();

    [GeneratedRegex("(\\s[a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"-?\d+\.\d{3,}")]
    private static partial Regex LongNumberPattern();

    [GeneratedRegex(@"\s*<clipPath id=""([^""]+)"">(\s*<rect [^>]*/>\s*)</clipPath>")]
    private static partial Regex ClipPathPattern();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ReferencePattern();

    /// <summary>A glyph position list ending in ", ", as in <c>x="1.5, 7.25, "</c>.</summary>
    [GeneratedRegex(@"\b([xy])=""([^""]*?),\s*""")]
    private static partial Regex TrailingCommaPattern();
}
