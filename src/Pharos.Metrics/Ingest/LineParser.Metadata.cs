using System.Collections.Immutable;
using System.Text;
using Pharos.Core.Diagnostics;

namespace Pharos.Metrics.Ingest;

internal sealed partial class LineParser
{
    private const int MaxDisplayNameLength = 300;
    private const int MaxDescriptionLength = 65_535;
    private const int MaxUnitLength = 63;

    private static readonly ImmutableArray<string> MetadataProperties = ["dt.meta.displayName", "dt.meta.description", "dt.meta.unit"];

    /// <summary>
    /// A <c>#</c> line is metadata when it reads <c>#&lt;key&gt; gauge|count &lt;name&gt;=…</c>; any other
    /// <c>#</c> line is a comment and ignored, so prose such as "#this count is wrong" never fails a request.
    /// </summary>
    private LineOutcome ParseHashLine<THandler>(ReadOnlySpan<byte> line, int hash, ref THandler handler)
        where THandler : IMetricLineHandler
    {
        var keyStart = hash + 1;
        var keyEnd = TokenEnd(line, keyStart);
        var typeStart = SkipWhitespace(line, keyEnd);
        if (keyEnd == keyStart || typeStart == line.Length)
        {
            return LineOutcome.Ignored;
        }

        var typeEnd = TokenEnd(line, typeStart);
        var typeToken = line[typeStart..typeEnd];
        var propertiesStart = SkipWhitespace(line, typeEnd);
        var isGauge = typeToken.SequenceEqual("gauge"u8);
        if ((!isGauge && !typeToken.SequenceEqual("count"u8))
            || propertiesStart == line.Length
            || !line[propertiesStart..TokenEnd(line, propertiesStart)].Contains((byte)'='))
        {
            return LineOutcome.Ignored;
        }

        var key = line[keyStart..keyEnd];
        if (!ValidateMetricKey(key, keyStart) || !TryParseMetadataProperties(line, propertiesStart, out var metadata))
        {
            return LineOutcome.Rejected;
        }

        var type = isGauge ? MetricType.Gauge : MetricType.Count;
        if (!TryResolveKey(key, type, out var metricKey))
        {
            return LineOutcome.Rejected;
        }

        handler.OnMetadata(new MetricMetadata(_line, metricKey, type, metadata.DisplayName, metadata.Description, metadata.Unit));
        return LineOutcome.Accepted;
    }

    private bool TryParseMetadataProperties(ReadOnlySpan<byte> line, int pos, out (string? DisplayName, string? Description, string? Unit) metadata)
    {
        metadata = default;
        while (true)
        {
            var rest = line[pos..];
            var nameLength = rest.IndexOfAny(LineBytes.DimensionKeyEnd);
            var name = nameLength < 0 ? rest : rest[..nameLength];
            var property = PropertyIndex(name);
            if (property < 0 || nameLength < 0 || rest[nameLength] != '=')
            {
                var suggestion = NameSuggester.DidYouMean(Encoding.UTF8.GetString(name), MetadataProperties);
                return Fail(LineErrors.MetadataUnknownProperty(name, pos + 1, suggestion));
            }

            pos += nameLength + 1;
            var valueColumn = pos + 1;
            _scratchLength = 0;
            var maxLength = property switch { 0 => MaxDisplayNameLength, 1 => MaxDescriptionLength, _ => MaxUnitLength };
            if (!TryParseValue(line, ref pos, name, metadata: true, out var start, out var length, out var inScratch))
            {
                return false;
            }

            var value = inScratch ? _scratch.AsSpan(start, length) : line.Slice(start, length);
            if (!ValidateValue(value, name, metadata: true, valueColumn, maxLength))
            {
                return false;
            }

            if (property == 2 && (value.IsEmpty || value.IndexOfAnyExcept(LineBytes.UnitChars) >= 0))
            {
                return Fail(LineErrors.MetadataUnit(value, valueColumn));
            }

            var text = Encoding.UTF8.GetString(value);
            metadata = property switch
            {
                0 => metadata with { DisplayName = text },
                1 => metadata with { Description = text },
                _ => metadata with { Unit = text },
            };

            if (pos < line.Length && line[pos] == ',')
            {
                pos++;
                continue;
            }

            pos = SkipWhitespace(line, pos);
            return pos == line.Length || Fail(LineErrors.UnexpectedContent(line[pos..], pos + 1));
        }
    }

    // Property names are matched ignoring case after "dt.meta." (the protocol page itself writes "dt.meta.displayname").
    private static int PropertyIndex(ReadOnlySpan<byte> name)
    {
        if (!name.StartsWith("dt.meta."u8))
        {
            return -1;
        }

        var property = name[8..];
        return Ascii.EqualsIgnoreCase(property, "displayName"u8) ? 0
            : Ascii.EqualsIgnoreCase(property, "description"u8) ? 1
            : Ascii.EqualsIgnoreCase(property, "unit"u8) ? 2
            : -1;
    }
}
