using Pharos.Core.Diagnostics;
using Pharos.Dynatrace.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// One object of a plan: what happens to it and why. <see cref="Before"/> and <see cref="After"/>
/// are the normalised values (schema defaults filled, sets sorted, canonical JSON, secrets masked,
/// references written as externalIds) of the environment's object and of the catalog's; they are
/// null where a side does not exist, and for unchanged objects (nothing to show).
/// </summary>
public sealed record PlannedChange(PlanAction Action, string SchemaId, string Scope, string ExternalId)
{
    /// <summary>The catalog's object; null for deletes and orphans.</summary>
    public DesiredObject? Desired { get; init; }

    /// <summary>The environment's object as listed; null for creates.</summary>
    public SettingsObject? Actual { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>The leaves that differ, for updates.</summary>
    public IReadOnlyList<ValueChange> Changes { get; init; } = [];

    /// <summary>References to objects that do not exist yet; apply resolves them once those are created.</summary>
    public IReadOnlyList<ObjectReference> PendingReferences { get; init; } = [];

    /// <summary>Why, when the action alone does not say it (e.g. "secrets re-sent (--force-secrets)").</summary>
    public string? Reason { get; init; }

    public DesiredObjectKind? Kind => Desired?.Kind ?? SyncKinds.KindOf(SchemaId);

    public string? ObjectId => Actual?.ObjectId;

    /// <summary>How people recognise the object: the catalog's summary, else the environment's, else the externalId.</summary>
    public string Label => Desired?.Summary ?? Actual?.Summary ?? ExternalId;

    /// <summary>The catalog item (file:line:column) the object comes from; null for objects the catalog no longer has.</summary>
    public SourceLocation? Location => Desired?.Source.Location;

    public bool IsWrite => Action is PlanAction.Create or PlanAction.Update or PlanAction.Delete;
}
