using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BorderSim.Core.Scenarios;

/// <summary>Reads a scenario from YAML or JSON text, applies overrides, binds and checks it. Throws <see cref="ScenarioException"/> with every problem found.</summary>
public static class ScenarioLoader
{
    /// <param name="text">The file's contents.</param>
    /// <param name="file">The file name to show in messages.</param>
    /// <param name="overrides">--set overrides, applied before binding.</param>
    public static Scenario Parse(string text, string file, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        overrides ??= [];
        var overridden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in overrides)
        {
            if (!overridden.TryAdd(o.Path, o.ToString()))
            {
                throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", $"{o.Path} is already set by --set {overridden[o.Path]}; give each key once") { Override = o.ToString() }]);
            }
        }

        var binder = new YamlBinder(file, overridden);
        var root = ReadRoot(text, file);
        foreach (var o in overrides)
        {
            if (o.ApplyTo(root) is { } problem)
            {
                throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", problem) { Override = o.ToString() }]);
            }
        }

        var scenario = binder.Bind<Scenario>(root)!;
        var problems = binder.Diagnostics.ToList();
        try
        {
            // Values set by --set, and values already reported (they did not bind), are not held to the uncertainty ranges.
            var reported = binder.Diagnostics.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(ScenarioValidator.Check(scenario, overridden.Keys.ToHashSet(StringComparer.Ordinal), reported).Select(p => binder.Diagnostic(Locate(binder.Positions, p.Path), p.Path, p.Message)));
        }
        catch (NullReferenceException) when (problems.Count > 0)
        {
            // A part that did not bind stopped the cross-checks; the binding problems already say what to fix.
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return scenario;
    }

    private static YamlMappingNode ReadRoot(string text, string file)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", "the file is empty: expected a scenario (a mapping with name, window, population, travel, border, behaviour and policies)")]);
        }

        if (text.Length > ScenarioLimits.MaxFileBytes)
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", $"the file is larger than {ScenarioLimits.MaxFileBytes >> 20} MiB: this is not a scenario (a scenario file is a few kilobytes)")]);
        }

        var stream = new YamlStream();
        try
        {
            CheckDepth(text, file);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            message = cut >= 0 ? message[(cut + 3)..] : message;
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)e.Start.Line, (int)e.Start.Column, "", $"not valid YAML or JSON: {message}")]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's parser reaches a few states it reports with these rather than a YamlException (e.g. "a: { [: 1 }").
            throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", $"not valid YAML or JSON: {e.Message}")]);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, 0, 0, "", "the file holds no document: expected a scenario mapping")]);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)second.Line, (int)second.Column, "", "the file holds more than one YAML document: expected exactly one scenario")]);
        }

        var rootNode = stream.Documents[0].RootNode;
        if (rootNode is not YamlMappingNode root)
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)rootNode.Start.Line, (int)rootNode.Start.Column, "", "expected a scenario mapping (keys such as name, window, population) at the top of the file")]);
        }

        return root;
    }

    /// <summary>
    /// Reads the file's events once, without building anything, and refuses nesting deeper than
    /// <see cref="ScenarioLimits.MaxDepth"/> (building the node tree recurses once a level, and 20,000 levels overflow the
    /// stack) and more than <see cref="ScenarioLimits.MaxNodes"/> nodes (building and binding the tree costs far more than
    /// this pass: a 1 MiB file of 12,000 policies took 5 s to refuse).
    /// </summary>
    private static void CheckDepth(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        var at = Mark.Empty;
        while (NextEvent(parser, file, at))
        {
            at = parser.Current!.Start;
            if (parser.Current is YamlDotNet.Core.Events.NodeEvent && ++nodes > ScenarioLimits.MaxNodes)
            {
                throw new ScenarioException([new ScenarioDiagnostic(file, (int)at.Line, (int)at.Column, "", string.Create(CultureInfo.InvariantCulture,
                    $"more than {ScenarioLimits.MaxNodes:N0} values (keys, values, mappings and lists): this is not a scenario (the shipped ones have under 600)"))]);
            }

            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > ScenarioLimits.MaxDepth)
                    {
                        throw new ScenarioException([new ScenarioDiagnostic(file, (int)at.Line, (int)at.Column, "", $"mappings and lists nested more than {ScenarioLimits.MaxDepth} levels deep: this is not a scenario (it needs 5)")]);
                    }

                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>The parser's next event; a parser state YamlDotNet reports with InvalidOperationException becomes invalid YAML near the last good event.</summary>
    private static bool NextEvent(Parser parser, string file, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw new ScenarioException([new ScenarioDiagnostic(file, (int)last.Line, (int)last.Column, "", "not valid YAML or JSON: the parser cannot go on after this point (check brackets, braces and '?' or ':' without a key)")]);
        }
    }

    /// <summary>The position of a key path, or of the nearest enclosing key that has one.</summary>
    private static Mark Locate(IReadOnlyDictionary<string, Mark> positions, string path)
    {
        while (true)
        {
            if (positions.TryGetValue(path, out var mark))
            {
                return mark;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return positions.TryGetValue("", out var rootMark) ? rootMark : Mark.Empty;
            }

            path = path[..cut];
        }
    }
}
