namespace Pharos.Metrics.Selectors.Syntax;

/// <summary>
/// A metric key such as <c>builtin:host.cpu.usage</c>, <c>custom."5xx_errors"</c> or <c>builtin:host.*</c>.
/// <see cref="Sections"/> hold the unquoted, unescaped section texts.
/// </summary>
public sealed class MetricKeySyntax(string? prefix, IReadOnlyList<string> sections, bool isWildcard, SelectorSpan span)
    : SelectorExpression(span)
{
    /// <summary><c>builtin</c>, <c>func</c>, <c>calc</c>, <c>ext</c>, <c>dsfm</c> or <c>legacy</c>; null for custom metrics.</summary>
    public string? Prefix { get; } = prefix;

    public IReadOnlyList<string> Sections { get; } = sections;

    /// <summary>True for a trailing <c>.*</c>, which only the descriptor listing (GET /metrics) accepts.</summary>
    public bool IsWildcard { get; } = isWildcard;

    /// <summary>The key as stored, without quotes: <c>builtin:host.cpu.usage</c>, <c>builtin:host.*</c>.</summary>
    public string Key
    {
        get
        {
            var body = string.Join('.', Sections);
            if (IsWildcard)
            {
                body = body.Length == 0 ? "*" : body + ".*";
            }

            return Prefix is null ? body : $"{Prefix}:{body}";
        }
    }

    public override void Accept(SelectorVisitor visitor) => visitor.VisitMetricKey(this);

    public override TResult Accept<TResult>(SelectorVisitor<TResult> visitor) => visitor.VisitMetricKey(this);
}
