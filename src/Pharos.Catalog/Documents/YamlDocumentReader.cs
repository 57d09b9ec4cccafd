using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pharos.Catalog.Documents;

/// <summary>
/// Reads YAML text into a located <see cref="DocNode"/> tree. Uses YamlDotNet's event parser
/// rather than its representation model so duplicate keys are reported instead of thrown, and
/// every node keeps its line and column. Never throws on user input.
/// </summary>
public static class YamlDocumentReader
{
    private const int MaxDepth = 128;

    public static DocNode? Read(string text, string file, IDiagnosticSink sink)
    {
        var lines = SourceText.SplitLines(text);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return null;
            }

            var builder = new Builder(parser, file, lines, sink);
            var root = builder.ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                sink.Add(CatalogDiagnostics.YamlSyntax(Locate(file, extra.Start), "the file holds more than one YAML document; keep one document per file"));
            }

            return root;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            message = StripMarkPrefix(message);
            sink.Add(CatalogDiagnostics.YamlSyntax(Locate(file, ex.Start), message));
            return null;
        }
    }

    internal static SourceLocation Locate(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…): "; the location is shown separately.
    private static string StripMarkPrefix(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
    }

    private sealed class Builder(IParser parser, string file, IReadOnlyList<string> lines, IDiagnosticSink sink)
    {
        private readonly Dictionary<string, DocNode> _anchors = new(StringComparer.Ordinal);

        public DocNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new YamlException(parser.Current!.Start, parser.Current.End, $"nesting deeper than {MaxDepth} levels");
            }

            var current = parser.Current ?? throw new YamlException("unexpected end of input");
            DocNode node;
            string? anchor = null;
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    node = ToScalar(scalar);
                    break;
                case SequenceStart start:
                    parser.MoveNext();
                    anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                    node = ReadSequence(start, depth);
                    break;
                case MappingStart start:
                    parser.MoveNext();
                    anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                    node = ReadMapping(start, depth);
                    break;
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return target;
                    }

                    sink.Add(CatalogDiagnostics.YamlSyntax(Locate(file, alias.Start), $"alias '*{alias.Value.Value}' refers to an anchor that is not defined above it"));
                    return new DocScalar("", ScalarKind.Null, Locate(file, alias.Start), Locate(file, alias.Start));
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }

            if (anchor is not null)
            {
                _anchors[anchor] = node;
            }

            return node;
        }

        private DocSequence ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<DocNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new DocSequence(items, Locate(file, start.Start));
        }

        private DocMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<DocEntry>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not DocScalar key)
                {
                    sink.Add(CatalogDiagnostics.WrongNodeKind(keyNode.Location, "mapping key", "a plain name", keyNode.KindName));
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    sink.Add(CatalogDiagnostics.DuplicateKey(key.Location, key.Value, first));
                    continue;
                }

                seen[key.Value] = key.Location;
                entries.Add(new DocEntry(key.Value, key.Location, value));
            }

            return new DocMapping(entries, Locate(file, start.Start));
        }

        private DocScalar ToScalar(Scalar scalar)
        {
            var location = Locate(file, scalar.Start);
            var content = ContentLocation(scalar, location);
            var kind = scalar.Style switch
            {
                ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => ScalarKind.Quoted,
                ScalarStyle.Literal or ScalarStyle.Folded => ScalarKind.Block,
                _ => ClassifyPlain(scalar.Value),
            };
            return new DocScalar(scalar.Value, kind, location, content);
        }

        private SourceLocation ContentLocation(Scalar scalar, SourceLocation location)
        {
            switch (scalar.Style)
            {
                case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                    return location.Offset(1);
                case ScalarStyle.Literal or ScalarStyle.Folded:
                    // Block content starts on the line after the indicator, at its indentation.
                    for (var line = location.Line + 1; line <= lines.Count; line++)
                    {
                        var text = lines[line - 1];
                        if (text.Trim().Length > 0)
                        {
                            return new SourceLocation(file, line, text.Length - text.TrimStart(' ').Length + 1);
                        }
                    }

                    return location;
                default:
                    return location;
            }
        }
    }

    // YAML 1.2 core schema for plain scalars, which is what users expect from `enabled: true` or `size: 3`.
    internal static ScalarKind ClassifyPlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarKind.Boolean;
        }

        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.')
            ? ScalarKind.Number
            : ScalarKind.Plain;
    }
}
