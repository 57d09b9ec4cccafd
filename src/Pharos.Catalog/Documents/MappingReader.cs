using System.Globalization;
using Pharos.Catalog.Diagnostics;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Documents;

/// <summary>
/// Typed, located access to one mapping's fields. Every accessor reports a diagnostic and returns
/// null on bad input instead of throwing, and <see cref="Finish"/> reports every field nobody asked
/// for — so a typo like <c>enabeld</c> is an error with a did-you-mean, never silently ignored.
/// </summary>
public sealed class MappingReader
{
    private readonly DocMapping _mapping;
    private readonly IDiagnosticSink _sink;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public MappingReader(DocMapping mapping, string context, IDiagnosticSink sink)
    {
        _mapping = mapping;
        Context = context;
        _sink = sink;
    }

    /// <summary>How the mapping is named in messages; readers refine it once they know the item's name.</summary>
    public string Context { get; set; }

    public SourceLocation Location => _mapping.Location;

    public DocMapping Mapping => _mapping;

    /// <summary>Reads a mapping node, or reports that it is some other kind.</summary>
    public static MappingReader? From(DocNode? node, string field, string context, IDiagnosticSink sink)
    {
        switch (node)
        {
            case null:
                return null;
            case DocMapping mapping:
                return new MappingReader(mapping, context, sink);
            case DocScalar { IsNull: true }:
                return null;
            default:
                sink.Add(CatalogDiagnostics.WrongNodeKind(node.Location, field, "a mapping", node.KindName));
                return null;
        }
    }

    public DocNode? Node(string key)
    {
        _known.Add(key);
        var entry = _mapping.Find(key);
        return entry?.Value is DocScalar { IsNull: true } ? null : entry?.Value;
    }

    public SourceLocation LocationOf(string key) => _mapping.Find(key)?.Value.Location ?? _mapping.Location;

    public SourceLocation KeyLocationOf(string key) => _mapping.Find(key)?.KeyLocation ?? _mapping.Location;

    public bool Has(string key) => Node(key) is not null;

    public DocScalar? Scalar(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _sink.Add(CatalogDiagnostics.RequiredField(_mapping.Location, key, Context));
            }

            return null;
        }

        if (node is DocScalar scalar)
        {
            return scalar;
        }

        _sink.Add(CatalogDiagnostics.WrongNodeKind(node.Location, key, "a single value", node.KindName));
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public double? Number(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind is ScalarKind.Number or ScalarKind.Plain
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        _sink.Add(CatalogDiagnostics.InvalidScalar(scalar.Location, key, "a number", scalar.Value));
        return null;
    }

    public bool? Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Kind is ScalarKind.Boolean or ScalarKind.Plain or ScalarKind.Quoted)
        {
            switch (scalar.Value.ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
            }
        }

        _sink.Add(CatalogDiagnostics.InvalidScalar(scalar.Location, key, "true or false", scalar.Value));
        return null;
    }

    public DocSequence? Sequence(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case DocSequence sequence:
                return sequence;
            default:
                _sink.Add(CatalogDiagnostics.WrongNodeKind(node.Location, key, "a list", node.KindName));
                return null;
        }
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<DocScalar> Strings(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case DocScalar scalar:
                return [scalar];
            case DocSequence sequence:
                var result = new List<DocScalar>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is DocScalar { IsNull: false } s)
                    {
                        result.Add(s);
                    }
                    else
                    {
                        _sink.Add(CatalogDiagnostics.WrongNodeKind(item.Location, key + "[]", "a single value", item.KindName));
                    }
                }

                return result;
            default:
                _sink.Add(CatalogDiagnostics.WrongNodeKind(node.Location, key, "a list", node.KindName));
                return [];
        }
    }

    public MappingReader? Child(string key, string context) => From(Node(key), key, context, _sink);

    /// <summary>Reports every field that no accessor asked for.</summary>
    public void Finish()
    {
        foreach (var entry in _mapping.Entries)
        {
            if (!_known.Contains(entry.Key))
            {
                _sink.Add(CatalogDiagnostics.UnknownField(entry.KeyLocation, entry.Key, Context, _known.Order(StringComparer.Ordinal)));
            }
        }
    }
}
