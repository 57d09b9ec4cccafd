using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>The schemas sync manages, in creation order, and how their kinds are named to people.</summary>
public static class SyncKinds
{
    /// <summary>Every kind in creation order: a notification references its alerting profile, so profiles come first.</summary>
    public static IReadOnlyList<DesiredObjectKind> CreationOrder { get; } = Enum.GetValues<DesiredObjectKind>();

    /// <summary>The schemas a plan lists, one paginated list each, in creation order.</summary>
    public static IReadOnlyList<string> SchemaIds { get; } = [.. CreationOrder.Select(SettingsSchemas.SchemaIdOf)];

    public static DesiredObjectKind? KindOf(string? schemaId)
    {
        foreach (var kind in CreationOrder)
        {
            if (SettingsSchemas.SchemaIdOf(kind) == schemaId)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary><c>metric event</c>, <c>alerting profile</c>…: the externalId kind name, spaced for prose.</summary>
    public static string Label(DesiredObjectKind kind) => SettingsSchemas.KindName(kind).Replace('-', ' ');

    public static string Label(string schemaId) => KindOf(schemaId) is { } kind ? Label(kind) : schemaId;

    /// <summary>Schemas that keep exactly one object per scope (metric metadata): a POST there replaces whatever is on the scope.</summary>
    public static bool IsSingleObject(DesiredObjectKind kind) => SettingsSchemas.MaxObjectsOf(kind) == 1;
}
