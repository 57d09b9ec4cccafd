namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>
/// A signed whole number with a unit, e.g. <c>5m</c> or <c>-1d</c>. Units: s, m (minutes), h, d, w, M (30 days),
/// q (90 days), y (365 days); <see cref="Duration"/> uses those lengths.
/// </summary>
public sealed class DurationArgumentSyntax(long amount, string unit, TimeSpan duration, string text, SelectorSpan span) : ArgumentSyntax(span)
{
    public long Amount { get; } = amount;

    public string Unit { get; } = unit;

    public TimeSpan Duration { get; } = duration;

    public string Text { get; } = text;

    public override void Accept(SelectorVisitor visitor) => visitor.VisitDurationArgument(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitDurationArgument(this);
}
