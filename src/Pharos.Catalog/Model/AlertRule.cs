using Pharos.Core.Diagnostics;

namespace Pharos.Catalog.Model;

/// <summary>
/// An alert rule as written in any layer. <see cref="Condition"/> is null for a rule that only
/// switches an inherited rule off (<c>{name: X, enabled: false}</c>).
/// </summary>
public sealed record AlertRule(
    string Name,
    bool Enabled,
    Located<string>? Condition,
    IReadOnlyList<Located<string>> Targets,
    Located<string>? Severity,
    IReadOnlyList<NotificationChannel> Channels,
    Located<string>? Description,
    SourceLocation Location);

public enum ChannelKind
{
    Teams,
    Email,
}

/// <summary>One normalised notification target, whichever of the seed's shapes it was written in.</summary>
public sealed record NotificationChannel(ChannelKind Kind, string Target, SourceLocation Location)
{
    public string KindName => Kind == ChannelKind.Teams ? "teams" : "email";
}
