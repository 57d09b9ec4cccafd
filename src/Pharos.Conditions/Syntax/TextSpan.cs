namespace Pharos.Conditions.Syntax;

/// <summary>A range of characters in the condition text: offset of the first character and how many follow.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start}..{End})";
}
