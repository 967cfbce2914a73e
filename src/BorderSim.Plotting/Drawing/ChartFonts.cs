using ScottPlot;

namespace BorderSim.Plotting;

/// <summary>
/// The one font of every chart: Liberation Sans (SIL Open Font License, fonts/LICENSE-OFL.txt), shipped in the
/// fonts folder beside BorderSim's assemblies and registered with ScottPlot under a name no system font has, so that
/// charts look and measure the same on every machine, with or without fonts installed. Registration fails loudly
/// when the files are missing or do not load, rather than letting ScottPlot fall back to a system font (or to none,
/// which draws no text at all).
/// </summary>
internal static class ChartFonts
{
    /// <summary>The name charts ask ScottPlot for.</summary>
    public const string Name = "BorderSim Liberation Sans";

    /// <summary>The family the files hold, written into SVG text as the first choice of font.</summary>
    public const string Family = "Liberation Sans";

    /// <summary>Fallbacks for an SVG viewer without Liberation Sans: Arial and Helvetica have the same widths.</summary>
    public const string SvgFontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";

    public const string RegularFile = "LiberationSans-Regular.ttf";
    public const string BoldFile = "LiberationSans-Bold.ttf";

    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of the font files: "fonts" beside this assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>Registers the font once per process (thread-safe); throws when it cannot.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        foreach (var (file, bold) in new[] { (RegularFile, false), (BoldFile, true) })
        {
            var path = Path.Combine(Folder, file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The chart font {path} is missing: BorderSim ships it in a 'fonts' folder beside its assemblies; reinstall or rebuild BorderSim.");
            }
            Fonts.AddFontFile(Name, path, bold);
            var typeface = Fonts.GetTypeface(Name, bold, italic: false);
            if (typeface.FamilyName != Family || typeface.GlyphCount < 100 || typeface.IsBold != bold)
            {
                throw new InvalidOperationException($"The chart font {path} did not load (got '{typeface.FamilyName}', {typeface.GlyphCount} glyphs).");
            }
        }
        Fonts.Default = Name;
        return true;
    }
}
