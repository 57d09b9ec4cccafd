using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Documents;

/// <summary>
/// A located node of a YAML or JSON document. Both formats load into this one tree so the binder
/// that maps documents onto the catalog model — and its diagnostics — are written once.
/// </summary>
public abstract record DocNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

public sealed record DocMapping(IReadOnlyList<DocEntry> Entries, SourceLocation Location) : DocNode(Location)
{
    public override string KindName => "a mapping";

    public DocEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }
}

public sealed record DocEntry(string Key, SourceLocation KeyLocation, DocNode Value);

public sealed record DocSequence(IReadOnlyList<DocNode> Items, SourceLocation Location) : DocNode(Location)
{
    public override string KindName => "a list";
}

/// <summary>
/// A scalar. <see cref="ContentLocation"/> is where the first character of <see cref="Value"/>
/// sits in the file (after an opening quote), so diagnostics inside the text — a condition's
/// operator, a placeholder — can point at the exact column.
/// </summary>
public sealed record DocScalar(string Value, ScalarKind Kind, SourceLocation Location, SourceLocation ContentLocation)
    : DocNode(Location)
{
    public override string KindName => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        _ => "a string",
    };

    public bool IsNull => Kind == ScalarKind.Null;
}

/// <summary>How a scalar was written: quoted text is always a string, plain text may be a number, bool or null.</summary>
public enum ScalarKind
{
    Plain,
    Quoted,
    Block,
    Number,
    Boolean,
    Null,
}
