using System.Text.Json;
using Pharos.Dynatrace.Settings;
using Pharos.Settings;
using Pharos.Sync.Translation;

namespace Pharos.Sync.Engine;

/// <summary>
/// Turns a planned create or update into the <c>POST /settings/objects</c> element: the catalog's
/// value with every reference replaced by the objectId Dynatrace assigned, the externalId, and for
/// an update the objectId it replaces (a POST with externalId and objectId replaces that object).
/// </summary>
internal static class SettingsPayloads
{
    /// <summary>
    /// Stands in for an object that does not exist yet during validateOnly: the all-zero UUID is the
    /// schemas' own "default object" and well-formed; violations at that path are not reported.
    /// </summary>
    public static readonly string PendingReference = Guid.Empty.ToString();

    /// <returns>The payload, or the first reference that cannot be resolved when <paramref name="allowPending"/> is false.</returns>
    public static (SettingsObjectCreate? Payload, ObjectReference? Missing) Build(PlannedChange change, Func<string, string?> objectIdOf, bool allowPending)
    {
        var desired = change.Desired ?? throw new ArgumentException("only creates and updates have a payload", nameof(change));
        var value = desired.Value.DeepClone().AsObject();
        foreach (var reference in desired.References)
        {
            var objectId = objectIdOf(reference.ExternalId);
            if (objectId is null && !allowPending)
            {
                return (null, reference);
            }

            JsonPointer.TrySet(value, reference.Path, objectId ?? PendingReference);
        }

        using var document = JsonDocument.Parse(CanonicalJson.WriteUtf8(value));
        var payload = new SettingsObjectCreate(desired.SchemaId, desired.Scope, document.RootElement.Clone())
        {
            SchemaVersion = desired.SchemaVersion,
            ExternalId = desired.ExternalId,
            ObjectId = change.Action == PlanAction.Update ? change.ObjectId : null,
        };
        return (payload, null);
    }
}
