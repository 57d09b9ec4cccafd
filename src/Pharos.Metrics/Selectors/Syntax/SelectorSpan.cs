namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>A range of the selector text in UTF-16 offsets; line and column are computed only for diagnostics.</summary>
public readonly record struct SelectorSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SelectorSpan Between(int start, int end) => new(start, end - start);

    public static SelectorSpan Between(SelectorSpan first, SelectorSpan last) => new(first.Start, last.End - first.Start);
}
