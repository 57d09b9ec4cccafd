namespace Pharos.Settings.Summary;

/// <summary>A parsed <c>summaryPattern</c>: literal text and <c>{argument…}</c> placeholders.</summary>
internal abstract record SummaryPart;

internal sealed record SummaryText(string Text) : SummaryPart;

/// <summary>
/// <c>{path|filter:'arg'|…, keyword, case {message} …}</c>: <see cref="Path"/> is a dotted property
/// path, <see cref="Keyword"/> is null, <c>select</c>, <c>plural</c> or a formatting keyword
/// (<c>number</c>) that is rendered plainly.
/// </summary>
internal sealed record SummaryArgument(string Path, IReadOnlyList<SummaryFilter> Filters, string? Keyword, IReadOnlyList<SummaryCase> Cases) : SummaryPart;

internal sealed record SummaryFilter(string Name, IReadOnlyList<string> Arguments);

internal sealed record SummaryCase(string Key, IReadOnlyList<SummaryPart> Message);
