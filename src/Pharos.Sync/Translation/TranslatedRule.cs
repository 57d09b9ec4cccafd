using Pharos.Catalog.Model;
using Pharos.Catalog.Resolution;

namespace Pharos.Sync.Translation;

/// <summary>An alert rule's metric event plus what routing needs: its event type and channels.</summary>
internal sealed record TranslatedRule(DesiredObject Object, string EventType, Resolved<AlertRule> Rule)
{
    public IReadOnlyList<NotificationChannel> Channels => Rule.Value.Channels;

    public bool OpensProblems => EventType != "INFO";
}
