using System.Text;
using System.Text.Json;
using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Documents;

/// <summary>
/// Reads JSON text into the same located <see cref="DocNode"/> tree as YAML. The JSON usually sits
/// inside a YAML block scalar (a ConfigMap's <c>dynatrace-custom-metrics.json</c>), so positions are
/// translated through <paramref name="origin"/>: line k of the JSON is line <c>origin.Line + k</c> of
/// the file, indented to <c>origin.Column</c>. Never throws on user input.
/// </summary>
public static class JsonDocumentReader
{
    private const int MaxDepth = 64;

    public static DocNode? Read(string json, SourceLocation origin, IDiagnosticSink sink)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var positions = new PositionMap(bytes, origin);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                sink.Add(CatalogDiagnostics.JsonSyntax(origin, "the JSON document is empty; write at least {}"));
                return null;
            }

            var root = ReadValue(ref reader, positions);
            if (reader.Read())
            {
                sink.Add(CatalogDiagnostics.JsonSyntax(positions.At(reader.TokenStartIndex), "unexpected text after the end of the JSON document"));
            }

            return root;
        }
        catch (JsonException ex)
        {
            var location = positions.AtLine((int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            sink.Add(CatalogDiagnostics.JsonSyntax(location, TrimJsonMessage(ex.Message)));
            return null;
        }
    }

    private static DocNode ReadValue(ref Utf8JsonReader reader, PositionMap positions)
    {
        var location = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var entries = new List<DocEntry>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var keyLocation = positions.At(reader.TokenStartIndex).Offset(1);
                        var key = reader.GetString()!;
                        reader.Read();
                        entries.Add(new DocEntry(key, keyLocation, ReadValue(ref reader, positions)));
                    }

                    return new DocMapping(entries, location);
                }

            case JsonTokenType.StartArray:
                {
                    var items = new List<DocNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, positions));
                    }

                    return new DocSequence(items, location);
                }

            case JsonTokenType.String:
                return new DocScalar(reader.GetString()!, ScalarKind.Quoted, location, location.Offset(1));
            case JsonTokenType.Number:
                return new DocScalar(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number, location, location);
            case JsonTokenType.True:
                return new DocScalar("true", ScalarKind.Boolean, location, location);
            case JsonTokenType.False:
                return new DocScalar("false", ScalarKind.Boolean, location, location);
            default:
                return new DocScalar("null", ScalarKind.Null, location, location);
        }
    }

    // "'x' is invalid after a value. Expected ... LineNumber: 3 | BytePositionInLine: 4." → drop the tail we show as a location.
    private static string TrimJsonMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }

    private sealed class PositionMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];
        private readonly SourceLocation _origin;

        public PositionMap(byte[] bytes, SourceLocation origin)
        {
            _bytes = bytes;
            _origin = origin;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourceLocation At(long byteOffset)
        {
            var index = _lineStarts.BinarySearch((int)byteOffset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(_bytes, _lineStarts[line], (int)byteOffset - _lineStarts[line]);
            return AtLine(line, column);
        }

        public SourceLocation AtLine(int zeroBasedLine, int zeroBasedColumn) =>
            new(_origin.File, _origin.Line + zeroBasedLine, _origin.Column + zeroBasedColumn);
    }
}
