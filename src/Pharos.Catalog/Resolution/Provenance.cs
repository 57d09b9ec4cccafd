using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Resolution;

/// <summary>Which layer an item or value came from, and where it is written.</summary>
public sealed record Provenance(string Layer, SourceLocation Location)
{
    public override string ToString() => $"{Layer} ({Location})";
}

/// <summary>A resolved value with the layer that won and every lower-layer value it shadowed.</summary>
public sealed record Resolved<T>(T Value, Provenance Source, IReadOnlyList<Provenance> Shadowed);
