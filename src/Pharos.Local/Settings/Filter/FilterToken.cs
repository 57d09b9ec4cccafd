namespace Pharos.Local.Settings.Filter;

internal enum FilterTokenKind
{
    Word,
    String,
    Number,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}

/// <summary>One token of a settings filter; <see cref="Column"/> is 1-based, <see cref="Text"/> is the unescaped value.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Column, double Number = 0)
{
    /// <summary>How a message names the token: the text in quotes, or "the end of the filter".</summary>
    public string Describe() => Kind switch
    {
        FilterTokenKind.End => "end of the filter",
        FilterTokenKind.String => $"string '{Text}'",
        _ => $"'{Text}'",
    };

    public bool IsWord(string word) => Kind == FilterTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
