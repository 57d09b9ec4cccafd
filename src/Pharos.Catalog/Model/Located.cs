using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>A value and where it was written, so later phases can point back at the catalog.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
