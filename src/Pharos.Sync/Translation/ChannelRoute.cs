using Pharos.Catalog.Model;

namespace Pharos.Sync.Translation;

/// <summary>
/// One notification target of one service × environment and the alert rules it receives. Its
/// <see cref="Key"/> (<c>teams:#team-x</c>, <c>email:a@b.c</c>) is the item name in externalIds.
/// </summary>
internal sealed record ChannelRoute(NotificationChannel Channel, IReadOnlyList<TranslatedRule> Rules)
{
    public string Key => $"{Channel.KindName}:{Channel.Target}";

    public string Label => Channel.Kind == ChannelKind.Teams ? $"Teams {Channel.Target}" : Channel.Target;
}
