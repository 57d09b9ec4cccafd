namespace Pharos.Sync.Translation;

/// <summary>
/// A metric selector for a metric event: its text, the entity dimension its series carry (the
/// event's <c>eventEntityDimensionKey</c>; null when the series are per namespace or merged) and
/// the category of what it measures.
/// </summary>
internal sealed record BuiltSelector(string Text, string? EntityDimension, SignalCategory Category);
