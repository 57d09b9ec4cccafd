using Pharos.Core.Diagnostics;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// The one place sync diagnostics (PH31xx) are created; docs/sync.md lists them. Every message
/// names the object by what it is, its summary and its externalId, says what Pharos did, and how to
/// fix it. Secret values never reach a message.
/// </summary>
public static class SyncDiagnostics
{
    public static Diagnostic Rejected(PlannedChange change, string property, string message) =>
        Error("PH3101", change.Location,
            $"Dynatrace rejects the {Describe(change)}{At(property)}: {message.TrimEnd('.')}. {Origin(change)}Fix the catalog item; nothing was written (checked with validateOnly=true).");

    public static Diagnostic ScopeTaken(PlannedChange change, string objectId, string? foreignExternalId) =>
        Error("PH3102", change.Location,
            $"the {Describe(change)} cannot be created: scope '{change.Scope}' already holds the one {change.SchemaId} object it allows ({objectId}), and this catalog does not own it ({Owner(foreignExternalId)}). Pharos never changes objects it does not own: delete that object in Dynatrace, or stop the catalog from defining it.");

    public static Diagnostic ScopeMoved(PlannedChange change, string actualScope, string objectId) =>
        Error("PH3103", change.Location,
            $"the {Describe(change)} exists on scope '{actualScope}' (object {objectId}), but the catalog now puts it on scope '{change.Scope}'; settings objects cannot move between scopes. Delete object {objectId} in Dynatrace, then run apply again.");

    public static Diagnostic SchemaVersionDiffers(string schemaId, int count, string storedVersions, string writtenVersion) =>
        Warning("PH3104", null,
            $"{count} object{(count == 1 ? "" : "s")} of {schemaId} {(count == 1 ? "is" : "are")} stored with schema version {storedVersions}, but Pharos writes version {writtenVersion}. Values are compared after filling in defaults, so this only matters if the tenant's schema changed meaning; apply rewrites an object only when its value differs.");

    public static Diagnostic NotSynced(NotSyncedItem item) =>
        Warning("PH3105", item.Source.Location,
            $"not synced: {item.Kind} '{item.Item}' of {item.Service} in {item.Environment} ({item.Source.Layer}): {item.Reason}");

    public static Diagnostic WriteFailed(PlannedChange change, string message) =>
        Error("PH3106", change.Location,
            $"{Verb(change.Action)} the {Describe(change)} failed: {message.TrimEnd('.')}. {Origin(change)}Objects that succeeded stay applied; fix the cause and run apply again to converge.");

    public static Diagnostic ReferenceUnavailable(PlannedChange change, ObjectReference reference) =>
        Error("PH3107", change.Location,
            $"the {Describe(change)} was not written: it refers to {SyncKinds.Label(reference.SchemaId)} {reference.ExternalId} at {reference.Path}, which does not exist in Dynatrace (its own write failed or was skipped). Fix that object; the next apply writes both.");

    public static Diagnostic ValidationUnavailable(int objects, string message) =>
        Error("PH3108", null,
            $"the server-side check (validateOnly=true) of {objects} object{(objects == 1 ? "" : "s")} could not run: {message.TrimEnd('.')}. Nothing was written; run the plan again once Dynatrace answers.");

    private static string Describe(PlannedChange change) =>
        $"{(change.Kind is { } kind ? SyncKinds.Label(kind) : change.SchemaId)} '{change.Label}' ({change.ExternalId})";

    private static string At(string property) => property.Length == 0 ? "" : $" at '{property}'";

    private static string Origin(PlannedChange change) => change.Desired is { } desired ? $"It comes from {desired.Source.Layer}. " : "";

    private static string Owner(string? externalId) => externalId switch
    {
        null or "" => "it has no externalId",
        _ when ExternalIds.IsPharosOwned(externalId) => $"its externalId {externalId} belongs to another Pharos catalog",
        _ => $"its externalId is {externalId}",
    };

    private static string Verb(PlanAction action) => action switch
    {
        PlanAction.Create => "creating",
        PlanAction.Delete => "deleting",
        _ => "updating",
    };

    private static Diagnostic Error(string code, SourceLocation? at, string message) => new(code, Severity.Error, message, at);

    private static Diagnostic Warning(string code, SourceLocation? at, string message) => new(code, Severity.Warning, message, at);
}
