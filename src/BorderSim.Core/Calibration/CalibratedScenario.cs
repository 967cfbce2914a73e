using System.Globalization;
using System.Text;
using BorderSim.Core.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Calibration;

/// <summary>
/// The scenario file with the fitted values written in: each calibrated value replaced where the file has it (its
/// comments and everything else kept as they are), the name given a <c>-calibrated</c> suffix, and a comment at the
/// top saying how the values were fitted. A key the file leaves out is added, which rewrites the file from its parsed
/// form (comments are then lost, and the header says so).
/// </summary>
public static class CalibratedScenario
{
    public const string NameSuffix = "-calibrated";

    /// <summary>The calibrated scenario's name: the original's with <see cref="NameSuffix"/>, cut to the longest name allowed.</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cut = name[..Math.Min(name.Length, ScenarioLimits.MaxNameLength - NameSuffix.Length)].TrimEnd('-');
        return cut + NameSuffix;
    }

    /// <summary>The text of the calibrated file. <paramref name="header"/> lines become comments (YAML only; JSON has none).</summary>
    public static string Write(string text, string name, IReadOnlyList<(string Path, string Value)> values, IReadOnlyList<string> header, bool json)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(header);
        var edits = new List<(long Start, long End, string Value)>();
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var all = values.Prepend(("name", Name(name))).ToArray();
        var missing = false;
        foreach (var (path, value) in all)
        {
            if (Find(root, ScenarioOverride.Normalize(path)) is { } node)
            {
                edits.Add((node.Start.Index, node.End.Index, node.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted ? $"\"{value}\"" : value));
            }
            else
            {
                missing = true;
            }
        }

        string body;
        if (missing)
        {
            foreach (var (path, value) in all)
            {
                _ = new ScenarioOverride(ScenarioOverride.Normalize(path), value).ApplyTo(root);
            }

            // The emitter writes its own line breaks (Environment.NewLine unless told), not the writer's: "\n" on every system, as the header.
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            stream.Save(new Emitter(writer, EmitterSettings.Default.WithNewLine("\n")), assignAnchors: false);
            body = writer.ToString().TrimEnd('.', '\n', ' ') + "\n";
            header = [.. header, "(A calibrated key was missing from the original file, so this file was rewritten from its parsed form: its comments are lost.)"];
        }
        else
        {
            var builder = new StringBuilder(text);
            foreach (var (start, end, value) in edits.OrderByDescending(e => e.Start))
            {
                builder.Remove((int)start, (int)(end - start)).Insert((int)start, value);
            }

            body = builder.ToString();
        }

        if (json)
        {
            return body;
        }

        var comment = new StringBuilder();
        foreach (var line in header)
        {
            comment.Append("# ").Append(line).Append('\n');
        }

        return comment.Append(body).ToString();
    }

    private static YamlScalarNode? Find(YamlMappingNode root, string path)
    {
        YamlNode node = root;
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('['))
            {
                var index = int.Parse(part.Trim('[', ']'), CultureInfo.InvariantCulture);
                if (node is not YamlSequenceNode sequence || index >= sequence.Children.Count)
                {
                    return null;
                }

                node = sequence.Children[index];
            }
            else if (node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(part), out var child))
            {
                node = child;
            }
            else
            {
                return null;
            }
        }

        return node as YamlScalarNode;
    }
}
