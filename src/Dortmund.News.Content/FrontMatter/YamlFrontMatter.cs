using Dortmund.News.Content.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dortmund.News.Content.FrontMatter;

/// <summary>Loads front-matter YAML into a node tree whose positions are lines of the whole file.</summary>
public static class YamlFrontMatter
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts on line <paramref name="firstLine"/> of the file.
    /// Returns the root mapping, or null after reporting where and why it did not parse.
    /// </summary>
    public static FrontMatterMap? Load(string yaml, int firstLine, ProblemList problems)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        var lineOffset = firstLine - 1;
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            switch (root)
            {
                case YamlMappingNode mapping:
                    return new FrontMatterMap(mapping, lineOffset, problems);
                case YamlScalarNode { Value: null or "" } or null:
                    return new FrontMatterMap(new YamlMappingNode(), lineOffset, problems);
                default:
                    problems.Add(Rules.NotAMapping, At(root.Start, lineOffset),
                        "front matter must be 'key: value' lines, for example 'title: Mein Artikel'");
                    return null;
            }
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            problems.Add(Rules.DuplicateKey, At(e.Start, lineOffset), $"{e.Message}: each key may appear only once");
            return null;
        }
        catch (YamlException e)
        {
            problems.Add(Rules.YamlSyntax, At(e.Start, lineOffset), $"YAML syntax: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these for some malformed input (a malformed scalar; "a:" followed by
            // " : x", found by the fuzz test); the last good event locates it.
            problems.Add(Rules.YamlSyntax, At(parser.LastEnd, lineOffset),
                "YAML syntax: malformed value (check quotes, brackets and indentation)");
            return null;
        }
    }

    internal static Position At(Mark mark, int lineOffset) =>
        new((int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

    /// <summary>Remembers where the last successfully parsed event ended.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current)
                LastEnd = current.End;
            return inner.MoveNext();
        }
    }
}
