namespace Pharos.Core.Diagnostics;

/// <summary>
/// A 1-based line and column inside a named source. <see cref="File"/> is the path a person
/// would open: relative to the catalog, or <c>repo@ref:path</c> for a metrics-catalog file.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Moves the location right by <paramref name="columns"/> on the same line.</summary>
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
