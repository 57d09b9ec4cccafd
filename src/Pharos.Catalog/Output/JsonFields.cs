using System.Globalization;
using Pharos.Catalog.Diagnostics;
using Pharos.Catalog.Documents;
using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Output;

/// <summary>
/// Typed, located access to one object of a generated application.json. JSON types are taken
/// strictly (a number is not a string), every problem is a PH15xx diagnostic rather than an
/// exception, and <see cref="Finish"/> reports fields nobody asked for: a field the controller does
/// not understand must not be dropped silently, or Dynatrace would drift from the file.
/// </summary>
internal sealed class JsonFields
{
    private readonly DocMapping _mapping;
    private readonly IDiagnosticSink _sink;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonFields(DocMapping mapping, string context, IDiagnosticSink sink)
    {
        _mapping = mapping;
        Context = context;
        _sink = sink;
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!seen.TryAdd(entry.Key, entry.KeyLocation))
            {
                sink.Add(GeneratedConfigDiagnostics.DuplicateKey(entry.KeyLocation, entry.Key, seen[entry.Key]));
            }
        }
    }

    /// <summary>How the object is named in messages; refined once an item's name is known.</summary>
    public string Context { get; set; }

    public SourceLocation Location => _mapping.Location;

    public SourceLocation LocationOf(string key) => _mapping.Find(key)?.Value.Location ?? _mapping.Location;

    public static JsonFields? From(DocNode? node, string field, string context, IDiagnosticSink sink)
    {
        switch (node)
        {
            case null:
                return null;
            case DocMapping mapping:
                return new JsonFields(mapping, context, sink);
            default:
                sink.Add(GeneratedConfigDiagnostics.WrongKind(node.Location, field, "an object", KindOf(node)));
                return null;
        }
    }

    public JsonFields? Object(string key, string context, bool required = false)
    {
        var node = Node(key, required);
        return From(node, key, context, _sink);
    }

    public DocSequence? Array(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or DocSequence)
        {
            return (DocSequence?)node;
        }

        _sink.Add(GeneratedConfigDiagnostics.WrongKind(node.Location, key, "an array", KindOf(node)));
        return null;
    }

    public DocScalar? String(string key, bool required = false) => Scalar(key, ScalarKind.Quoted, "a string", required);

    public bool? Bool(string key, bool required = false)
    {
        var scalar = Scalar(key, ScalarKind.Boolean, "true or false", required);
        return scalar is null ? null : scalar.Value == "true";
    }

    public double? Number(string key)
    {
        var scalar = Scalar(key, ScalarKind.Number, "a number", required: false);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _sink.Add(GeneratedConfigDiagnostics.InvalidValue(scalar.Location, key, scalar.Value, "a finite number"));
        return null;
    }

    /// <summary>An array of strings; items of another type are reported and skipped.</summary>
    public IReadOnlyList<DocScalar> Strings(string key)
    {
        var array = Array(key);
        if (array is null)
        {
            return [];
        }

        var result = new List<DocScalar>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is DocScalar { Kind: ScalarKind.Quoted } text)
            {
                result.Add(text);
            }
            else
            {
                _sink.Add(GeneratedConfigDiagnostics.WrongKind(item.Location, key + "[]", "a string", KindOf(item)));
            }
        }

        return result;
    }

    /// <summary>Reports every field that no accessor asked for.</summary>
    public void Finish()
    {
        foreach (var entry in _mapping.Entries)
        {
            if (!_known.Contains(entry.Key))
            {
                _sink.Add(GeneratedConfigDiagnostics.UnknownField(entry.KeyLocation, entry.Key, Context, _known.Order(StringComparer.Ordinal)));
            }
        }
    }

    public IReadOnlyList<DocEntry> Entries => _mapping.Entries;

    /// <summary>A node's type in JSON words, for messages.</summary>
    public static string KindOf(DocNode node) => node switch
    {
        DocMapping => "an object",
        DocSequence => "an array",
        DocScalar { Kind: ScalarKind.Number } => "a number",
        DocScalar { Kind: ScalarKind.Boolean } => "a boolean",
        DocScalar { Kind: ScalarKind.Null } => "null",
        _ => "a string",
    };

    private DocNode? Node(string key, bool required)
    {
        _known.Add(key);
        var node = _mapping.Find(key)?.Value;
        if (node is null && required)
        {
            _sink.Add(GeneratedConfigDiagnostics.RequiredField(_mapping.Location, key, Context));
        }

        return node;
    }

    private DocScalar? Scalar(string key, ScalarKind kind, string expected, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is DocScalar scalar && scalar.Kind == kind)
        {
            return scalar;
        }

        _sink.Add(GeneratedConfigDiagnostics.WrongKind(node.Location, key, expected, KindOf(node)));
        return null;
    }
}
