namespace BorderSim.Explore.Web;

/// <summary>The page itself, embedded in the assembly (wwwroot/): served from memory, nothing fetched from elsewhere.</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["/"] = Load("index.html", "text/html; charset=utf-8"),
        ["/explore.css"] = Load("explore.css", "text/css; charset=utf-8"),
        ["/explore.js"] = Load("explore.js", "text/javascript; charset=utf-8"),
    };

    public static bool TryGet(string path, out string contentType, out byte[] bytes)
    {
        if (Files.TryGetValue(path == "/index.html" ? "/" : path, out var file))
        {
            (contentType, bytes) = file;
            return true;
        }

        (contentType, bytes) = ("", []);
        return false;
    }

    private static (string, byte[]) Load(string name, string contentType)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"wwwroot/{name}")
            ?? throw new InvalidOperationException($"the page's file wwwroot/{name} is not embedded in {typeof(StaticAssets).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (contentType, copy.ToArray());
    }
}
