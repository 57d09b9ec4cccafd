namespace Pharos.Local.Selectors;

/// <summary>One <c>name(arguments)</c> of a selector; <see cref="Column"/> is 1-based in the selector text.</summary>
internal sealed record SelectorCall(string Name, IReadOnlyList<SelectorArgument> Arguments, int Column);

/// <summary>An argument: a text value, or a nested call as in <c>caseSensitive(entityName.equals("x"))</c>.</summary>
internal sealed record SelectorArgument(string? Text, SelectorCall? Call, int Column);
